// Events layer: the word sets the rules read (normalised forms), built once per process.
// See docs/events.md for the rules.

import { normalizeCached } from '../text/normalize.js';
import { nounCores } from './lexicon.js';

// ---------------------------------------------------------------- word sets (normalised)
/** A word set from a space-separated list, built once per distinct list (rules call it inline). */
export const SETS = new Map<string, Set<string>>();
export const S = (s: string): Set<string> => {
  let x = SETS.get(s);
  if (!x) { x = new Set(s.split(' ')); SETS.set(s, x); }
  return x;
};
export const STOP_NP = S('اسفر اسفرت ادي ادت تسبب تسببت هذه هذا هؤلاء تلك ذلك كان وكان كانت وكانت كانوا وكانوا تكون يكون تكن يكن في من الي الى علي على عن مع ضد قرب بعد قبل خلال منذ حتي حول عبر لدي امام ان انه انها انهم ان لم لن لا قد ما التي الذي الذين كما فيما بينما حيث بسبب جراء عقب وسط اثر اثناء بحلول نحو حوالي ايضا امس اليوم غدا بينهم منهم بينهن منهن قباله مساء عصر عند لدي');
export const CLAUSE = S('فيما بينما حيث كما الذي التي الذين لكن لكنه غير اذ');
export const COMP = S('ان انه انها انهم انهما ان');
/** Complementisers carrying a subject pronoun (أنه، أنها، أنهم). */
export const PRONOUN_COMP = S('انه انها انهم انهما');
export const SPEECH = S('حذر قال اعلن اكد ذكر افاد اوضح صرح اضاف اشار نقل كشف زعم ادعي تابع نفي اعتبر');
export const ACCORDING = S('وفقا وفق حسب بحسب طبقا نقلا');
/** Words that start the reporter's own clause, ending a speech's scope. */
export const SCOPE_END = S('فيما بينما حين');
export const NEG = S('لم لن لا ما ليس ليست غير عدم');
export const FUT = S('سوف يعتزم تعتزم ينوي تنوي عزمه عزمها عزمهم المقرر المقرر ستقوم سيقوم');
export const HYPO = S('اذا لو حال حاله');
export const EST = S('تقديرات يقدر تقدر قدرت');
export const TROOP = S('كتائبها كتائبه كتيبتها كتيبته الويتها جندي جنود قوات القوات عسكري عسكريين عسكريا قطع دبابات صواريخ طائرات بوارج سفن شرطي عناصر كتيبه لواء مقاتلين مقاتل مدرعات تعزيزات اضافيه بحار بحارا بحاره فرقاطه فرقاطات مدمره مدمرات عنصر رتل رتلا ارتال مسلحي مقاتلي وحدات');
export const OCCUR = S('خرج شارك نظم جري اندلع شهد سار انطلق عم تجمع احتشد قام فرق فض استمر تواصل تجدد دخل واصل نفذ جاب طاف رفع هتف ردد اغلق بدا ارتفع تصاعد اتسع امتد شهدت');
export const CROWD = S('الاف الالاف مئات عشرات المتظاهرين متظاهرين المحتجين محتجين المواطنين مواطنين السكان الاهالي العمال الطلاب الالاف حشود');
export const AGREE_W = S('اتفاق اتفاقا اتفاقيه الاتفاق الاتفاقيه مذكره معاهده بروتوكول ميثاق عقد عقدا اتفاقيات');
export const INJURE = S('بجروح بجراح برصاص بشظايا بطلق بنيران بعيار بطلقات بجروحه');
export const VIOLENT = S('صاروخ صواريخ قذيفه قذائف عبوه غاره قصف رصاص هجوم انتحاري مفخخه مسلح مسلحون مسلحين قنبله انفجار قتل مقتل قتلي طائرات طائره مسيره مسيرات مقاتلات مدفعيه');
export const CASUAL_CUE = S('سقوط اوقع اسفر اسفرت اوقعت سقط خلف خلفت ادي ادت تسبب تسببت');
export const CULTURE = S('ثقافيه الثقافيه فنيه الفنيه رياضيه الرياضيه علميه العلميه مهرجان المهرجان ملتقي الملتقي معرض المعرض احتفاليه الاحتفاليه ندوه الندوه');
export const SPORT = S('لاعبو لاعبي لاعبين اللاعبون اللاعبين مباراه المباراه فريق الفريق لاعب اللاعب منتخب المنتخب الدوري بطوله البطوله كاس مدرب المدرب الشوط نادي النادي هدفا اهداف الملعب');
/** Sport words with other senses: a team or a lieutenant general (الفريق), an elected president
 *  (المنتخب), a club, a cup, targets (أهداف). One alone does not make a sentence sport. */
export const SPORT_AMBIGUOUS = S('فريق الفريق منتخب المنتخب نادي النادي كاس هدفا اهداف');
export const SPEECH_CTX = S('تصريح تصريحات خطاب كلمه مقال مقابله مؤتمر انتقادات انتقد وصف اتهم لاذع لاذعا اعلاميه حمله بشده حادا الاستجواب استجواب');
export const PHYS = S('قتل مقتل جرح اصيب قتيل قتلي جرحي مسلح مسلحون مسلحين قنبله صاروخ انفجار رصاص سلاح اسلحه قذيفه عبوه دبابه غاره');
export const PHYS_TARGET = S('موكب دوريه سياره حافله مقر مركز نقطه منزل مسجد كنيسه سوق فندق سفاره مبني قاعده ثكنه مستشفي مدرسه مطار ميناء قافله قريه بلده مدينه حي حاجز مواقع موقع معسكر');
export const WEAPON_CTX = S('صاروخ صواريخ صاروخيه قذيفه قذائف عبوه ناسفه غاره غارات قصف رصاص برصاص مسلح مسلحه مسلحون مسلحين قنبله مفخخه انتحاري انتحاريه اشتباكات معارك نيران بنيران ارهابي ارهابيه تفجير اغتيال مجهولون مجهولين دمويه دامي داميا');
export const TIME_WORDS = S('امس اليوم فجر صباح مساء ليله ليل الليله الليل ظهر عصر الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت');
export const PLACE_WORDS = S('العاصمه مدينه محافظه منطقه قريه بلده حي طريق شارع ساحه ريف ضواحي محيط قرب بالقرب ولايه اقليم مديريه ناحيه قضاء مخيم سوق');
export const AGENTIVE = S('نظم شارك نفذ اقام قاد');
export const RESUMPTIVE = S('فيه فيها فيهم به بها بهم منه منها عليه عليها اليه اليها');
/** Verbs of a crowd going out or gathering (for a protest noun of purpose after them). */
export const COLLECTIVE_MOVE = S('خرج نزل تجمع تجمهر احتشد توجه زحف');
/** Verbs of going on with something (واصل المعتصمون اعتصامهم). */
export const CONTINUE_V = S('واصل تابع استانف تواصل');
export const COLLECTIVE = S('خرج نزل تجمع تجمهر احتشد قطع اغلق اعتصم اضرب تظاهر سار رفع هتف نظم شارك');
export const PROTESTER = S('محتجو متظاهرو معتصمو مضربو متظاهر متظاهرون متظاهرين المتظاهرون المتظاهرين محتج محتجون محتجين المحتجون المحتجين معتصم معتصمون معتصمين المعتصمون المعتصمين مضربون مضربين المضربون المضربين');
export const CROWD_COUNT = S('الاف الالاف مئات المئات عشرات العشرات حشود حشد');
/** Roads, streets and entrances that protesters block. */
export const ROAD = S('طريق الطريق طرق الطرق طرقا شارع الشارع شوارع الشوارع مداخل مدخل جسر الجسر طريقا');
/** A protest's purpose right after a crowd verb: to denounce, in protest, to demand. */
export const PROTEST_PURPOSE = S('للتنديد تنديدا احتجاجا واحتجاجا للاحتجاج رفضا للمطالبه مطالبين منددين محتجين رافعين هاتفين الاحتجاجيه');
export const PROTEST_PLACE = S('امام ساحه الساحه ميدان الميدان شوارع الشوارع شارع الشارع وسط مقر مبني');
/** Aircraft that drop bombs (طائرة، مروحية، الطيران). */
export const AIRCRAFT = S('طائره طائرات الطائره الطائرات مروحيه مروحيات المروحيات طيران الطيران مقاتلات المقاتلات مقاتله حربيه');
export const EXPLOSIVE = S('حارقه حارقات مولوتوف براميل برميل متفجره عبوه عبوات ناسفه ناسف قنبله قنابل مفخخه مفخخ لغم الغام حزام انتحاري انتحاريه صاروخ قذيفه متفجرات ديناميت');
export const HARM = S('قتل مقتل قتلي قتيل جرح جرحي اصيب اصابه اصابات مصابين رصاص الرصاص برصاص النار نيران اعتدي اعتداء ضرب بالضرب هراوات اشتباكات مواجهات قنابل قنبله الغاز حجاره اطلقوا اطلقت');
export const CYBER = S('الكتروني الكترونيه الالكتروني الالكترونيه سيبراني سيبرانيه قرصنه الكترونيا');
export const HIST = S('ذكري العالميه الذكري');
export const PATIENT_NOUN = S('مقتل مصرع استشهاد اغتيال اختطاف اعتقال توقيف احتجاز الافراج افراج اطلاق طرد تعذيب');
export const INJ_NEAR = S('اصيب اصيبوا جرح جرحي جريحا جرحا مصابا مصابين اصابه اصابات بجروح');
export const HUMAN = S('شخص شخصا اشخاص مدني مدنيا مدنيين جندي جنود طفل اطفال امراه نساء شرطي شرطيا عنصر عناصر مسلح مسلحا مسلحين مقاتل مقاتلا مقاتلين');
export const DEFINITE = /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/;
/** People and targets that make a verbal attack concrete (a victim, a convoy, a building). */
export const HUMAN_WORDS = 'مقيم مقيمين مقيمون طاقم طواقم رعايا شاب شبان موقوف موقوفين محتجز محتجزين معتقل معتقلين ابناء فتيات فتاه نازح نازحين ماره موظف موظفين معلم معلمين مزارع مزارعين صياد صيادين شخص اشخاص مدني مدنيين جندي جنود طفل اطفال امراه نساء شرطي شرطيين عنصر عناصر مسلح مسلحين مقاتل مقاتلين ضابط ضباط عميد عقيد لواء قائد قاده زعيم رئيس وزير نائب مسؤول مسؤولين صحفي صحفيين صحافي رجل رجال مواطن مواطنين سكان حارس حراس موكب دوريه سياره حافله مقر مركز نقطه منزل منازل مسجد كنيسه سوق فندق سفاره مبني قاعده ثكنه عامل عمال عاملين رهائن رهينه اجانب سائح سياح مستشفي مدرسه جامعه مطار ميناء قافله قوات قريه بلده مدينه حي احياء فلسطيني فلسطينيين طالب طلاب مصلين متظاهر متظاهرين محتج محتجين ناشط ناشطين قاضي محامي طبيب اطباء اسري سجين سجناء لاجئ لاجئين جثه جثث سفينه سفن ناقله ناقلات فرقاطه باخره بواخر مدمره قارب قوارب زورق زوارق اهالي الاهالي سكان مصلين زوار رعاه'.split(' ');
export const HUMAN_WORD_SET = new Set(HUMAN_WORDS);
/** People and targets that make a verbal attack concrete (a victim, a convoy, a building), by noun core. */
export const HUMAN_SET = new Set(HUMAN_WORDS.flatMap((w) => w.endsWith('ه') ? [w, w.slice(0, -1)] : [w]));
export function concreteWord(w: string): boolean { return nounCores(w).some((x) => HUMAN_SET.has(x)); }
export function concreteText(text: string): boolean { return normalizeCached(text).split(/\s+/).some(concreteWord); }
export const NOT_VERB = S('ارجا وارجا ارجات وارجات ارجاه وارجاه دعنا دعني دعونا طالبات ارحب دعاه ودعاه نزار ونزار اثنين اثنان اثنتين اثنتان واثنين واثنان وزاره وزير وزراء وزارات طالب طلاب وقت لوحه لوحات ولوحه طالبان وطالبان لطالبان الصادر الصادره والصادر والصادره');
export const SUPPRESSING = new Set(['REQUEST', 'THREATEN', 'REJECT', 'AGREE']);
export const ASSAULT_MODE: [string, string][] = [
  // (a drone before any aircraft: بطائرة مسيّرة)
  ['مسيره', 'drone'], ['مسيرات', 'drone'], ['جويه', 'aerial'], ['الجوي', 'aerial'], ['طائره', 'aerial'], ['انتحاري', 'suicide-attack'],
  ['انتحاريه', 'suicide-attack'], ['ناسفه', 'explosives'], ['مفخخه', 'explosives'], ['عبوه', 'explosives'],
  ['رصاص', 'firearms'], ['النار', 'firearms'], ['مدفعي', 'heavy-weapons'], ['صواريخ', 'heavy-weapons'],
];

/** What is boycotted in a political boycott (قاطعت المعارضة الانتخابات، قاطع النواب الجلسة). */
export const BOYCOTTED = S('الدوام دوام امتحانات الامتحانات الدروس الدراسه المحاضرات منتجات سلع بضائع الانتخابات انتخابات الاقتراع الاستحقاق الجلسه جلسه جلسات الاستفتاء الحوار المؤتمر القمه الاجتماع الاجتماعات المفاوضات البضائع المنتجات السلع الاقتراع التصويت');
/** Those a call is addressed to (جميع الأطراف، المجتمع الدولي، المانحين). */
export const ADDRESSEE = S('البلدين الدولتين الاطراف الطرفين جميع المجتمع المانحين الجميع كافه المواطنين السكان الحكومات الفصائل الشعب الجانبين الدول');
/** Acts of speech and stance whose subject a joined verb keeps (وتوعدت بالرد، وهددت باستئناف). */
export const SPEECH_ACT = new Set(['THREATEN', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'CONCEDE', 'AGREE', 'SANCTION']);
/** Verbs that announce a decision or an act as a verbal noun (أعلنت طرد السفير، قررت سحب القوات). */
export const MASDAR_ANNOUNCE_V = S('اعلن قرر نفي اكد');
/** Adverbs of manner, never an argument (تحتج بشدة، ردت بحزم). */
export const MANNER = S('جزئيا كليا تدريجيا نهائيا بشده بقوه بحزم بسرعه بوضوح بقسوه بعنف بحده');
/** Sentences a court passes, before the sentenced (بسجن، بإعدام، بالسجن). */
export const SENTENCE_N = S('بسجن بحبس باعدام بتغريم بالسجن بالحبس بالاعدام بسجنه بحبسه');
/** Those of them in construct with the one sentenced (بسجن الناشط، بإعدام المتهمين), and بمعاقبة. */
export const CONVICT_CONSTRUCT = new Set([...[...SENTENCE_N].filter((w) => !w.startsWith('بال')), ...S('بمعاقبه')]);
/** Squares and streets named after them (ساحة التحرير، ميدان الشهداء، شارع الحبيب بورقيبة). */
export const SQUARE = S('ساحه ميدان شارع');
/** Verbs of a relative clause naming those who took part in a protest (شارك فيها، نظمها). */
export const PROTEST_AGENT_V = S('شارك نظم قاد دعا');
/** Titles whose body follows with ل (الأمين العام للأمم المتحدة، المبعوث الخاص لليمن). */
export const TITLE = S('الامين المبعوث الممثل المنسق المفوض المتحدث المدير المقرر');
export const TITLE_TAIL = S('العام الخاص الشخصي الاعلي السامي الاممي');
/** Singular nouns of people whose dual counts two. */
export const PERSON_SG = S('جندي شرطي مدني شخص طفل صحفي عسكري ضابط مواطن شاب رجل امراه ناشط مسلح مقاتل عنصر معتقل اسير');
/** Of those, the ones with a broken plural, whose ـين can only be a dual (شخصين، جنديين; but
 *  مدنيين، ناشطين، مواطنين are plurals too). */
export const BROKEN_PL_SG = S('شخص طفل رجل ضابط عنصر اسير شاب جندي شرطي امراه');
/** Words for an attack a group claims (تبنى الهجوم، أعلن مسؤوليته عن التفجير). */
export const CLAIMED = S('الهجوم الهجمات الهجومين التفجير التفجيرات العمليه الاعتداء الهجوم الانتحاري');
/** Units of counted people, and the people an arrest takes (أوقف … مشتبها بهم). */
export const HUMAN_UNITS = new Set(['person', 'protester', 'civilian', 'fighter', 'soldier', 'sailor', 'prisoner', 'child', 'woman', 'migrant']);
export const DETAINEE = S('شخصا اشخاص شخصين مشتبها مشتبه مشتبهين متهما متهمين المتهم المتهمين المشتبه شابا شبان ناشطا ناشطين مطلوبا مطلوبين عنصرا عناصر متظاهرين متظاهرا مسلحين');
/** Feelings a thing gives cause for (يدعو إلى التفاؤل، تدعو للقلق). */
export const AFFECT = S('التفاؤل القلق الاستغراب الدهشه الارتياح الاسف الحذر الفخر الاعتزاز الحيره التساؤل الشك الريبه');
/** Words of a market, where الطلب is demand. */
export const MARKET = S('العرض عرض الاسعار اسعار السوق سوق الاسواق نمو النمو تراجع ارتفاع انخفاض زياده زاد المستهلكين النفط الكهرباء السلع المنتجات الاسهم الطرح مستويات');
/** A weapon or fire after an attack verb, its owner after it (برصاص قوات الأمن). */
export const INSTRUMENT = S('برصاص برصاصه بنيران بقصف بغاره بغارات بقذيفه بقذائف بصاروخ بصواريخ بطلقات');
/** Sectors of an agent that disperses, arrests or attacks. */
export const AGENT_SECTOR = new Set(['COP', 'MIL', 'GOV', 'REB', 'SPY']);
/** Adverbs between a protest and its protesters (تظاهر أخيرا عمال، شارك فيها خصوصا نواب); with
 *  other verbs the phrase after أيضا may as well be the object (وسيلتقي أيضا العبادي). */
export const SENTENCE_ADV = S('خصوصا خاصه ايضا اخيرا كذلك بدوره بدورها بدورهم مجددا');
/** Statuses that report an act as having taken place. */
export const FACT = new Set(['asserted', 'reported', 'estimated']);

export const CASUALTY_AFTER = S('قتيلا قتيل قتلي جريحا جرحي شخصا اشخاص اخرين جنود جنديا مدنيين مدنيا شرطيين عناصر');
export const LEGAL = S('تهمه بتهمه تهم قضيه التحقيق تحقيق التحقيقات محاكمه المحاكمه المتهم المتهمين متهم متهمين جريمه بجريمه الجريمه المشتبه ادانه عقوبه محكمه المحكمه بسجن بالسجن حكم قصاص قصاصا متورط متورطين تورط بتورط');
export const PURPOSE = S('بهدف لمنع منع اجل مكافحه لمكافحه تبرير ظاهره محاوله لمحاوله خطر مخاطر تهديد التهديد ضد صد لصد التصدي للتصدي لمواجهه تامين لتامين حمايه لحمايه احباط باحباط تفكيك ابطال لتفادي تفادي تدريبات مناورات');
export const RELATIVE = S('الذي التي الذين اللذين اللتين');
export const HAPPEN = S('وقع وقعت نفذ نفذت شن شنت تبني تبنت اسفر اسفرت ادي ادت استهدف استهدفت انفجر انفجرت هز هزت اوقع اوقعت سقط سقطت قام قامت جرى جرت اندلع اندلعت خرج خرجت شارك شاركوا نظم نظمت');
/** Verbs that report an attack noun as happening: right before it (شن هجوما، تعرض لهجوم، نفذ
 *  مسلحون هجوما) or right after it as its subject (هجوم استهدف، الانفجار أسفر). */
export const HAPPEN_BEFORE = S('رد اقدم اوقع وقع نفذ شن تبني تعرض دار تجدد استمر تواصل تبادل جري اندلع قام اقدم هز شهد تلقي خاض اسفر اودي خلف');
export const LIGHT = S('شن نفذ تعرض تبادل قام اقدم رد خاض');
/** Acts a denial keeps as denied events (the denier denies doing them). */
export const PHYSICAL = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT']);
/** Verbs that make a noun event after them a report: announcing, deciding, starting, going on. */
export const ANNOUNCE_V = S('اعتزم نوي اعلن قرر بدا واصل تابع استانف جدد اقر وافق باشر اصدر منح');
/** Triggers of killing: the count right after them is of the dead. */
export const DEATH_TRIG = S('قتل مقتل استشهد مصرع لقي اغتيال اعدم سقوط');
/** Verbs whose subject suffers the act (أصيب، استشهد، لقي مصرعه) or passives: their subject is the recipient. */
export const UNDERGO_TRIG = S('اصيب جرح استشهد لقي توفي سقط');
/** Words for the land around a place (ريف إدلب، ضواحي دمشق). */
export const GENERIC_PLACE = new Set(['ريف', 'ضواحي', 'محيط', 'اطراف', 'ريفي']);
/** Prepositions with a pronoun, which may come between a verb and its subject. */
export const PRONOUN_PP = S('خلاله خلالها فيه فيها فيهم به بها بهم بهما له لها لهم لهما عليه عليها عليهم منه منها منهم اليه اليها اليهم معه معها معهم عنه عنها عنهم');
/** Words of expectation before أن (من المتوقع أن يزور، من المقرر أن): what follows is planned. */
export const EXPECTED = S('المقرر المتوقع المنتظر المزمع المرتقب يعتزم تعتزم ينوي تنوي يتوقع');
/** Nouns that name a body of people (a movement, a party, circles, a committee). */
export const BODY_NOUN = S('حركه جماعه اوساط مصادر حزب احزاب تيار جبهه نيابه هيئه لجنه مجلس اتحاد نقابه منظمه جمعيه ائتلاف تحالف كتله فصائل فصيل مجموعه امانه رابطه قوي');
/** كان and its forms: the phrase after it and before the main verb is that verb's subject. */
export const KANA = S('كان كانت وكان وكانت فكان فكانت');
/** Participles of saying whose object follows (مؤكدا دعمه، مجددا دعوته): the next word is a noun. */
export const OBJ_PARTICIPLE = S('مؤكدا مشددا مجددا معلنا مبديا مطالبا داعيا معربا مكررا');
/** Verbs that affirm a stance (أكد دعمه، جدد تأييده، أبدى تأييدها). */
export const AFFIRM_V = S('اكد جدد ابدي اعرب اعلن كرر شدد');
/** Verbs of speculation before أن (لا يستبعد مراقبون أن، يرجح خبراء أن): what follows is hypothetical. */
export const SPECULATE = S('يستبعد تستبعد يستبعدون يرجح ترجح يرجحون يخشي تخشي يخشون يحتمل تحتمل');
/** Verbal nouns that make the event noun after them a goal when a preposition precedes (إلى تقديم تنازلات). */
export const GOAL_NOUN = S('تقديم اتخاذ اجراء بدء اطلاق ابرام عقد تحقيق تبرير');
/** Verbs that make a truce noun after them an event. */
export const TRUCE_V = S('اعلن توصل اتفق ابرم وقع بدا قرر اقر اعلنت فرض');
/** Places attacked (قصف مواقع، استهداف مقر). */
export const TARGET_NOUN = S('مواقع موقع مقر مقرات معاقل معقل مراكز مركز منازل منزل مباني مبني نقاط نقطه تجمعات مخازن مستودعات ثكنات');
/** Nouns of fighting between parties. */
export const CLASH = S('المعارك معارك الاشتباكات اشتباكات المواجهات مواجهات القتال قتال');
/** Nouns of quantity before an event noun (سلسلة غارات، موجة احتجاجات). */
export const QUANTIFIER = new Set(['سلسل', 'موج', 'عد', 'جول', 'سلسله', 'موجه', 'عده', 'جوله']);
/** Word sets of the rules below. */
export const TRUCE_AFTER_V = S('دخل سري بدا انهار');
export const SENTENCE_W = S('بالسجن بسجن بالحبس بحبس بالاعدام باعدام بالمؤبد بغرامه بتغريم');
export const BUILDING = S('منزل منزلا منزلين منازل بيت بيوت مبني مباني منشاه منشات مسجد مدرسه عماره بنايه');
export const TROOP_NOUN = S('قوات القوات جنود الجنود قواته قواتها جنوده جنودها');
export const GOD = S('الله لله ربي ربنا المولي');
export const AGREED_ON = S('علي ان');
export const PROTEST_REPORT_V = S('دخل خرج نظم شارك نفذ اقام خاض بدا واصل شن');
export const WITNESS_V = S('شهد');
/** Times of day before a date (فجر اليوم، مساء الجمعة). */
export const TIME_OF_DAY = S('فجر صباح مساء ظهر ليل ليله منتصف');
export const TIME_PREP = S('خلال بعد قبل اثناء لدي عند عقب اثر منذ حتي');
/** Support verbs of a request noun (جدد دعوته، وجّه دعوة، صوّت على مطالبة). */
export const REQUEST_SUPPORT_V = S('سلم جدد وجه اطلق صوت اقر قدم كرر ابدي اعرب');
/** Support verbs whose subject is the actor of the noun event after them (أجرى محادثات، أعرب عن إدانته). */
export const SUPPORT_V = S('صرف اختتم ابلغ سلم مدد تبني استانف رد فرض تلقي شن نفذ قام اقدم اجري عقد ابدي اعرب جدد وجه اطلق اصدر قدم تبادل واصل صوت اقر بدا قرر خاض');
export const HAPPEN_AFTER = S('وقع استهدف اسفر ادي اوقع خلف طال اودي هز دار اندلع استمر تواصل تجدد ضرب جري نفذ قتل حصد اصاب دمر');
/** Verbs whose own event is the protest named by the noun after them: agentive light verbs
 *  (نظم اعتصاما، نفذ إضرابا، خرج في مسيرة، شارك في مظاهرة، أقام، خاض، دخل في إضراب، واصل) and
 *  verbs of onset and course (اندلعت احتجاجات، انطلقت مسيرة، جرت، عمت، تجددت، امتدت). Verbs
 *  whose own event only takes the protest as an argument (شهد "witnessed", قاد "led", انضم
 *  "joined", اجتاح "swept") do not report it; nor do crowd verbs (تجمع، احتشد، سار). After a
 *  definite noun the verb is its predicate (الإضراب شل). */
export const OCCUR_BEFORE = S('التزم شل خرج شارك نظم اندلع انطلق جري عم استمر تواصل تجدد دخل واصل نفذ اقام خاض بدا تصاعد اتسع امتد شن شهد اسفر');
/** Verbs of a relative clause after a protest noun that has it take place. */
export const REL_OCCUR = S('خرج جري اندلع انطلق عم استمر تواصل تجدد بدا تصاعد اتسع امتد شل اجتاح جاب طاف نظم نفذ اقام قاد شارك');
/** Verbs of sparking protests. */
export const SPARK_V = S('اثار اشعل فجر');
export const OCCUR_AFTER = S('خرج جري اندلع انطلق عم استمر تواصل تجدد دخل بدا تصاعد اتسع امتد شل اجتاح جاب طاف انتهي شارك');
/** Words under whose scope an act is not reported as done: plans, intentions, fears, warnings,
 *  prevention, calls, bans, laws and rights, cancellation (verbs by their cores, nouns as written). */
export const IRR_V = S('اعتزم نوي استعد خطط قرر عزم توقع اراد خشي حذر هدد توعد دعا طالب حث ناشد منع حظر احبط فكك ابطل الغي اجل علق انهي رفض تعهد وعد لوح سمح رخص ايد');
export const IRR_N = S('المقرر المتوقع المحتمل محتمل محتمله احتمال امكانيه يمكن يجب ينبغي خطه مخطط تخطيط بتخطيط لتنفيذ خشيه مخاوف تحذير تحذيرات خطر مخاطر تهديد تهديدات دعوه دعوات نداء منع لمنع حظر قانون مشروع حق بحق ترخيص تصريح الغاء تاجيل تعليق انهاء لانهاء لوقف بوقف عزمه عزمها عزمهم نيه استعدادا استعدادات تحضيرا تحسبا');
/** Words that make protesters the object of police action rather than the actors of a protest. */
export const REPRESS_V = S('ضبط داهم فرق فض قمع اعتقل اطلق استخدم تصدي هاجم حاصر اعتدي قتل اصاب منع اوقف احتجز');
export const REPRESS_N = S('تفريق لتفريق فض لفض قمع بقمع وقمع اعتقال قتل مقتل ضد');
/** Causes of death and injury that are no attack. */
/** Wild animals whose attacks are no political act. */
const WILD_ANIMALS = S('كلاب كلب ذئب ذئاب ضبع ضباع افعي ثعبان تمساح قرش دب');
export const NONVIOLENT = new Set([...S('خلل اسطوانه تسرب حادث حوادث سير مروري مروريه المرور حريق حرائق زلزال الزلزال هزه فيضان فيضانات سيول السيول غرق غرقا انهيار تسمم بالتسمم فيروس بفيروس كورونا كوفيد مرض بمرض وباء الكوليرا عاصفه صاعقه صعق اختناق تدافع انزلاق انقلاب حافله تصادم اصطدام بالانفلونزا الحصبه الاصابات المؤكده مصابين بالفيروس اصطدم اصطدمت انقلبت قطار القطار القضبان تحطمت تحطم الالعاب العاب'), ...WILD_ANIMALS]);
/** Animals (and a swarm, a raging bull) that attack: no party's act (ثور هائج يقتل مزارعاً، هجوم أسراب الجراد). */
export const ANIMAL = new Set([...WILD_ANIMALS, ...S('ثور هائج جراد اسراب ضاله نحل')]);
/** احتجاجاً "in protest" (رفضاً، تنديداً، تعبيراً): the purpose of a protest told by another word, never one of its own. */
export const PURPOSE_NOUN = /^(و)?(احتجاجا|رفضا|تنديدا|تعبيرا)$/;
export const VIOLENT_STRICT = S('استجواب استجوابهم استجوابه معتقلين المعتقلين اضرم اضرموا واضرموا اضرمت اعتدوا واعتدوا اعتدي اعتدت بالهراوات تعذيب التعذيب بالضرب للضرب ضربا استهدف استهدفت استهدفوا مسيره مسيرات براميل المسيل الغاز صاروخ صواريخ صاروخيه قذيفه قذائف عبوه ناسفه غاره غارات قصف رصاص برصاص هجوم هجمات مسلح مسلحون مسلحين قنبله مفخخه انتحاري انتحاريه اشتباكات معارك نيران بنيران ارهابي ارهابيه تفجير اغتيال مجهولون مجهولين قناص قناصه القناص سكين بسكين سكينا طعنات اعدم');
/** Agents and instruments of violence: an attack verb with one of these near reports an attack. */
export const ARMED = S('فصائل فصيل مسلح مسلحون مسلحين مسلحو عناصر مجهول مجهولون مجهولين انتحاري انتحاريه قوات القوات جيش الجيش طائرات طائره الطائرات مقاتلات المقاتلات طيران الطيران مدفعيه المدفعيه صاروخ صواريخ قذيفه قذائف عبوه ناسفه مفخخه قنبله ميليشيا ميليشيات مليشيات عناصر متمردون المتمردون متمردين متشددون متشددين مستوطنون مستوطنين جنود الجنود الشرطه شرطه قناص قناصه مهاجمون المهاجمون مهاجمين مقاتلون مقاتلين ارهابيون ارهابيين الاحتلال بوارج دبابات');
/** Verbs of breaking out and going on, which report the clash or attack noun they govern. */
/** Verbs whose subject an attack noun is when they tell what it did or that it took place
 *  (أسفر الانفجار عن، غارة أصابت مدرسة، جرت عملية القتل). */
export const RESULT_V = S('اسفر ادي خلف اوقع اودي حصد طال اصاب دمر جري');
export const BREAK_OUT = S('تجدد اندلع دار استمر تواصل هز اوقع');
/** Adjectives of an act not (yet) done: a possible, expected or imminent attack. */
export const UNSURE_ADJ = S('محتمل محتمله مرتقب مرتقبه وشيك وشيكه مزعوم مزعومه');
/** Prepositions that give an opening attack noun its target or place. */
export const HEADLINE_PREP = S('بين علي في قرب ضد برصاص استهدف تستهدف يستهدف');
/** Means of force used on a crowd (بالقوة، بالهراوات، بالغاز، بالرصاص، بخراطيم المياه). */
export const FORCE_MEANS = S('بالحجاره بالحجارة بالزجاجات بالقوه بالهراوات بالعصي بالغاز بالرصاص بالقنابل بخراطيم بالضرب ضربا ركلا بالركل');
/** أنّ after a preposition (بأن، لأن): it opens a clause, so no subject reaches back over it. */
export const COMP_PREP = S('وان وانه وانها وانهم بان بانه بانها بانهم لان لانه لانها لانهم');
/** Envoys that are summoned (a possessive makes one's own envoy recalled). */
export const ENVOY = S('سفير سفراء السفير السفراء سفيره سفيرها سفيرهم القائم');
/** Verbs of arriving and setting off, whose subject is the visitor of a visit after them. */
export const ARRIVE_V = S('وصل توجه حل غادر بدا');
/** Verbs of carrying out a protest (ستنفّذ إضراباً، سيخوض الأسرى إضراباً، ستنظم وقفة). */
export const ORGANISE_V = S('نفذ خاض نظم اقام شن دخل');
/** Verbs of intending, and the nouns of organising a protest after them (يعتزم المعلمون تنظيم اعتصام). */
export const INTEND_V = S('اعتزم نوي عزم خطط قرر');
export const ORGANISE_N = S('تنظيم تنفيذ خوض اقامه الدخول');
export const PROTEST_ACTOR_V = new Set([...PROTEST_REPORT_V, ...ORGANISE_V, ...INTEND_V]);
/** Words of repetition: with a present verb they tell a habit, not one event. */
export const HABITUAL = S('متكرره متكرر دوريه سنويا عاده غالبا احيانا كثيرا مرارا');
export const PROGRESSIVE = S('الان حاليا منذ لليوم يوميا متواصل متواصله');
export const GENERIC = S('سنويا عاده غالبا دائما احيانا متكرره متكرر المتكرره');
export const DECADES = S('الخمسينيات الستينيات السبعينيات الثمانينيات التسعينيات خمسينيات ستينيات سبعينيات ثمانينيات تسعينيات');
export const PREP_BEFORE = S('في ب ل من عن الي علي اثر جراء بعد قبل خلال اثناء اعقاب عقب اطار اجل اي بسبب نتيجه بفعل وسط ضد حول منذ لدي عند مع');
export const TALLY_SINCE = S('بدايه بدء اندلاع مطلع انطلاق عام العام اعوام سنوات سنه السنه اشهر شهور');
export const PRETEND_OK = S('الالاف بالالاف بالمئات بالعشرات بالقرب بساحه بميدان بشوارع بمدينه بالعاصمه');

/** Verbs of an agentive relative clause after an event noun (نفذها، شنها، نظمها). */
export const AGENT_REL = S('نفذ شن نظم قاد اقام تبني ارتكب اعلن');
/** Words of a counted crowd standing as the subject before its verb (قرابة ستة آلاف متظاهر
 *  تجمعوا، حوالى 10 آلاف شخص تجمعوا): approximators, numbers, crowd and person nouns. */
export const CROWD_SUBJECT = S('قرابه حوالي حوالى نحو زهاء اكثر اقل من ما يقارب يزيد علي الاف الالاف الف مئات عشرات حشود شخص اشخاص الاشخاص مواطن مواطنون مواطنين المواطنين المواطنون السكان الاهالي عامل عمال طالب طلاب');
/** Clause openers before an SVO subject: a conjunction, a complementiser, قد. */
export const SUBJECT_OPENER = S('الا ان انه لكن فان وان و ف قد وقد فقد');
/** The verb of a relative clause about an attack, with its pronoun (هجوم شنّه مسلحون، غارة نفذتها
 *  طائرات): listed, since شنه is too short for the verb reader to strip the pronoun. */
export const ATTACK_REL_VERB = /^(شن|نفذ)(ت|وا)?(ه|ها)$/;

/** Heads of adverbial phrases after على (على إثرها، على خلفية، على الرغم، على مدار، على هامش). */
export const ALA_ADVERBIAL = /^(اثر|اثره|اثرها|اثرهم|خلفيه|الرغم|رغم|مدار|مدي|هامش|راس|اساس|ضوء|امتداد|طول|وقع|قيد|حساب|الاقل|الفور|التوالي|عجل)$/;
/** Durations, which are no party to an act (اعتُقل أسبوعاً، أضربوا ثلاثة أيام). */
export const DURATION = /^(ال)?(مده|لمده|طيله|طوال|اسبوعا|اسبوع|اسبوعين|يوما|يومين|شهرا|شهرين|عاما|عامين|سنه|سنتين|ساعه|ساعتين|ساعات|ايام|اسابيع|اشهر|شهور|دقائق|دقيقه)$/;
/** A word with a joined ل of purpose, not the article after ل (لتوقيف، لاعتقال; not للحكومة). */
export function purposeLam(w: string): boolean { return /^(و|ف)?ل/.test(w) && !/^(و|ف)?لل/.test(w); }
/** Participles of saying that open a reported clause of their own (مشيراً إلى أن، مؤكداً أن، مضيفةً أن). */
export const SAY_PARTICIPLE = /^(و)?(مشير|مؤكد|موكد|مضيف|موضح|لافت|معتبر|مشدد|قائل)(ا|ه|ين)$/;
