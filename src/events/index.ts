// Events layer: PLOVER triggers, arguments, attribution, status and `why`.
// Reads doc.tokens (norm), doc.values (quantities, dates) and doc.entities (mentions with
// canonical codes); a small actor lexicon of our own fills codes the entity layer leaves empty.
// See docs/events.md for the rules.

import type { Doc } from '../doc.js';
import { normalizeCached } from '../text/normalize.js';
import type { Argument, Canonical, Entity, Event, EventStatus, Magnitude, MagnitudeKind, Source, Value } from '../schema.js';
import { lexicons, nounCores, nounKey, verbCores, type ActorInfo, type Trigger } from './lexicon.js';
import { loadKb } from '../entities/kb.js';

// ---------------------------------------------------------------- word sets (normalised)
/** A word set from a space-separated list, built once per distinct list (rules call it inline). */
const SETS = new Map<string, Set<string>>();
const S = (s: string): Set<string> => {
  let x = SETS.get(s);
  if (!x) { x = new Set(s.split(' ')); SETS.set(s, x); }
  return x;
};
const STOP_NP = S('اسفر اسفرت ادي ادت تسبب تسببت هذه هذا هؤلاء تلك ذلك كان وكان كانت وكانت كانوا وكانوا تكون يكون تكن يكن في من الي الى علي على عن مع ضد قرب بعد قبل خلال منذ حتي حول عبر لدي امام ان انه انها انهم ان لم لن لا قد ما التي الذي الذين كما فيما بينما حيث بسبب جراء عقب وسط اثر اثناء بحلول نحو حوالي ايضا امس اليوم غدا');
const CLAUSE = S('فيما بينما حيث كما الذي التي الذين لكن لكنه غير اذ');
const COMP = S('ان انه انها انهم انهما ان');
/** Complementisers carrying a subject pronoun (أنه، أنها، أنهم). */
const PRONOUN_COMP = S('انه انها انهم انهما');
const SPEECH = S('حذر قال اعلن اكد ذكر افاد اوضح صرح اضاف اشار نقل كشف زعم ادعي تابع نفي اعتبر');
const ACCORDING = S('وفقا وفق حسب بحسب طبقا نقلا');
/** Words that start the reporter's own clause, ending a speech's scope. */
const SCOPE_END = S('فيما بينما حين');
const NEG = S('لم لن لا ما ليس ليست غير عدم');
const FUT = S('سوف يعتزم تعتزم ينوي تنوي عزمه عزمها عزمهم المقرر المقرر ستقوم سيقوم');
const HYPO = S('اذا لو حال حاله');
const EST = S('تقديرات يقدر تقدر قدرت');
const TROOP = S('جندي جنود قوات القوات عسكري عسكريين عسكريا قطع دبابات صواريخ طائرات بوارج سفن شرطي عناصر كتيبه لواء مقاتلين مقاتل مدرعات تعزيزات اضافيه');
const OCCUR = S('خرج شارك نظم جري اندلع شهد سار انطلق عم تجمع احتشد قام فرق فض استمر تواصل تجدد دخل واصل نفذ جاب طاف رفع هتف ردد اغلق بدا ارتفع تصاعد اتسع امتد شهدت');
const CROWD = S('الاف الالاف مئات عشرات المتظاهرين متظاهرين المحتجين محتجين المواطنين مواطنين السكان الاهالي العمال الطلاب الالاف حشود');
const AGREE_W = S('اتفاق اتفاقا اتفاقيه الاتفاق الاتفاقيه مذكره معاهده بروتوكول ميثاق عقد عقدا اتفاقيات');
const INJURE = S('بجروح بجراح برصاص بشظايا بطلق بنيران بعيار بطلقات بجروحه');
const VIOLENT = S('صاروخ صواريخ قذيفه قذائف عبوه غاره قصف رصاص هجوم انتحاري مفخخه مسلح مسلحون مسلحين قنبله انفجار قتل مقتل قتلي طائرات');
const CASUAL_CUE = S('سقوط اوقع اسفر اسفرت اوقعت سقط خلف خلفت');
const CULTURE = S('ثقافيه الثقافيه فنيه الفنيه رياضيه الرياضيه علميه العلميه مهرجان المهرجان ملتقي الملتقي معرض المعرض احتفاليه الاحتفاليه ندوه الندوه');
const SPORT = S('لاعبو لاعبي لاعبين اللاعبون اللاعبين مباراه المباراه فريق الفريق لاعب اللاعب منتخب المنتخب الدوري بطوله البطوله كاس مدرب المدرب الشوط نادي النادي هدفا اهداف الملعب');
const SPEECH_CTX = S('تصريح تصريحات خطاب كلمه مقال مقابله مؤتمر انتقادات انتقد وصف اتهم لاذع لاذعا اعلاميه حمله بشده');
const PHYS = S('قتل مقتل جرح اصيب قتيل قتلي جرحي مسلح مسلحون مسلحين قنبله صاروخ انفجار رصاص سلاح اسلحه قذيفه عبوه دبابه غاره');
const PHYS_TARGET = S('موكب دوريه سياره حافله مقر مركز نقطه منزل مسجد كنيسه سوق فندق سفاره مبني قاعده ثكنه مستشفي مدرسه مطار ميناء قافله قريه بلده مدينه حي حاجز مواقع موقع معسكر');
const WEAPON_CTX = S('صاروخ صواريخ صاروخيه قذيفه قذائف عبوه ناسفه غاره غارات قصف رصاص برصاص مسلح مسلحه مسلحون مسلحين قنبله مفخخه انتحاري انتحاريه اشتباكات معارك نيران بنيران ارهابي ارهابيه تفجير اغتيال مجهولون مجهولين دمويه دامي داميا');
const TIME_WORDS = S('امس اليوم فجر صباح مساء ليله ليل الليله الليل ظهر عصر الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت');
const PLACE_WORDS = S('مدينه محافظه منطقه قريه بلده حي طريق شارع ساحه ريف ضواحي محيط قرب بالقرب ولايه اقليم مديريه ناحيه قضاء مخيم سوق');
const AGENTIVE = S('نظم شارك نفذ اقام قاد');
const RESUMPTIVE = S('فيه فيها فيهم به بها بهم منه منها عليه عليها اليه اليها');
/** Verbs of a crowd going out or gathering (for a protest noun of purpose after them). */
const COLLECTIVE_MOVE = S('خرج نزل تجمع تجمهر احتشد توجه زحف');
/** Verbs of going on with something (واصل المعتصمون اعتصامهم). */
const CONTINUE_V = S('واصل تابع استانف تواصل');
const COLLECTIVE = S('خرج نزل تجمع تجمهر احتشد قطع اغلق اعتصم اضرب تظاهر سار رفع هتف نظم شارك');
const PROTESTER = S('متظاهر متظاهرون متظاهرين المتظاهرون المتظاهرين محتج محتجون محتجين المحتجون المحتجين معتصم معتصمون معتصمين المعتصمون المعتصمين مضربون مضربين المضربون المضربين');
const CROWD_COUNT = S('الاف الالاف مئات المئات عشرات العشرات حشود حشد');
/** Roads, streets and entrances that protesters block. */
const ROAD = S('طريق الطريق طرق الطرق طرقا شارع الشارع شوارع الشوارع مداخل مدخل جسر الجسر طريقا');
/** A protest's purpose right after a crowd verb: to denounce, in protest, to demand. */
const PROTEST_PURPOSE = S('للتنديد تنديدا احتجاجا واحتجاجا للاحتجاج رفضا للمطالبه مطالبين منددين محتجين رافعين هاتفين');
const PROTEST_PLACE = S('امام ساحه الساحه ميدان الميدان شوارع الشوارع شارع الشارع وسط مقر مبني');
const EXPLOSIVE = S('عبوه عبوات ناسفه ناسف قنبله قنابل مفخخه مفخخ لغم الغام حزام انتحاري انتحاريه صاروخ قذيفه متفجرات ديناميت');
const HARM = S('قتل مقتل قتلي قتيل جرح جرحي اصيب اصابه اصابات مصابين رصاص الرصاص برصاص النار نيران اعتدي اعتداء ضرب بالضرب هراوات اشتباكات مواجهات قنابل قنبله الغاز حجاره اطلقوا اطلقت');
const CYBER = S('الكتروني الكترونيه الالكتروني الالكترونيه سيبراني سيبرانيه قرصنه الكترونيا');
const HIST = S('ذكري العالميه الذكري');
const PATIENT_NOUN = S('مقتل مصرع استشهاد اغتيال اختطاف اعتقال الافراج افراج اطلاق طرد تعذيب');
const INJ_NEAR = S('اصيب اصيبوا جرح جرحي جريحا جرحا مصابا مصابين اصابه اصابات بجروح');
const HUMAN = S('شخص شخصا اشخاص مدني مدنيا مدنيين جندي جنود طفل اطفال امراه نساء شرطي شرطيا عنصر عناصر مسلح مسلحا مسلحين مقاتل مقاتلا مقاتلين');
const DEFINITE = /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/;
/** People and targets that make a verbal attack concrete (a victim, a convoy, a building). */
const HUMAN_WORDS = 'شخص اشخاص مدني مدنيين جندي جنود طفل اطفال امراه نساء شرطي شرطيين عنصر عناصر مسلح مسلحين مقاتل مقاتلين ضابط ضباط عميد عقيد لواء قائد قاده زعيم رئيس وزير نائب مسؤول مسؤولين صحفي صحفيين صحافي رجل رجال مواطن مواطنين سكان حارس حراس موكب دوريه سياره حافله مقر مركز نقطه منزل منازل مسجد كنيسه سوق فندق سفاره مبني قاعده ثكنه عامل عمال عاملين رهائن رهينه اجانب سائح سياح مستشفي مدرسه جامعه مطار ميناء قافله قوات قريه بلده مدينه حي احياء فلسطيني فلسطينيين طالب طلاب مصلين متظاهر متظاهرين محتج محتجين ناشط ناشطين قاضي محامي طبيب اطباء اسري سجين سجناء لاجئ لاجئين جثه جثث'.split(' ');
const HUMAN_WORD_SET = new Set(HUMAN_WORDS);
/** People and targets that make a verbal attack concrete (a victim, a convoy, a building), by noun core. */
const HUMAN_SET = new Set(HUMAN_WORDS.flatMap((w) => w.endsWith('ه') ? [w, w.slice(0, -1)] : [w]));
function concreteWord(w: string): boolean { return nounCores(w).some((x) => HUMAN_SET.has(x)); }
function concreteText(text: string): boolean { return normalizeCached(text).split(/\s+/).some(concreteWord); }
const NOT_VERB = S('اثنين اثنان اثنتين اثنتان واثنين واثنان وزاره وزير وزراء وزارات طالب طلاب وقت لوحه لوحات ولوحه طالبان وطالبان لطالبان الصادر الصادره والصادر والصادره');
const SUPPRESSING = new Set(['REQUEST', 'THREATEN', 'REJECT', 'AGREE']);
const ASSAULT_MODE: [string, string][] = [
  ['جويه', 'aerial'], ['الجوي', 'aerial'], ['طائره', 'aerial'], ['مسيره', 'drone'], ['انتحاري', 'suicide-attack'],
  ['انتحاريه', 'suicide-attack'], ['ناسفه', 'explosives'], ['مفخخه', 'explosives'], ['عبوه', 'explosives'],
  ['رصاص', 'firearms'], ['النار', 'firearms'], ['مدفعي', 'heavy-weapons'], ['صواريخ', 'heavy-weapons'],
];

// ---------------------------------------------------------------- tracing
/** Development aid: a callback that hears why a trigger was dropped (null in normal use). */
let tracer: ((msg: string) => void) | null = null;
export function traceEvents(fn: ((msg: string) => void) | null): void { tracer = fn; }

// ---------------------------------------------------------------- helpers
interface Hit { i: number; end: number; trig: Trigger; future: boolean; imperfect: boolean; nominal: boolean; parts: number[] }

interface Ctx {
  doc: Doc;
  n: number;
  norm: string[];
  docCountry: string | null;
  quantities: { v: Value; a: number; b: number }[];
  dates: { v: Value; a: number; b: number }[];
  /** Per-token caches: noun cores, verb cores, actor lexicon hit. */
  nc: (string[] | undefined)[];
  vc: (ReturnType<typeof verbCores> | undefined)[];
  ac: (ActorHit | null | undefined)[];
  /** Per token: the index of the entity it lies in, or -1. */
  entAt: Int32Array;
  /** Per token: 1 inside a counted quantity (500 طالب، ستة آلاف متظاهر): a noun, never a verb. */
  counted: Uint8Array;
  lastOfType: Map<string, Event>;
}
function entityIn(c: Ctx, a: number, b: number, pred: (e: Entity) => boolean = () => true): Entity | undefined {
  for (let k = a; k < b; k++) { const x = c.entAt[k]!; if (x >= 0 && pred(c.doc.entities[x]!)) return c.doc.entities[x]; }
  return undefined;
}
function nc(c: Ctx, i: number): string[] { return c.nc[i] ??= nounCores(c.norm[i]!); }
function vc(c: Ctx, i: number): ReturnType<typeof verbCores> { return c.vc[i] ??= verbCores(c.norm[i]!); }

function tokenRangeOf(doc: Doc, start: number, end: number): [number, number] {
  const t = doc.tokens;
  let lo = 0, hi = t.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (t[m]!.end <= start) lo = m + 1; else hi = m; }
  let b = lo;
  while (b < t.length && t[b]!.start < end) b++;
  return [lo, Math.max(b, lo + 1)];
}

/** Token i is inside the name of a place or a person (عمان is no dual of عمّ). */
function isName(c: Ctx, i: number): boolean {
  const x = c.entAt[i]!;
  if (x < 0) return false;
  const t = c.doc.entities[x]!.type;
  return t === 'GPE' || t === 'LOC' || t === 'PER' || t === 'FAC';
}
function isWord(c: Ctx, i: number): boolean { const k = c.doc.kinds[i]; return k === 'word' || k === 'latin'; }
function isPunct(c: Ctx, i: number): boolean { return c.doc.kinds[i] === 'punct'; }
function stripConj(w: string): string { return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w; }
function hasAny(c: Ctx, set: Set<string>, a: number, b: number, sent: number): boolean {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== sent) continue;
    const w = c.norm[k]!;
    if (set.has(w) || set.has(stripConj(w))) return true;
    for (const x of nc(c, k)) if (set.has(x)) return true;
  }
  return false;
}
function hasVerb(c: Ctx, set: Set<string>, a: number, b: number, sent: number): boolean {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== sent || c.doc.kinds[k] !== 'word' || DEFINITE.test(c.norm[k]!)) continue;
    for (const x of vc(c, k).cores) if (set.has(x)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- trigger matching
function matchRest(c: Ctx, t: Trigger, i: number, parts: number[] = []): number {
  let j = i + 1;
  for (let w = 1; w < t.words.length; w++) {
    const want = t.words[w]!;
    let found = -1;
    const prep = want.length <= 3;
    // the subject may stand between a verb and the rest of its pattern (قدمت اليابان مساعدات)
    const span = w === 1 && t.pos === 'V' ? 4 : prep ? 1 : 2;
    for (let k = j; k < Math.min(c.n, j + span); k++) {
      if (c.doc.tokenSentence[k] !== c.doc.tokenSentence[i] || isPunct(c, k)) break;
      const tok = c.norm[k]!;
      if (tok === want || stripConj(tok) === want || nc(c, k).includes(want)) { found = k; break; }
      // a preposition written joined to the next word (بال، لل)
      if (want === 'ب' && tok[0] === 'ب') { found = k; break; }
    }
    if (found < 0) return -1;
    parts.push(found);
    j = found + 1;
  }
  return j;
}

function findTriggers(c: Ctx): Hit[] {
  const { verbs, nouns } = lexicons();
  const hits: Hit[] = [];
  for (let i = 0; i < c.n; i++) {
    if (c.doc.kinds[i] !== 'word') continue;
    const w = c.norm[i]!;
    if (w.length < 2) continue;
    let best: Hit | null = null;
    // (a form VIII verb may begin with ال: التقى، التزم — the lexicon's own verb form is no article)
    const definite = DEFINITE.test(w) && !verbs.has(stripConj(w));
    // a verb form right after a preposition is a verbal noun (في قصف جوي، إثر هجوم)
    const afterPrep = i > 0 && (PREP_BEFORE.has(c.norm[i - 1]!) || OBJ_PARTICIPLE.has(c.norm[i - 1]!));
    // (a counted noun is no verb: 14 أسيرا is not سار; nor is a word with nunation: قصفاً)
    if (!definite && !afterPrep && !NOT_VERB.has(w) && !c.counted[i] && !tanween(c, i)) {
      const vcs = vc(c, i);
      for (let ci = 0; ci < vcs.cores.length; ci++) {
        const core = vcs.cores[ci]!;
        for (const t of verbs.get(core) ?? []) {
          // protest verbs take no object: تظاهرة is the noun, not "he demonstrated it"
          if (t.type === 'PROTEST' && t.words.length === 1 && /ه$/.test(w) && core.length < w.length) continue;
          // دان (form I, "condemned") only in its perfect, and not bare (the name Dan): يدين is أدان's or
          // "owes", تدون "writes down"
          if (t.pattern === 'دان' && !/^((و|ف)دان|(و|ف)?دان(ت|وا|تا))$/.test(w)) continue;
          // أحكم "tightened" and تحكّم "controlled" are no sentence (أحكمت القوات سيطرتها على)
          if (t.type === 'SANCTION' && t.words[0] === 'حكم' && /^(و|ف)?(احكم|تحكم)/.test(w)) continue;
          const parts: number[] = [];
          const end = t.words.length > 1 ? matchRest(c, t, i, parts) : i + 1;
          if (end < 0) continue;
          // (the longer pattern, or of two as long the one whose words are nearer: أطلقت الغاز
          // المسيل للدموع والرصاص is tear gas first)
          if (!best || t.words.length > best.trig.words.length || (t.words.length === best.trig.words.length && end < best.end)) best = { i, end, trig: t, future: vcs.fut[ci]!, imperfect: vcs.imp[ci]!, nominal: false, parts };
        }
        if (best) break;
      }
    }
    if (!best) {
      for (const core of nc(c, i)) {
        // a verbal noun read through a verb entry: definite (القصف), after a preposition (في قصف)
        // or with a joined preposition (بقصف، لقصف); not a word that merely contains a verb (وزارة)
        // the verb entry must be the word itself once its clitics are off (no ending stripped:
        // وزارة is no زار, صادرات no صادر)
        const bare = core === w.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '') || core === w.replace(/^(و|ف)?لل/, '') || core === w.replace(/^(و|ف)?ال/, '');
        const joined = /^(و|ف)?(ب|ل|ك)/.test(w) && core === w.replace(/^(و|ف)?(ب|ل|ك)/, '') && core.length >= 3;
        // (or an indefinite verbal noun with nunation, its accusative alif off: شن قصفاً)
        const nunated = tanween(c, i) && core === stripConj(w).replace(/ا$/, '');
        const nl = nouns.get(core), vl = ((definite || afterPrep || joined) && bare || nunated) && !NOT_VERB.has(core) && !NOT_VERB.has(stripConj(w)) ? verbs.get(core) : undefined;
        if (!nl && !vl) continue;
        const list = vl ? [...(nl ?? []), ...vl.filter((t) => t.lexicon === 'own')] : nl!;
        for (const t of list) {
          // a feminine lexicon noun does not match its bare masculine stem (مظاهرة "demonstration"
          // vs مظاهر "appearances")
          // (and a plural one not its bare singular stem: تجمعات vs تجمع "gathered, unites")
          if (t.pos === 'N' && t.words.length === 1 && t.pattern.endsWith('ه') && !/(ه|ات|تي|تا|ته|تها|تهم)$/.test(w.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, ''))) continue;
          if (t.pos === 'N' && t.words.length === 1 && t.pattern.endsWith('ات') && !/(ات|اته|اتها|اتهم)$/.test(w)) continue;
          const parts: number[] = [];
          const end = t.words.length > 1 ? matchRest(c, t, i, parts) : i + 1;
          if (end < 0) continue;
          if (!best || t.words.length > best.trig.words.length) best = { i, end, trig: t, future: false, imperfect: false, nominal: true, parts };
        }
        if (best) break;
      }
    }
    if (best) { hits.push(best); if (best.parts.length === 0 || best.parts[0] === i + 1) i = best.end - 1; }
  }
  return hits;
}

/** A pattern whose further words come after others (حمّلت الرياض الحكومة مسؤولية). */
function gapped(h: Hit): boolean { return h.parts.length > 0 && h.parts[0]! > h.i + 1; }

/** Applies the trigger's gate; returns the (possibly re-typed) trigger or null to drop it. */
function gate(c: Ctx, h: Hit): Trigger | null {
  const t = h.trig, i = h.i, s = c.doc.tokenSentence[i]!;
  const qNear = (d: number) => c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.a >= i - d && q.a <= h.end + d);
  if (t.words[0] === 'نفي' && hasAny(c, COMP, i + 1, i + 7, s)) return null;
  const nx = c.norm[h.end] ?? '';
  // طلبة is "students" (طلبه, his request, is written with ه); الطلب على is demand in a market
  if (t.type === 'REQUEST' && /طلبة$/.test(bareSurface(c, i))) return null;
  if (t.type === 'REQUEST' && h.nominal && t.words[0] === 'طلب' && (nx === 'علي' || hasAny(c, MARKET, i - 3, h.end + 4, s))) return null;
  // دعا إلى التفاؤل "gives cause for optimism" is no call
  if (t.type === 'REQUEST' && !h.nominal && (nx === 'الي' || nx === 'لل') && AFFECT.has(c.norm[h.end + 1] ?? '')) return null;
  if (t.type === 'REQUEST' && !h.nominal && /^(ال|لل)/.test(nx) && AFFECT.has(nx.replace(/^لل/, 'ال'))) return null;
  // رفض / طلب عدم الكشف عن اسمه "who asked not to be named" is a formula of sourcing
  if ((t.type === 'REJECT' || t.type === 'REQUEST') && !h.nominal) {
    for (let k = h.end; k < Math.min(c.n, h.end + 3); k++) if (/^(الكشف|كشف|ذكر|الافصاح)$/.test(c.norm[k]!) && /^(اسمه|هويته|اسمها|هويتها|اسمهم|هويتهم)$/.test(c.norm[k + 2] ?? '')) return null;
  }
  // intercepting missiles or drones (اعترضت الدفاعات الجوية الصواريخ) is no objection
  if (t.words[0] === 'اعترض' && hasAny(c, S('صاروخ صواريخ الصواريخ صاروخا طائره طائرات الطائرات مسيره مسيرات المسيرات قذائف القذائف قذيفه'), h.end, h.end + 5, s)) return null;
  // تحمّل المسؤولية is "to bear responsibility"; holding someone responsible puts them between
  // (حمّلت الرياض الحكومة مسؤولية)
  if (t.words[0] === 'حمل' && t.type === 'ACCUSE' && !gapped(h)) return null;
  // a pledge to give a sum (تعهد المانحون … بتقديم 1.2 مليار دولار) is aid to come
  if (t.words[0] === 'تعهد' && t.type === 'CONCEDE') {
    for (let k = h.end; k < Math.min(c.n, h.end + 8) && c.doc.tokenSentence[k] === s; k++) {
      if (/^ب(تقديم|منح|ارسال|تخصيص)$/.test(c.norm[k]!) && c.quantities.some((q) => q.v.kind === 'money' && q.a === k + 1)) return { ...t, type: 'AID', mode: null };
    }
  }
  // صادر عن "issued by" (بيان صادر عن الوزارة) is no confiscation
  if (t.words[0] === 'صادر' && /^(عن|من|عنه|عنها|عنهم|ضد|ضده|ضدها|حديثا|في|بحق)$/.test(nx)) return null;
  // فجر before a day or a date is dawn (فجر الثلاثاء), not فجّر
  if (t.words[0] === 'فجر' && (TIME_OF_DAY.has(stripConj(c.norm[i]!)) && (c.dates.some((d) => d.a === i + 1 || (d.a <= i && i < d.b)) || /^(ال)?(يوم|اليوم|امس|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)$/.test(nx)))) return null;
  // a definite event noun naming a time (في ختام المحادثات، على هامش القمة، عقب الاجتماع) is
  // a reference to an event told elsewhere
  if (h.nominal && i > 0 && /^ال/.test(c.norm[i]!) && (t.type === 'CONSULT' || t.type === 'AGREE' || t.type === 'COOPERATE') && /^(و)?(ختام|عقب|اعقاب|هامش|خلال|اثناء|قبيل|بعد|مستهل|نهايه|بدايه|ب?ختام)$/.test(c.norm[i - 1]!)) return null;
  // a nominal act named as a policy (سياسة الاعتقال الإداري) is no act
  if (h.nominal && i > 0 && /^(و|ف)?(ب|ل)?(ال)?سياس(ه|ات)$/.test(c.norm[i - 1]!)) return null;
  switch (t.gate) {
    // (or "N others" after troops counted earlier in the sentence: سحبت 3000 جندي … على أن تسحب
    // 4000 آخرين)
    case 'troop': if (!(hasAny(c, TROOP, i + 1, h.end + 6, s) || c.quantities.some((q) => q.v.unit === 'soldier' && q.a > i && q.a < i + 8) || (c.quantities.some((q) => q.a > i && q.a < i + 4 && /^(اخرين|اخري|اخر|اضافيين)$/.test(c.norm[q.b] ?? '')) && c.quantities.some((q) => q.v.unit === 'soldier' && q.b <= i)))) return null; break;
    // a protest noun is judged by the verb that governs it (mentionOnly); other nouns need a
    // verb of occurrence, a crowd or a count near
    case 'occur': if (t.type !== 'PROTEST' && !(hasVerb(c, OCCUR, i - 6, i + 4, s) || hasAny(c, CROWD, i - 5, i + 5, s) || qNear(4))) return null; break;
    // a crowd verb is a protest with protesters near, or with a counted crowd and a square or
    // street after it (احتشد الآلاف أمام البرلمان) or a protest purpose (تجمع 10 آلاف شخص للتنديد)
    // a verb that is a protest only with protesters as its subject (سار المتظاهرون، أغلق محتجون
    // طرقا، جاب المحتجون الشوارع); the police closing roads to protesters is no protest
    // — a march with a protest purpose or demand (مطالبين، احتجاجا): protesters walking somewhere
    // is what they did in a protest reported elsewhere; a road block is a protest of its own
    case 'crowdsubj':
      if (!(hasAny(c, PROTESTER, h.end, h.end + 2, s) || hasAny(c, PROTESTER, i - 2, i, s) || ((hasAny(c, CROWD_COUNT, h.end, h.end + 1, s) || c.quantities.some((q) => q.a === h.end)) && hasAny(c, PROTESTER, h.end + 1, h.end + 4, s)))) return null;
      if (t.mode === 'obstruct' ? !hasAny(c, ROAD, h.end, h.end + 5, s) : !hasAny(c, PROTEST_PURPOSE, h.end, h.end + 12, s)) return null;
      break;
    // an ambassador summoned is a protest to his state; one's own recalled (استدعت سفيرها) is a cut
    case 'envoy': if (/(ها|ه|هم)$/.test(c.norm[h.parts.length ? h.parts[h.parts.length - 1]! : h.end - 1] ?? '')) return { ...t, type: 'SANCTION', mode: 'discontinue' }; break;
    case 'consult': if (!hasAny(c, S('مع هاتفيا'), h.end, h.end + 8, s)) return null; break;
    case 'aidobj': if (!c.quantities.some((q) => q.v.kind === 'money' && q.a >= h.end && q.a <= h.end + 1)) return null; break;
    case 'boycott': if (!hasAny(c, BOYCOTTED, h.end, h.end + 5, s)) return null; break;
    case 'detain': {
      // (توقف is "stopped", not تُوقف "she arrests")
      if (/^(و|ف)?توقف(ت|وا)?$/.test(c.norm[i]!)) return null;
      // (or a named person after the subject and a date set off by commas: أوقفت وحدات الأمن، مساء
      // أمس الخميس، الناشط النقابي أحمد المصري)
      const people = c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.a >= h.end && q.a < h.end + 5 && (q.v.unit == null || HUMAN_UNITS.has(q.v.unit))) || hasAny(c, DETAINEE, h.end, h.end + 5, s)
        || (hasAny(c, S('الناشط الصحفي الصحافي المعارض المدون الناشطه الصحفيه'), h.end, h.end + 10, s) && (!!entityIn(c, h.end, Math.min(c.n, h.end + 12), (e) => e.type === 'PER') || c.norm.slice(h.end, Math.min(c.n, h.end + 12)).some((w) => loadKb().givenNames.has(w))));
      if (!people || hasAny(c, S('عن'), h.end, h.end + 7, s)) return null;
      break;
    }
    case 'protester': if (!(hasAny(c, PROTESTER, i - 3, h.end + 3, s) || ((hasAny(c, CROWD_COUNT, i - 1, h.end + 3, s) || qNear(3) || c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.b >= i - 2 && q.b <= i)) && (hasAny(c, PROTEST_PLACE, h.end, h.end + 8, s) || hasAny(c, PROTEST_PURPOSE, h.end, h.end + 12, s))))) return null; break;
    case 'martyr': for (let k = h.end; k < Math.min(c.n, h.end + 3); k++) { const w = c.norm[k]!; if (c.doc.tokenSentence[k] === s && w[0] === 'ب' && w.length > 3 && !INJURE.has(w) && !/^ب(ال)?(قصف|غار|نيران|رصاص|انفجار|هجوم|قذيف|شظايا|جراح)/.test(w)) return null; } break;
    case 'explosive': if (!(hasAny(c, EXPLOSIVE, i - 3, h.end + 4, s) || qNear(3))) return null; break;
    case 'harm': if (!(hasAny(c, HARM, i - 8, h.end + 10, s) || qNear(6))) return { ...t, type: 'COERCE', mode: null }; break;
    case 'human': if (!(qNear(1) || concreteWord(c.norm[h.end] ?? '') || hasAny(c, S('سكين بسكين طعنات طعنه'), i, h.end + 5, s))) return null; break;
    // (players disputing a referee's call is sport: احتج لاعبو الزمالك على قرار الحكم)
    case 'crowd': if (!hasAny(c, CROWD, i - 4, i + 5, s)) return hasAny(c, SPORT, i - 15, h.end + 15, s) ? null : { ...t, type: 'ACCUSE', mode: 'disapprove' }; break;
    case 'people': if (hasAny(c, TROOP, i - 3, i + 4, s)) return { ...t, type: 'MOBILIZE', mode: 'troops' }; break;
    // (past a subject and a time or place phrase: ووقع وزيرا الخارجية في ختام المحادثات مذكرة تفاهم)
    case 'agree': if (!hasAny(c, AGREE_W, i + 1, i + 9, s)) return null; break;
    case 'injure': if (!(hasAny(c, INJURE, i + 1, i + 4, s) || qNear(3))) return null; break;
    case 'violent': if (!hasAny(c, VIOLENT, i - 8, i + 10, s)) return null; break;
    case 'casualty': if (!(qNear(2) || hasAny(c, CASUAL_CUE, i - 3, i, s))) return null; break;
    case 'aid': if (!c.quantities.some((q) => q.v.kind === 'money' && c.doc.tokenSentence[q.a] === s && q.a > i - 4 && q.a < h.end + 6)) return null; break;
    // an aid noun is reported when it is the object of announcing, deciding or starting (أعلنت
    // السعودية تقديم مساعدات، بدأت إرسال مساعدات), not as a purpose or an instruction (لتقديم
    // المساعدات، توجيهات بتقديم المساعدات)
    case 'announced': { const sa0 = sentenceStart(c, s); if (/^(و|ف)?(ب|ل)/.test(c.norm[i]!) && !/^(و|ف)?ال/.test(c.norm[i]!) || supportVerb(c, i, clauseBack(c, i, sa0), s, ANNOUNCE_V) < 0) return null; break; }
    // a possessed noun of support is reported when affirmed (أكدت فرنسا دعمها، مؤكدا دعمه), not
    // when thanked for or mentioned (الشكر على دعمها، من خلال دعمها)
    case 'possessed': {
      const sf = bareSurface(c, i);
      if (!/(ه|ها|هم|هما)$/.test(sf) || sf.endsWith('ة')) return null;
      const sa0 = sentenceStart(c, s);
      if (!OBJ_PARTICIPLE.has(c.norm[i - 1] ?? '') && supportVerb(c, i, clauseBack(c, i, sa0), s, AFFIRM_V) < 0) return null;
      break;
    }
    // a truce is an event when reached, announced or entering into force (أعلنت هدنة، توصلا إلى
    // وقف لإطلاق النار، دخلت الهدنة حيز التنفيذ), not when named (تخرق الهدنة)
    case 'truce': {
      const sa0 = sentenceStart(c, s);
      const cb0 = clauseBack(c, i, sa0, 10);
      if (verbAt(c, TRUCE_V, cb0, i, s) < 0 && verbAt(c, TRUCE_AFTER_V, h.end, Math.min(h.end + 3, c.n), s) < 0) return null;
      break;
    }
    case 'sentence': if (!hasAny(c, SENTENCE_W, h.end, h.end + 10, s)) return null; break;
    case 'building': if (!hasAny(c, BUILDING, h.end, h.end + 5, s)) return null; break;
    case 'participle': if (!(i > 0 && isPunct(c, i - 1))) return null; break;
    // dispersing a crowd is violence only with force named (فرّقت قوات الأمن المتظاهرين بالهراوات)
    case 'force': if (!hasAny(c, FORCE_MEANS, h.end, h.end + 6, s)) return null; break;
    case 'support': {
      // after a comma, مطالبة and دعوة with no article are the feminine participle (…، مطالبةً أنقرة
      // بسحب قواتها): the clause's subject asks
      if (i > 0 && isPunct(c, i - 1) && c.norm[i - 1] === ',' && h.end === i + 1 && /^(مطالبه|داعيه)$/.test(c.norm[i]!)) return { ...t, gate: 'participle' };
      const sa0 = sentenceStart(c, s); if (supportVerb(c, i, clauseBack(c, i, sa0), s, REQUEST_SUPPORT_V) < 0) return null; break;
    }
    // summoning with a long subject between the verb and the envoy (استدعت وزارة الخارجية العراقية،
    // اليوم الأربعاء، السفير التركي): the envoy within the clause
    case 'envoyfar': {
      const sent = c.doc.sentences[s]!;
      const lim = Math.min(tokenRangeOf(c.doc, sent.start, sent.end)[1], h.end + 10);
      let k = h.end;
      for (; k < lim; k++) { if (nc(c, k).some((x) => ENVOY.has(x))) break; if (isVerbLike(c, k) || CLAUSE.has(c.norm[k]!)) return null; }
      if (k >= lim) return null;
      if (/(ها|ه|هم)$/.test(c.norm[k]!)) return { ...t, type: 'SANCTION', mode: 'discontinue' };
      break;
    }
    case 'troopcount': if (!(hasAny(c, TROOP_NOUN, i + 1, h.end + 3, s) || c.quantities.some((q) => q.v.unit === 'soldier' && q.a > i && q.a < i + 6))) return null; break;
  }
  // an event noun with a possessive (زيارته، إدانته، دعوتها) names an event known from elsewhere
  // (خلال زيارته، بعد إدانته): it is reported here only when a support or continuation verb
  // carries it (جددت دعوتها، أعربت عن إدانتها، واصلوا إضرابهم)
  if (h.nominal && /[^ا]ت(ه|ها|هم|هما)$/.test(c.norm[i]!)) {
    const cb0 = clauseBack(c, i, sentenceStart(c, s));
    if (supportVerb(c, i, cb0, s) < 0 && supportVerb(c, i, cb0, s, CONTINUE_V) < 0) return null;
  }
  // a prayer is no request (دعا الله أن، داعيا الله عز وجل)
  if (t.type === 'REQUEST' && hasAny(c, GOD, h.end, h.end + 7, s)) return null;
  // طائرة مسيّرة is a drone, not a march
  if (t.type === 'PROTEST' && i > 0 && /طائر/.test(c.norm[i - 1]!)) return null;
  if (t.type === 'ASSAULT') {
    const sent = c.doc.sentences[s]!;
    const [a, b] = tokenRangeOf(c.doc, sent.start, sent.end);
    if (hasAny(c, SPORT, a, b, s)) return null;
    if (hasAny(c, HIST, i - 2, i, s)) return null;
    if ((t.words[0] === 'هاجم' || t.words[0] === 'هجوم' || t.words[0] === 'شن') && hasAny(c, SPEECH_CTX, a, b, s) && !hasAny(c, PHYS, a, b, s)) {
      return { ...t, type: 'ACCUSE', mode: 'disapprove' };
    }
    // هاجم with no armed party, weapon, casualty or physical word near is a verbal attack
    if ((t.words[0] === 'هاجم' || t.words[0] === 'شن') && !hasAny(c, ARMED, i - 3, h.end + 3, s) && !hasAny(c, PHYS, a, b, s) && !hasAny(c, WEAPON_CTX, a, b, s) && !qNear(6) && !hasAny(c, PHYS_TARGET, h.end, h.end + 6, s)) {
      return { ...t, type: 'ACCUSE', mode: 'disapprove' };
    }
    // an attack on a website or a network is a cyber operation (COERCE/cyber)
    if (hasAny(c, CYBER, i - 2, h.end + 4, s)) return { ...t, type: 'COERCE', mode: 'cyber' };
  }
  return t;
}

// ---------------------------------------------------------------- actors
interface ActorHit { a: number; b: number; info: ActorInfo }

function actorAt(c: Ctx, i: number): ActorHit | null {
  const hit = c.ac[i];
  if (hit !== undefined) return hit;
  return (c.ac[i] = actorAt1(c, i));
}
function actorAt1(c: Ctx, i: number): ActorHit | null {
  const { actors } = lexicons();
  if (c.doc.kinds[i] !== 'word') return null;
  for (const core of nc(c, i)) {
    for (const info of actors.get(core) ?? []) {
      // a group named with the article is named only with it: قاعدة is a base, القاعدة the group
      if (info.kind === 'group' && info.nameAr.startsWith('ال') && !DEFINITE.test(c.norm[i]!)) continue;
      let j = i + 1, ok = true;
      for (let w = 1; w < info.words.length; w++, j++) {
        if (j >= c.n || !nc(c, j).includes(info.words[w]!)) { ok = false; break; }
      }
      if (ok) return { a: i, b: j, info };
    }
  }
  return null;
}

/**
 * A sound masculine plural in -ين heads the phrase (مسؤولين، المسلحين): accusative or genitive,
 * so the object of the verb before it, never its subject (nominative -ون). Names are left out.
 */
function objectCasePlural(c: Ctx, k: number): boolean {
  const w = stripConj(c.norm[k]!).replace(/^(ال)/, '');
  return w.length >= 5 && w.endsWith('ين') && !/(يين|تين)$/.test(w) && c.entAt[k]! < 0 && !c.counted[k] && !c.quantities.some((q) => q.a === k) && (HUMAN.has(w) || HUMAN_WORD_SET.has(w));
}

/** The subject right before verb v in its clause: the nearest coded phrase or named body or
 *  person, with up to two words before its head; [start, end) or null. */
function subjectBefore(c: Ctx, v: number, clauseStart: number): [number, number] | null {
  for (let k = v - 1; k >= clauseStart; k--) {
    if (isPunct(c, k)) return null;
    // (after إنّ / بأنّ the whole phrase up to the verb is its subject: إن الجامعة العامة للنقل ستنفّذ)
    if (COMP.has(c.norm[k]!) || COMP_PREP.has(c.norm[k]!)) return k + 1 < v && v - k <= 6 && /^(و|ف)?ال/.test(c.norm[k + 1]!) ? [k + 1, v] : null;
    const cr = prepOn(c, k) ? null : actorAt(c, k) ?? (entityIn(c, k, k + 1, (e) => e.type === 'PER' || e.type === 'ORG') ? true : null);
    if (!cr) continue;
    let a = k;
    while (a > clauseStart && isWord(c, a - 1) && !STOP_NP.has(c.norm[a - 1]!) && !COMP_PREP.has(c.norm[a - 1]!) && !COMP.has(c.norm[a - 1]!) && !isVerbLike(c, a - 1) && k - a < 2) a--;
    return [a, Math.min(npEnd(c, a), v)];
  }
  const p = clauseStart - 1;
  if (p >= 0 && (COMP.has(c.norm[p]!) || COMP_PREP.has(c.norm[p]!)) && clauseStart < v && v - clauseStart <= 5 && /^(و|ف)?ال/.test(c.norm[clauseStart]!)) return [clauseStart, v];
  return null;
}

/** After the comma at j, a date, perhaps after a time of day and اليوم/أمس (، مساء أمس الخميس،). */
function timeAfterComma(c: Ctx, j: number): boolean {
  let k = j + 1;
  if (TIME_OF_DAY.has(c.norm[k] ?? '')) k++;
  if (c.norm[k] === 'اليوم' || c.norm[k] === 'امس') k++;
  return c.dates.some((x) => x.a === k || (k > j + 1 && x.a === k - 1));
}

/** Token i is written with nunation (ًا، اً، ٌ، ٍ at its end): an indefinite noun, never in construct. */
function tanween(c: Ctx, i: number): boolean {
  const t = c.doc.tokens[i]!;
  const w = c.doc.text.slice(t.start, t.end);
  return /[\u064B-\u064D]ا?$|ا\u064B$/.test(w);
}

/** A person mention whose first word is a known given name (or عبد …). */
function startsWithGivenName(c: Ctx, e: Entity): boolean {
  const k = tokenRangeOf(c.doc, e.start, e.end)[0];
  const w = stripConj(c.norm[k]!);
  return w.startsWith('عبد') || loadKb().givenNames.has(w) || loadKb().givenNames.has(w.replace(/^(ب|ل|ك)/, ''));
}

/** Codes a token range: sector from a sector noun, country from a name, nisba or capital. */
function codeRange(c: Ctx, a: number, b: number): { country: string | null; sector: string | null; kind: string; name: string } | null {
  let country: string | null = null, sector: string | null = null, kind = '', name = '';
  for (let i = a; i < b; i++) {
    const h = actorAt(c, i);
    if (!h) continue;
    const inf = h.info;
    // a nisba inside a person's name is a family name (سالم التونسي), not a country
    // (one whose name starts with a given name: قصف جوي تركي is no person named جوي)
    if (inf.kind === 'nisba' && c.entAt[i]! >= 0 && c.doc.entities[c.entAt[i]!]!.type === 'PER' && c.doc.entities[c.entAt[i]!]!.start < c.doc.tokens[i]!.start && startsWithGivenName(c, c.doc.entities[c.entAt[i]!]!)) { i = h.b - 1; continue; }
    // (and right after a given name the tagger missed: الناشط أحمد المصري)
    if (inf.kind === 'nisba' && i > a && c.entAt[i]! < 0 && /^ال/.test(c.norm[i]!) && loadKb().givenNames.has(c.norm[i - 1]!)) { i = h.b - 1; continue; }
    if (!kind) { kind = inf.kind; name = inf.name; }
    if (inf.kind === 'group' || inf.kind === 'people' || inf.kind === 'sector') { if (!sector) sector = inf.sector; if (inf.country && !country) country = inf.country; if (inf.kind === 'group') { kind = 'group'; name = inf.name; } }
    else if (!country) { country = inf.country; if (inf.kind === 'capital' && !sector) sector = inf.sector; if (inf.kind === 'country' && kind === 'country') sector = sector ?? 'GOV'; }
    i = h.b - 1;
  }
  if (!kind) return null;
  if (kind === 'sector' && !country) country = c.docCountry;
  return { country, sector, kind, name };
}

/**
 * A nisba adjective closes its noun phrase; token b, right after it, starts the next one when
 * it is a place (زار رئيس الوزراء العراقي بغداد: the visitor, then the place visited), a
 * definite institution or group (طالب البرلمان العراقي الحكومة: two parties), or an
 * indefinite noun that is no name in apposition (هاجم الجيش اللبناني مواقع …, but الرئيس
 * الأمريكي دونالد ترامب).
 */
function startsAfterNisba(c: Ctx, b: number, h: ActorHit | null): boolean {
  const w = c.norm[b]!;
  if (h) {
    if (h.info.kind === 'country' || h.info.kind === 'capital') return !/^و/.test(w);
    return (h.info.kind === 'sector' || h.info.kind === 'group') && /^ال/.test(w);
  }
  // (a conjunct — والمجلس، وتركيا — continues the phrase as a compound)
  return !/^ال/.test(w) && !/^و/.test(w) && /^ال/.test(c.norm[b - 1]!) && !entityIn(c, b, b + 1, (e) => e.type === 'PER');
}

function npEnd(c: Ctx, a: number, limit = 5): number {
  // a country or a capital standing for its state is a whole phrase by itself: the noun after
  // it is the next argument (أدانت طهران الوجود العسكري), save the nisba of a long name
  // (الولايات المتحدة الأمريكية) and a conjoined name
  const head = actorAt(c, a);
  if (head && head.a === a && (head.info.kind === 'capital' || head.info.kind === 'country') && !STOP_NP.has(c.norm[a]!)) {
    let e = head.b;
    while (e < c.n && e - a < limit && c.doc.tokenSentence[e] === c.doc.tokenSentence[a] && actorAt(c, e)?.info.kind === 'nisba' && actorAt(c, e)!.info.country === head.info.country) e = actorAt(c, e)!.b;
    // a conjoined name (مصر والأردن) is left to the rules below, which keep compounds whole
    if (!(e < c.n && c.doc.tokenSentence[e] === c.doc.tokenSentence[a] && (/^و/.test(c.norm[e]!) || actorAt(c, e)?.info.kind === 'country' || actorAt(c, e)?.info.kind === 'capital'))) return e;
  }
  // a named organisation, group or person ends its phrase: a definite noun after it is the next
  // argument (رفضت جماعة الحوثي المبادرة الأممية)
  const ex = c.entAt[a]! >= 0 ? c.doc.entities[c.entAt[a]!]! : null;
  // A generic body (الوزارة، القوات) keeps an adjective after it (القوات الحكومية، القوات المتمردة):
  // a nisba or a participle; another definite noun (الدول) is the next argument.
  if (ex && ex.canonical && ex.start === c.doc.tokens[a]!.start && (ex.type === 'ORG' || ex.type === 'PER')) {
    let [, ee] = tokenRangeOf(c.doc, ex.start, ex.end);
    const generic = ex.canonical.id.startsWith('sector:');
    const adj = (w: string) => /^ال(م|ت)|يه?$/.test(w) && /^ال/.test(w);
    while (generic && ee < c.n && ee - a < limit && c.doc.tokenSentence[ee] === c.doc.tokenSentence[a] && adj(c.norm[ee]!)) ee++;
    const nx = c.norm[ee] ?? '';
    // (an indefinite head is in construct with the noun after it: حكومة الوحدة الوطنية، قوات الأمن)
    const headDef = /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[ee - 1]!) || ex.type === 'PER';
    if (headDef && ee > a && ee < c.n && ee - a <= limit && c.doc.tokenSentence[ee] === c.doc.tokenSentence[a] && /^ال/.test(nx) && actorAt(c, ee)?.info.kind !== 'nisba' && !(generic && adj(nx))) return ee;
    // a person's name or a named body ends before any word but a nisba or a conjunct (يزور أوباما
    // موقع التفجير، دعا الاتحاد الأوروبي جميع الأطراف)
    if ((ex.type === 'PER' || (!generic && headDef)) && ee > a && ee < c.n && ee - a <= limit && c.doc.tokenSentence[ee] === c.doc.tokenSentence[a] && isWord(c, ee) && !/^و/.test(nx) && actorAt(c, ee)?.info.kind !== 'nisba') return ee;
  }
  let b = a, titleBody = -1;
  while (b < c.n && b - a < limit && c.doc.tokenSentence[b] === c.doc.tokenSentence[a]) {
    const w = c.norm[b]!;
    if (!isWord(c, b) && c.doc.kinds[b] !== 'number') break;
    // a preposition ends the phrase (بالعراق، للجيش), as the segmenter reads it: لجنة and بعثة are nouns
    const seg = c.doc.tokens[b]!.segments;
    if (b > a && w.length >= 3 && seg.length > 1 && (seg[0] === 'ب' || seg[0] === 'ل') && !actorAt(c, b) && !titleOf(c, b)) break;
    if (b > a) {
      const h = actorAt(c, b);
      if (h && (h.info.kind === 'country' || h.info.kind === 'capital' || h.info.kind === 'group') && !/^و/.test(w)) {
        // a second country named in the phrase starts the next argument (… مصر السعودية); a
        // sector noun without its own country takes this one (رئيس وزراء باكستان)
        let named: string | null = null;
        for (let k = a; k < b; k++) { const x = actorAt(c, k); if (x && x.info.country && (x.info.kind === 'country' || x.info.kind === 'capital' || x.info.kind === 'nisba' || x.info.kind === 'group')) { named = x.info.country; break; } }
        if (named && named !== h.info.country) break;
      }
      if (actorAt(c, b - 1)?.info.kind === 'nisba' && startsAfterNisba(c, b, h)) break;
      // (after a country or a capital, an indefinite noun is the next argument: وباكستان مذكرة تفاهم)
      const pk = actorAt(c, b - 1)?.info.kind;
      if ((pk === 'country' || pk === 'capital') && actorAt(c, b - 1)!.b === b && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^و/.test(w) && h?.info.kind !== 'nisba') break;
    }
    if (b > a && (STOP_NP.has(w) || /^(ب|ل)ال/.test(w) || (w.startsWith('لل') && !titleOf(c, b)) || (/^و/.test(w) && isVerbLike(c, b)))) break;
    // after a title's body the phrase goes on only with that body's name or a person's (الأمين
    // العام للأمم المتحدة أنطونيو غوتيريش | الهجوم)
    if (b > a + 1 && titleBody >= 0 && c.entAt[b] !== c.entAt[titleBody] && !entityIn(c, b, b + 1, (e) => e.type === 'PER')) break;
    if (titleOf(c, b)) titleBody = b;
    // a definite head alone ends before an indefinite noun (اتهم الجيش | قوات الدعم السريع), save a
    // name in apposition (الرئيس عبد الفتاح السيسي) or a nisba
    if (b - a === 1 && /^(و|ف)?ال/.test(c.norm[a]!) && actorAt(c, a) && isWord(c, b) && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^و/.test(w) && actorAt(c, b)?.info.kind !== 'nisba' && !entityIn(c, b, b + 1, (e) => e.type === 'PER') && !c.quantities.some((q) => q.a === b)) break;
    // a definite noun with its definite adjectives ends before an indefinite noun (ونشرت السلطات
    // العسكرية | قوات كبيرة), save a name in apposition or a count
    if (b - a >= 2 && /^(و|ف)?ال/.test(c.norm[a]!) && actorAt(c, a) && isWord(c, b) && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^و/.test(w) && c.norm.slice(a + 1, b).every((x) => /^و?ال.*(ي|يه|يون|يين|ين|ات)$/.test(x)) && actorAt(c, b)?.info.kind !== 'nisba' && !entityIn(c, b, b + 1, (e) => e.type === 'PER') && !c.quantities.some((q) => q.a === b)) break;
    // a plural or dual that keeps its ن is no construct head: a definite noun after it is the next
    // argument (اختطف مسلحون مجهولون | الناشط الحقوقي)
    if (b > a && /^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^(و|ف)?ال/.test(c.norm[b - 1]!) && /^(م.{3,}|.{3,}ي)(ون|ان)$/.test(c.norm[b - 1]!) && !entityIn(c, b - 1, b + 1) && actorAt(c, b)?.info.kind !== 'nisba') break;
    // a construct ends with its definite genitive: an indefinite noun after it is the next
    // argument (جرافات الاحتلال | منزلين)
    if (b - a >= 2 && /^و?ال/.test(c.norm[b - 1]!) && (!/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[b - 2]!) || /^و/.test(c.norm[b - 1]!)) && isWord(c, b) && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^و/.test(w) && actorAt(c, b)?.info.kind !== 'nisba' && !entityIn(c, b, b + 1, (e) => e.type === 'PER')) break;
    // a conjoined event noun starts its own phrase (أربعة أشخاص | وإصابة عشرة)
    if (b > a && /^و/.test(w) && nounCores(w.slice(1)).some((x) => lexicons().nouns.has(x)) && !actorAt(c, b)) break;
    // a finite verb ends the phrase (قصف مدفعي | استهدف بلدة): an indefinite word read as a
    // lexicon verb and not as an event noun or an actor
    if (b > a && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && isVerbLike(c, b) && !nc(c, b).some((x) => lexicons().nouns.has(x)) && !actorAt(c, b) && !entityIn(c, b, b + 1)) break;
    if (b === a && STOP_NP.has(w)) break;
    if (b > a && c.dates.some((d) => d.a === b)) break;
    b++;
  }
  // a person's name is not cut by the length limit (الملك سلمان بن عبدالعزيز)
  if (b - a >= limit && b < c.n) {
    const x = c.entAt[b - 1]!;
    const e = x >= 0 ? c.doc.entities[x]! : null;
    if (e && e.type === 'PER' && e.end > c.doc.tokens[b - 1]!.end) b = tokenRangeOf(c.doc, e.start, e.end)[1];
  }
  return b;
}
/**
 * Whether a date value (2021, 2021-09, 2021-09-05, 2021-W37) lies wholly after a day: a year,
 * month or week that holds the day is not after it.
 */
export function afterDay(value: string, day: string): boolean {
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w) {
    // the Monday of ISO week w: week 1 holds 4 January
    const jan4 = Date.UTC(Number(w[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(w[2]) - 1) * 7 * 86400000;
    return new Date(monday).toISOString().slice(0, 10) > day;
  }
  return value > day && !day.startsWith(value) && !value.startsWith(day);
}
/** The first token of sentence s. */
function sentenceStart(c: Ctx, s: number): number {
  const sent = c.doc.sentences[s]!;
  return tokenRangeOf(c.doc, sent.start, sent.end)[0];
}
/** A token as written, without its short vowels (to tell دعمه from دعمة, which normalise alike). */
function bareSurface(c: Ctx, i: number): string {
  return c.doc.text.slice(c.doc.tokens[i]!.start, c.doc.tokens[i]!.end).replace(/[\u064B-\u0652]/g, '');
}
/** A past verb written passive: damma on its first letter (قُتل، اُعتقل، أُصيب). */
function passiveForm(surface: string): boolean {
  let k = 0;
  if ((surface[0] === 'و' || surface[0] === 'ف') && surface.length > 3 && surface[1] !== '\u064F') k = 1;
  return surface[k + 1] === '\u064F';
}
/**
 * A و-joined past verb with the feminine ending whose next phrase is headed by a masculine
 * definite noun (no ة, not a country or a capital, not a plural in ات): the verb shares the subject
 * of the earlier event of the sentence and the phrase is its object.
 */
function coordinatedObject(c: Ctx, i: number, np1: readonly [number, number], sentEvents: Event[], type = ''): boolean {
  const v = c.norm[i]!;
  if (!/^و/.test(v) || !/ت$/.test(v) || !sentEvents.some((e) => e.actor.length)) return false;
  const head = c.norm[np1[0]]!;
  const h = actorAt(c, np1[0]);
  if (h && (h.info.kind === 'country' || h.info.kind === 'capital')) return false;
  // a call joined to an earlier act, with what is asked after the phrase (ودعت مجلس الأمن الدولي
  // إلى تصنيف …): the phrase is the one called on
  if (type === 'REQUEST' && /^(الي|علي|لل|ب)/.test(c.norm[np1[1]] ?? '') && !entityIn(c, np1[0], np1[0] + 1, (e) => e.type === 'PER')) return true;
  return /^ال/.test(head) && !/(ه|ات)$/.test(head) && !entityIn(c, np1[0], np1[0] + 1, (e) => e.type === 'PER' || e.type === 'GPE');
}
/** Whether a token carries a joined preposition ب/ل/ك, as the segmenter reads it (بالرئيس، لجهود). */
function prepOn(c: Ctx, k: number): boolean {
  const seg = c.doc.tokens[k]!.segments;
  let j = 0;
  if (seg.length > 1 && (seg[0] === 'و' || seg[0] === 'ف')) j = 1;
  if (!(seg.length > j + 1 && (seg[j] === 'ب' || seg[j] === 'ل' || seg[j] === 'ك'))) return false;
  // a preposition with only a pronoun (لي، به) takes no genitive: before a definite noun the word is
  // a noun in construct (ولي العهد)
  return !(seg.length === j + 2 && /^(ي|ه|ها|هم|نا|ك|كم)$/.test(seg[j + 1]!) && /^ال/.test(c.norm[k + 1] ?? ''));
}
/** npEnd, but a counted phrase is one argument (أكثر من 40 متظاهرا، نحو ثلاثين شخصا). */
function argEnd(c: Ctx, a: number): number {
  const e = npEnd(c, a);
  const q = c.quantities.find((x) => x.a === a);
  if (!q || q.b <= e || c.doc.tokenSentence[q.b - 1] !== c.doc.tokenSentence[a]) return e;
  // with the counted noun after a bare number (نحو ثلاثة آلاف معلم)
  return q.b < c.n && c.counted[q.b] ? q.b + 1 : q.b;
}
function isVerbLike(c: Ctx, i: number): boolean {
  if (c.counted[i] || NOT_VERB.has(c.norm[i]!) || NOT_VERB.has(stripConj(c.norm[i]!))) return false;
  const { verbs } = lexicons();
  return vc(c, i).cores.some((x) => verbs.has(x) || SPEECH.has(x));
}

function makeArg(c: Ctx, a: number, b: number): Argument {
  const doc = c.doc;
  // a preposition written apart at the end (أشاد الصفدي بـ"الدور") belongs to what follows
  while (b - 1 > a && /^[بلك]$/.test(c.norm[b - 1]!)) b--;
  // spans are mentions without their proclitics, as the segmenter reads them: a conjunct's و and
  // a preposition's ب/ل/ك are left out (روسيا وتركيا → تركيا، لجهود الحكومة → جهود الحكومة);
  // ل before the article (للحكومة) stays, as in the entity layer, since the article's alif is gone
  let start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  const tok = doc.tokens[a]!, segs = tok.segments;
  if (segs.length > 1 && segs.join('') === doc.text.slice(tok.start, tok.end)) {
    let k = 0;
    // (the rest must be a word of three letters or more: ولي is no و + لي)
    while (k < segs.length - 1 && segs[k]!.length === 1 && 'وفبلك'.includes(segs[k]!) && !(segs[k] === 'ل' && segs[k + 1]!.startsWith('ل')) && segs.slice(k + 1).join('').length >= 3) { start += 1; k++; }
  }
  const ent = entityIn(c, a, b, (e) => e.canonical !== null);
  let canonical: Canonical | null = ent?.canonical ?? null;
  // a named group's own code wins over a generic institution reading of its words (قوات الدعم السريع
  // is REB, not the army's MIL)
  if (canonical) {
    const g = codeRange(c, a, b);
    if (g && g.kind === 'group' && g.sector && (!g.country || g.country === canonical.country) && g.sector !== canonical.sector) canonical = { ...canonical, sector: g.sector };
  }
  if (canonical && !canonical.sector) {
    const code = codeRange(c, a, b);
    if (code?.sector && (!code.country || code.country === canonical.country)) canonical = { ...canonical, sector: code.sector };
  }
  if (!canonical || !canonical.country) {
    const code = codeRange(c, a, b);
    if (code) {
      const { countryName } = lexicons();
      const id = [code.country, code.sector].filter(Boolean).join('-') || code.name;
      canonical = {
        id, name: code.kind === 'group' ? code.name : [code.country ? countryName.get(code.country) : null, code.name].filter(Boolean).join(' '),
        nameAr: doc.text.slice(start, end), kind: code.kind === 'group' ? 'group' : 'actor', country: code.country, sector: code.sector,
      };
    }
  }
  const ment = ent ?? entityIn(c, a, b);
  return { start, end, text: doc.text.slice(start, end), entity: ment?.id ?? null, canonical };
}

/**
 * An argument with no country, followed by في and a place whose country is known: the place's
 * country. Only a body or people, or a phrase the lexicon cannot code (a person is no body).
 */
function withCountryOfPlaceAfter(c: Ctx, arg: Argument, sb: number, why: string[]): Argument {
  if (arg.canonical?.country) return arg;
  const doc = c.doc;
  const [a, b] = tokenRangeOf(doc, arg.start, arg.end);
  if (b + 1 >= sb || c.norm[b] !== 'في') return arg;
  const ent = entityIn(c, a, b);
  if (ent && (ent.type === 'PER' || ent.type === 'GPE' || ent.type === 'LOC' || ent.type === 'FAC')) return arg;
  // (a phrase the lexicon cannot code is a body only when it names one: الحركة الإسلامية، أوساط سياسية)
  if (!arg.canonical && !(ent?.type === 'ORG') && !nc(c, a).some((x) => BODY_NOUN.has(x))) return arg;
  const ex = c.entAt[b + 1]!;
  const place = ex >= 0 ? doc.entities[ex]! : undefined;
  if (!place || place.start !== doc.tokens[b + 1]!.start || (place.type !== 'GPE' && place.type !== 'LOC')) return arg;
  const country = place.canonical?.country;
  if (!country) return arg;
  const base = arg.canonical ?? { id: '', name: '', nameAr: arg.text, kind: 'actor', sector: null };
  const sector = base.sector ?? null;
  why.push(`${arg.text}: country ${country} from ${place.text} after it`);
  return { ...arg, canonical: { ...base, id: [country, sector].filter(Boolean).join('-'), name: base.kind === 'group' ? base.name : [lexicons().countryName.get(country), base.name].filter(Boolean).join(' '), country } };
}

/** Splits "X و Y" into two arguments when both halves name actors. */
function argsOf(c: Ctx, a: number, b: number): Argument[] {
  for (let k = a + 1; k < b; k++) {
    const w = c.norm[k]!;
    if (w[0] === 'و' && w.length > 2 && !lexicons().actors.has(nounKey(w)) && nounCores(w.slice(1)).some((x) => lexicons().actors.has(x)) && codeRange(c, a, k)) return [makeArg(c, a, k), ...argsOf(c, k, Math.min(b, Math.max(k + 1, npEnd(c, k))))];
    // a conjoined named body (الحكومة اليمنية والمجلس الانتقالي الجنوبي): the و is a proclitic of
    // an entity's first word, so the entity starts one character in
    if (w[0] === 'و' && w.length > 2 && k > a && (codeRange(c, a, k) || entityIn(c, a, k, (e) => e.canonical !== null))) {
      const e = entityIn(c, k, k + 1, (x) => x.canonical !== null && !x.canonical.id.startsWith('sector:') && (x.type === 'ORG' || x.type === 'GPE' || x.type === 'PER'));
      if (e && e.start <= c.doc.tokens[k]!.start + 1) return [makeArg(c, a, k), ...argsOf(c, k, Math.min(b, Math.max(k + 1, npEnd(c, k))))];
    }
  }
  return [makeArg(c, a, b)];
}

/**
 * Victims counted as members of a named group (12 مسلحاً من تنظيم داعش): the recipient is the
 * group. `b` is the end of the counted phrase; the group must be a named organisation.
 */
/** من + a coded people or body after a count (عشرات الآلاف من السودانيين): that people or body. */
function codedBodyAfter(c: Ctx, e: number, sb: number): Argument[] | null {
  if (c.norm[e] !== 'من' || e + 1 >= sb) return null;
  const ge = npEnd(c, e + 1);
  return ge > e + 1 && codeRange(c, e + 1, ge) ? argsOf(c, e + 1, ge) : null;
}
function groupOf(c: Ctx, b: number, sb: number): Argument[] | null {
  if (b + 1 >= sb || c.norm[b] !== 'من') return null;
  const e = npEnd(c, b + 1);
  if (e <= b + 1) return null;
  const ent = entityIn(c, b + 1, e, (x) => x.type === 'ORG' && x.start === c.doc.tokens[b + 1]!.start);
  if (!ent) {
    // members counted out of a force or a body (ثلاثة من جنودها، خمسة من عناصر الشرطة): the
    // force is the recipient
    const h = actorAt(c, b + 1);
    return h && h.a === b + 1 && (h.info.kind === 'sector' || h.info.kind === 'group') ? argsOf(c, b + 1, e) : null;
  }
  const [, end] = tokenRangeOf(c.doc, ent.start, ent.end);
  return end > b + 1 ? argsOf(c, b + 1, end) : null;
}

function code(arg: Argument | undefined): string {
  if (!arg?.canonical) return '';
  return [arg.canonical.country, arg.canonical.sector].filter(Boolean).join(' ') || arg.canonical.name;
}

// ---------------------------------------------------------------- attribution
interface Speech { at: number; a: number; b: number; scopeFrom: number; kind: string; text: string; start: number; end: number; entity: string | null; denial: boolean }

function sourceKind(c: Ctx, a: number, b: number): string {
  const w: string[][] = []; for (let k = a; k < b; k++) w.push(nc(c, k));
  const has = (s: string) => w.some((cs) => cs.includes(s));
  if (has('مصادر') || has('مصدر') || has('مسؤول')) return 'anonymous';
  if (has('وكال') || has('صحيف') || has('قنا') || has('تلفزيون')) return 'media';
  const cr = codeRange(c, a, b);
  if (cr && (cr.sector === 'GOV' || cr.sector === 'MIL' || cr.sector === 'COP' || cr.sector === 'LEG' || cr.kind === 'capital' || cr.kind === 'country')) return 'official';
  return 'other';
}

/**
 * The end of a speaker's noun phrase: an indefinite event noun right after a definite word
 * cannot belong to it (أعلن الجيش العراقي مقتل …: the speaker ends before مقتل).
 */
function speakerEnd(c: Ctx, j: number, e: number, nounTrig: ReadonlySet<number>): number {
  for (let k = j + 1; k < e; k++) {
    if (nounTrig.has(k) && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[k]!) && /^(و|ف)?ال/.test(c.norm[k - 1]!)) return k;
  }
  return e;
}

function speechesOf(c: Ctx, a: number, b: number, prev: Speech | null, nounTrig: ReadonlySet<number>): Speech[] {
  const out: Speech[] = [];
  for (let i = a; i < b; i++) {
    const w = stripConj(c.norm[i]!);
    let isSpeech = false, denial = false;
    if (c.doc.kinds[i] === 'word' && !DEFINITE.test(c.norm[i]!)) for (const core of vc(c, i).cores) if (SPEECH.has(core)) { isSpeech = true; denial = core === 'نفي'; break; }
    // a participle of denial (…، نافيا أن تكون الأجهزة اعتقلت أحدا) denies with the sentence's speaker
    if (/^(و)?نافي(ا|ه|ين)?$/.test(c.norm[i]!)) { isSpeech = true; denial = true; }
    if (isSpeech && !/^(ب|ل)?ال/.test(c.norm[i]!)) {
      let j = i + 1;
      while (j < b && (isPunct(c, j) || c.dates.some((d) => d.a === j))) { const d = c.dates.find((x) => x.a === j); j = d ? d.b : j + 1; }
      const e = j < b && !COMP.has(c.norm[j]!) ? speakerEnd(c, j, npEnd(c, j, 4), nounTrig) : j;
      if (e > j && (codeRange(c, j, e) || hasAny(c, S('مصادر مصدر مسؤول وكاله صحيفه المتحدث متحدث'), j, e, c.doc.tokenSentence[i]!))) {
        out.push(mk(c, i, j, e, denial));
      } else if (e > j && !c.doc.kinds[j]?.startsWith('num') && isWord(c, j)) {
        out.push(mk(c, i, j, e, denial));
      } else if ((out.length || prev) && (COMP.has(c.norm[j] ?? '') || j >= b)) {
        // a speech verb without its subject: this sentence's speaker before it, else the last
        // sentence's (أعلنت القيادة … اعتقال 23 شخصا قالت إنهم …)
        out.push({ ...(out.length ? out[out.length - 1]! : prev!), at: i, scopeFrom: i + 1, denial });
      }
      i = Math.max(i, e - 1);
    } else if (ACCORDING.has(w) || (w === 'نقلا')) {
      let j = i + 1;
      if (c.norm[j] === 'عن' || c.norm[j] === 'ل') j++;
      // بحسب ما أفادت لجنة …، وفقا لما ذكره مصدر …: the speaker follows the verb
      if ((c.norm[j] === 'ما' || c.norm[j] === 'لما') && vc(c, j + 1).cores.some((x) => SPEECH.has(x))) j += 2;
      const nw = c.norm[j] ?? '';
      const j0 = j;
      const e = npEnd(c, j0, 4);
      if (e > j0) out.push({ ...mk(c, i, j0, e, false), scopeFrom: a });
      void nw;
    }
  }
  return out;
}
function mk(c: Ctx, at: number, a: number, b: number, denial: boolean): Speech {
  const doc = c.doc, start = doc.tokens[a]!.start, end = doc.tokens[b - 1]!.end;
  const ent = entityIn(c, a, b);
  return { at, a, b, scopeFrom: b, kind: sourceKind(c, a, b), text: doc.text.slice(start, end), start, end, entity: ent?.id ?? null, denial };
}

// ---------------------------------------------------------------- magnitude
function magKind(type: string, unit: string | null | undefined, injured: boolean, trig: string): MagnitudeKind | null {
  if (unit === 'dead') return 'dead';
  if (unit === 'injured') return 'injured';
  if (unit === 'arrested') return 'arrested';
  if (type === 'ASSAULT') {
    if (trig === 'خطف' || trig === 'اختطف' || trig === 'اختطاف') return 'people';
    if (unit === 'soldier' || unit === 'fighter' || unit === 'person' || unit === 'civilian' || unit === 'child' || unit === 'woman' || unit === 'protester' || unit == null) return injured ? 'injured' : 'dead';
    return null;
  }
  if (type === 'COERCE') return unit == null || ['person', 'protester', 'civilian', 'fighter', 'soldier', 'prisoner', 'child', 'woman', 'migrant'].includes(unit) ? 'arrested' : null;
  if (type === 'MOBILIZE' || type === 'RETREAT') return unit === 'soldier' || unit === 'fighter' ? 'troops' : (type === 'RETREAT' && (unit === 'prisoner' || unit === 'hostage' || unit === 'person')) ? 'people' : null;
  if (type === 'PROTEST') return unit == null || ['person', 'protester', 'civilian', 'woman', 'child'].includes(unit) ? 'people' : null;
  return null;
}

// ---------------------------------------------------------------- main
let counter = 0;
void counter;

/** Codes the document's events; reads doc.entities and doc.values. */
export function extractEvents(doc: Doc): Event[] {
  const n = doc.tokens.length;
  if (!n) return [];
  const norm = doc.tokens.map((t) => t.norm);
  const c: Ctx = { doc, n, norm, docCountry: null, quantities: [], dates: [], nc: new Array(n), vc: new Array(n), ac: new Array(n), entAt: new Int32Array(n).fill(-1), counted: new Uint8Array(n), lastOfType: new Map() };
  doc.entities.forEach((e, x) => { const [a, b] = tokenRangeOf(doc, e.start, e.end); for (let k = a; k < b && k < n; k++) if (c.entAt[k] === -1) c.entAt[k] = x; });
  // quantities and dates by sentence: every later use is sentence-local
  type QV = { v: Value; a: number; b: number };
  const qBySent = new Map<number, QV[]>(), dBySent = new Map<number, QV[]>();
  const covered = new Uint8Array(n);
  const put = (m: Map<number, QV[]>, x: QV) => { const s = doc.tokenSentence[x.a]!; const l = m.get(s); if (l) l.push(x); else m.set(s, [x]); };
  for (const v of doc.values) {
    const [a, b] = tokenRangeOf(doc, v.start, v.end);
    if (a >= n) continue;
    for (let k = a; k < b && k < n; k++) { covered[k] = 1; if (v.kind === 'quantity') c.counted[k] = 1; }
    // the word right after a bare number is its counted noun (500 طالب), not a verb (طالب)
    // (and its feminine pair, 2620 طالبا وطالبة); a plural verb after a toll is a verb (11 شخصا
    // قتلوا و32 أصيبوا)
    if (v.kind === 'number' && b < n && doc.kinds[b] === 'word' && !/^(و|ف)?ال/.test(norm[b]!) && !/^(و|ف)/.test(norm[b]!) && !/وا$/.test(norm[b]!) && norm[b] !== 'من' && !STOP_NP.has(norm[b]!) && !PREP_BEFORE.has(norm[b]!) && doc.tokenSentence[b] === doc.tokenSentence[a]) {
      c.counted[b] = 1;
      if (b + 1 < n && norm[b + 1]!.startsWith('و') && norm[b + 1]!.slice(1, 4) === norm[b]!.slice(0, 3)) c.counted[b + 1] = 1;
    }
    if (v.kind === 'quantity' || v.kind === 'number' || v.kind === 'money') put(qBySent, { v, a, b });
    else if (v.kind === 'date') put(dBySent, { v, a, b });
  }
  // Fallback magnitudes from bare digits when the values layer gave nothing there.
  for (let i = 0; i < n; i++) {
    if (doc.kinds[i] === 'number' && !covered[i]) {
      const val = Number(norm[i]);
      if (Number.isFinite(val)) put(qBySent, { v: { kind: 'number', start: doc.tokens[i]!.start, end: doc.tokens[i]!.end, text: doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end), value: val }, a: i, b: i + 1 });
    }
  }
  c.docCountry = documentCountry(c);

  const hits = findTriggers(c);
  const events: Event[] = [];
  let prevSpeech: Speech | null = null;
  let prevActor: Argument[] = [];
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) { const s = doc.tokenSentence[h.i]!; (bySentence.get(s) ?? bySentence.set(s, []).get(s)!).push(h); }

  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s]!;
    const [sa, sb] = tokenRangeOf(doc, sent.start, sent.end);
    c.quantities = qBySent.get(s) ?? [];
    c.dates = dBySent.get(s) ?? [];
    const speeches = speechesOf(c, sa, sb, prevSpeech, new Set((bySentence.get(s) ?? []).filter((h) => h.nominal).map((h) => h.i)));
    // a trigger inside a name is part of the name (منظمة التعاون الإسلامي، نادي التعاون); a verb the
    // tagger swept into a person's name with a verb's prefix (سلمان سيزور) is still a verb
    const inName = (h: Hit): boolean => { if (h.i > 0 && /^(و|ف)?(ب|ل)?(نادي|منتخب)$/.test(norm[h.i - 1]!) && /^ال/.test(norm[h.i]!)) return true;
      // the subject of an agreement (اتفاقية التعاون الأمني، مذكرة تفاهم للتعاون الاقتصادي) is its name
      if (h.nominal && h.trig.type !== 'AGREE' && h.i > 0 && (AGREE_W.has(stripConj(norm[h.i - 1]!).replace(/^(ب|ل)/, '')) || /^(و)?تفاهم$/.test(norm[h.i - 1]!)) && /^(ل|لل|ال)/.test(norm[h.i]!)) return true; const x = c.entAt[h.i]!; if (x < 0) return false; const e = doc.entities[x]!; return e.start < doc.tokens[h.i]!.start && (e.type === 'ORG' || e.type === 'FAC' || e.type === 'MISC' || (e.type === 'PER' && (h.nominal || !h.future))); };
    const sh = (bySentence.get(s) ?? []).filter((h) => !inName(h) || (tracer?.(`${h.trig.type} ${norm[h.i]} is inside a name`), false)).map((h) => ({ h, t: gate(c, h) })).filter((x): x is { h: Hit; t: Trigger } => {
      if (x.t === null) tracer?.(`gate drops ${x.h.trig.type} ${norm[x.h.i]} (${x.h.trig.gate ?? 'no gate'})`);
      return x.t !== null;
    });
    const sentEvents: Event[] = [];
    for (let k = 0; k < sh.length; k++) {
      const { h, t } = sh[k]!;
      const i = h.i;
      // the content of a request, threat or refusal is not an event that happened
      // (so is the content of an accusation: اتهمه بقتل is an allegation, not a report)
      // the content of a charge (بتهمة دعم جماعات مسلحة، بتهم التحريض) is what someone is accused of
      if (/^(و)?(ب)?تهم(ه|ة)?$/.test(norm[i - 1] ?? '')) { tracer?.(`${t.type} ${norm[i]} is the content of a charge`); continue; }
      // (a denial keeps a physical act it denies, coded as denied: نفت الحكومة استخدام الرصاص)
      const keptByDenial = (x: { t: Trigger }) => x.t.words[0] === 'نفي' && PHYSICAL.has(t.type);
      // an agreement's content follows على or أن (اتفقا على وقف إطلاق النار); a call in which they
      // agreed (اتفق الرئيسان في اتصال هاتفي) is an event of its own
      const agreedOn = (x: { h: Hit }) => (hasAny(c, AGREED_ON, x.h.end, i, s) && norm[i - 1] !== 'في') || (h.nominal && /^(و)?ل/.test(norm[i]!) && i - x.h.end <= 4);
      const governor = sh.slice(0, k).reverse().find((x) => (SUPPRESSING.has(x.t.type) || (x.t.type === 'ACCUSE' && x.t.mode === 'allege')) && !keptByDenial(x) && (x.t.type !== 'AGREE' || agreedOn(x)) && i - x.h.end <= 6 && !clauseBreak(c, x.h.end, i));
      if (governor && governor.t.type !== t.type) { tracer?.(`${t.type} ${norm[i]} is the content of ${governor.t.type} ${norm[governor.h.i]}`); continue; }
      const ev = buildEvent(c, h, t, speeches, sa, sb, sentEvents, events, prevActor);
      if (ev) sentEvents.push(ev);
    }
    // dates: each event takes the nearest date of the sentence, a date in its own clause before
    // one across a comma or a clause word (أعلنت الوزارة، الثلاثاء، أنها ستخفض … بحلول آذار، بعد
    // مقتل … الشهر الماضي: آذار is the cut's, الشهر الماضي the deaths'); pairs are taken best
    // first, so each date goes to one event and each event gets one date
    const pairs: { d: (typeof c.dates)[number]; e: Event; score: number }[] = [];
    for (const d of c.dates) {
      if (doc.tokenSentence[d.a] !== s) continue;
      for (const e of sentEvents) {
        if (e.time) continue;
        const ti = tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0];
        const dist = Math.min(Math.abs(d.a - ti), Math.abs(d.b - 1 - ti));
        if (dist > 12) continue;
        // a future date after a call or a threat is the time of what is called for or threatened
        // (دعت النقابة إلى إضراب عام الأسبوع المقبل): the call itself is made now
        if ((e.type === 'REQUEST' || e.type === 'THREATEN') && e.status === 'asserted' && d.a > ti && typeof d.v.value === 'string' && doc.documentDate && afterDay(d.v.value, doc.documentDate)) continue;
        const across = d.a > ti ? clauseBreak(c, ti + 1, d.a) : clauseBreak(c, d.b, ti);
        pairs.push({ d, e, score: dist + (across ? 20 : 0) });
      }
    }
    pairs.sort((x, y) => x.score - y.score);
    const usedDates = new Set<number>();
    for (const { d, e: best, score } of pairs) {
      if (best.time || usedDates.has(d.a)) continue;
      usedDates.add(d.a);
      best.time = { start: d.v.start, end: d.v.end, text: d.v.text, value: typeof d.v.value === 'string' ? d.v.value : null };
      best.why += `; time ${d.v.text}${best.time.value ? ` = ${best.time.value}` : ''} (nearest date${score >= 20 ? ', across a clause' : ''})`;
      if (best.status === 'asserted' && best.time.value && doc.documentDate && afterDay(best.time.value, doc.documentDate)) {
        best.status = 'planned'; best.why += '; planned: date after the document date';
      }
    }
    // merge same-type events of one sentence that do not disagree on the actor
    for (const e of sentEvents) {
      let into: Event | undefined;
      // (not two times nor two troop counts: سحبت 3000 جندي … على أن تسحب 4000 آخرين)
      for (let k = events.length - 1; k >= 0 && events[k]!.sentence === s; k--) if (events[k]!.type === e.type && compatible(events[k]!, e) && sameOccasion(events[k]!, e)) { into = events[k]; break; }
      // a definite protest noun (المسيرة، المظاهرة) a few sentences after a protest is coded
      // refers back to it: the same event, told more
      if (!into && anaphoric.has(e)) {
        for (let k = events.length - 1; k >= 0 && events[k]!.sentence >= s - 3; k--) {
          const x = events[k]!;
          if (x.type === e.type && x.sentence < s && compatible(x, e) && FACT.has(x.status) && FACT.has(e.status) && !x.negated && !e.negated && (!e.time || e.time.value === x.time?.value)) { into = x; break; }
        }
      }
      if (into) mergeInto(into, e); else { events.push(e); c.lastOfType.set(e.type, e); }
    }
    // a claim of responsibility (وتبنت حركة الشباب الهجوم) names the attacker of the attack told
    // just before, when that attack has no named attacker
    claimAttack(c, sa, sb, s, events);
    if (speeches.length) prevSpeech = speeches[speeches.length - 1]!;
    const last = sentEvents.filter((e) => e.actor.length).pop();
    if (last) prevActor = last.actor;
  }
  // document-level duplicates
  const out: Event[] = [];
  const seen = new Map<string, Event>();
  for (const e of events) {
    const sig = key(e.actor) === '' ? null : [e.type, e.mode, key(e.actor), key(e.recipient), e.time?.value, e.status, e.negated].join('|');
    const dup = sig ? seen.get(sig) : undefined;
    if (dup) mergeInto(dup, e); else { out.push(e); if (sig) seen.set(sig, e); }
  }
  out.forEach((e, k) => { e.id = `e${k + 1}`; });
  return out;
}

function sameOccasion(a: Event, b: Event): boolean {
  if (a.time?.value && b.time?.value && a.time.value !== b.time.value) return false;
  // (two troop counts are two moves; the counts an attack's mentions pick up are one toll)
  return !a.magnitude.some((m) => m.kind === 'troops' && b.magnitude.some((x) => x.kind === 'troops' && x.value !== m.value));
}
function key(args: Argument[]): string { return args.map((a) => a.canonical?.id ?? a.text).sort().join('+'); }
function compatible(a: Event, b: Event): boolean {
  if (!a.actor.length || !b.actor.length) return true;
  return key(a.actor) === key(b.actor);
}
function mergeInto(into: Event, e: Event): void {
  if (!into.actor.length && e.actor.length) into.actor = e.actor;
  if (!into.recipient.length && e.recipient.length) into.recipient = e.recipient;
  for (const m of e.magnitude) if (!into.magnitude.some((x) => x.start === m.start || x.kind === m.kind)) into.magnitude.push(m);
  for (const l of e.location) if (into.location.length < 5 && !into.location.some((x) => x.start === l.start || x.text === l.text)) into.location.push(l);
  if (!into.time && e.time) into.time = e.time;
  if (!into.mode && e.mode) into.mode = e.mode;
  if (into.why.length < 600) into.why += `; merged with ${e.trigger.text}`;
}

/** clauseBreak, but commas that set off a date (شن الطيران، ليل الثلاثاء، سلسلة غارات) do not count. */
function clauseBreakBesideDates(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (isPunct(c, k) && c.norm[k] === ',' && (c.dates.some((d) => d.a === k + 1 || d.a === k + 2 || d.b === k || d.b === k - 1))) continue;
    if (isPunct(c, k) && c.norm[k] !== '"' && c.norm[k] !== '«') return true;
    if (CLAUSE.has(c.norm[k]!)) return true;
  }
  return false;
}
function clauseBreak(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (isPunct(c, k) && c.norm[k] !== '"' && c.norm[k] !== '«') return true;
    if (CLAUSE.has(c.norm[k]!)) return true;
  }
  return false;
}

function documentCountry(c: Ctx): string | null {
  // a dateline "بغداد -" names the country; else the most mentioned country
  const { actors } = lexicons();
  if (c.n > 1 && (c.norm[1] === '-' || c.norm[1] === '–' || c.norm[1] === ':' || c.norm[2] === '-')) {
    // a dateline place the entity layer linked (جدة -، الموصل -، مصراتة -), else a capital or
    // country of the lexicon by the word itself (مصراتة is no مصر + ات + ه)
    const x = c.entAt[0]!;
    const e = x >= 0 ? c.doc.entities[x]! : null;
    if (e && e.start === c.doc.tokens[0]!.start && e.type === 'GPE' && e.canonical?.country) return e.canonical.country;
    for (const a of actors.get(c.norm[0]!) ?? []) if (a.country && (a.kind === 'capital' || a.kind === 'country')) return a.country;
  }
  const count = new Map<string, number>();
  for (const e of c.doc.entities) {
    const k = e.canonical?.country;
    if (k && (e.type === 'GPE' || e.type === 'ORG')) count.set(k, (count.get(k) ?? 0) + 1);
  }
  for (let i = 0; i < c.n && count.size === 0; i++) {
    const h = actorAt(c, i);
    if (h?.info.country && h.info.kind !== 'group') count.set(h.info.country, (count.get(h.info.country) ?? 0) + 1);
  }
  let best: string | null = null, bn = 0;
  for (const [k, v] of count) if (v > bn) { best = k; bn = v; }
  return best;
}

function buildEvent(c: Ctx, h: Hit, t: Trigger, speeches: Speech[], sa: number, sb: number, sentEvents: Event[], all: Event[], prevActor: Argument[]): Event | null {
  const doc = c.doc, i = h.i, s = doc.tokenSentence[i]!;
  // a bare verb form right after a speaker, with no أن, is the verbal noun it announces (أعلنت
  // السعودية، الجمعة، طرد السفير: the expulsion, not "the ambassador expelled")
  if (!h.nominal && c.norm[i] === t.words[0] && speeches.some((sp) => sp.at < i && sp.b <= i && sp.b > sp.a && vc(c, sp.at).cores.some((x) => MASDAR_ANNOUNCE_V.has(x)) && onlyDatesBetween(c, sp.b, i))) h = { ...h, nominal: true };
  const why: string[] = [];
  const trigStart = doc.tokens[i]!.start, trigEnd = doc.tokens[(gapped(h) ? i + 1 : h.end) - 1]!.end;
  why.push(`trigger ${doc.text.slice(trigStart, trigEnd)} (${t.type}${t.mode ? '/' + t.mode : ''}, lexicon: ${t.lexicon} "${t.pattern}"${h.nominal ? ', nominal' : ''})`);
  let actor: Argument[] = [], recipient: Argument[] = [];
  /** The subject was found to suffer the act (a passive or a verb of undergoing). */
  let suffered = false;
  let clauseStart = sa;
  for (let k = i - 1; k >= sa; k--) { if (isPunct(c, k) || CLAUSE.has(c.norm[k]!) || COMP.has(c.norm[k]!)) { clauseStart = k + 1; break; } }
  // skip adverbials after the trigger: punctuation-enclosed dates, "في <date>"
  const skipAdv = (j: number): number => {
    for (;;) {
      const d = c.dates.find((x) => x.a === j || (x.a === j + 1 && (c.norm[j] === 'في' || c.norm[j] === 'يوم' || isPunct(c, j))));
      // a date set off by commas (استقبل السيسي، الاثنين، وزير …) is skipped with its closing comma
      if (d) { j = d.b; if (d.a > 0 && isPunct(c, d.a - 1) && c.norm[d.a - 1] === ',' && c.norm[j] === ',' && j + 1 < sb) j++; continue; }
      if (j < sb && isPunct(c, j) && c.norm[j] === ',' && timeAfterComma(c, j)) { j++; continue; }
      // an adjective of the trigger's own last noun (استخدمت الرصاص الحي، أطلقت الغاز المسيل)
      if (j === h.end && j < sb && h.end - 1 > i && /^ال/.test(c.norm[h.end - 1]!) && /^ال.*(ي|يه)$/.test(c.norm[j]!) && !actorAt(c, j)) { j++; continue; }
      if (j < sb && (c.norm[j] === 'امس' || c.norm[j] === 'اليوم' || MANNER.has(c.norm[j]!) || (t.type === 'PROTEST' && SENTENCE_ADV.has(c.norm[j]!)))) { j++; continue; }
      // a time of day before a date (فجر اليوم، مساء الجمعة)
      if (j + 1 < sb && TIME_OF_DAY.has(c.norm[j]!) && c.dates.some((x) => x.a === j + 1 || x.a === j)) { j++; continue; }
      // a pronoun object or complement before the subject (رحبت بها الأمم المتحدة، أكد له الوزير)
      if (j < sb && PRONOUN_PP.has(c.norm[j]!)) { j++; continue; }
      if (j + 1 < sb && c.norm[j] === 'في') { const p = actorAt(c, j + 1); if (p && (p.info.kind === 'capital' || p.info.kind === 'country')) { j = p.b; continue; } }
      // في + a place phrase ending in a named place (في قصر السلام بجدة): an adverbial
      if (j + 1 < sb && c.norm[j] === 'في') {
        let to = -1;
        for (let q = j + 1; q < Math.min(sb, j + 5); q++) { const x = c.entAt[q]!; if (x >= 0 && doc.entities[x]!.type === 'GPE') { to = tokenRangeOf(doc, doc.entities[x]!.start, doc.entities[x]!.end)[1]; break; } if (isPunct(c, q)) break; }
        if (to > j) { j = to; continue; }
      }
      if (j < sb && isPunct(c, j) && c.norm[j] === ',' && j > h.end) { return j; }
      return j;
    }
  };
  const gap = gapped(h);
  let j = skipAdv(gap ? i + 1 : h.end);
  if (j < sb && isPunct(c, j) && c.norm[j] === ',') j = skipAdv(j + 1);
  let np1End = j < sb ? argEnd(c, j) : j;
  if (gap && np1End > h.parts[0]!) np1End = h.parts[0]!;
  const np1 = np1End > j ? [j, np1End] as const : null;
  // a verb right after an indefinite event noun of its type (and its adjective) is a relative
  // clause about that event (قصف مدفعي استهدف بلدة): what follows is its target
  const relOfNoun = !h.nominal && sentEvents.length > 0 && (() => {
    // (the noun with its adjective or its weapon: قصف مدفعي استهدف، هجوم بطائرات مسيرة استهدف)
    for (let k = i - 1; k >= Math.max(sa, i - 3); k--) {
      if (!isWord(c, k) || /^(و|ف)?ال/.test(c.norm[k]!)) return false;
      const verbalNoun = k > 0 && PREP_BEFORE.has(c.norm[k - 1]!) && vc(c, k).cores.some((x) => lexicons().verbs.get(x)?.some((tr) => tr.type === t.type));
      if (verbalNoun || sentEvents.some((e) => e.type === t.type && tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] === k) || nc(c, k).some((x) => lexicons().nouns.get(x)?.some((tr) => tr.type === t.type))) return true;
    }
    return false;
  })();
  // (a protest has no patient: the counted people after its verb are the protesters, تجمع 300 متظاهر)
  const np1Patient = t.type !== 'PROTEST' && (relOfNoun || np1 && (c.quantities.some((q) => q.a === np1[0]) || HUMAN.has(c.norm[np1[0]]!) || doc.kinds[np1[0]] === 'number'));
  // a subject before the verb (SVO): nearest coded noun phrase in the clause
  let before: [number, number] | null = null;
  if (!h.nominal) {
    for (let k = i - 1; k >= clauseStart; k--) {
      // a coded phrase, or a named person or body right before the verb (الملك سلمان سيزور)
      // (a phrase with a preposition is no subject: هجوم بطائرات مسيرة استهدف)
      const cr = prepOn(c, k) ? null : actorAt(c, k) ?? (k === i - 1 && entityIn(c, k, k + 1, (e) => e.type === 'PER' || (e.type === 'ORG' && e.canonical !== null)) ? true : null);
      if (cr) { let a = k; while (a > clauseStart && isWord(c, a - 1) && !STOP_NP.has(c.norm[a - 1]!) && !(COMP_PREP.has(c.norm[a - 1]!) && c.entAt[a - 1]! < 0) && !isVerbLike(c, a - 1) && k - a < 3) a--; before = [a, c.counted[k] ? Math.max(npEnd(c, a), k + 1) : npEnd(c, a)]; if (before[1] > i) before[1] = i; break; }
    }
  }
  // مطالبة X بـ Y "asking X for Y": with a بـ complement the genitive is the one asked
  const askedGen = h.nominal && t.type === 'REQUEST' && np1 !== null && np1[0] === h.end && /^ب/.test(c.norm[np1[1]] ?? '') && (c.norm[np1[1]]?.length ?? 0) > 3;
  // a noun with a possessive pronoun (دعمه، إدانتها) has no genitive after it: its possessor is
  // the actor, the subject of the clause that carries it (مؤكدا دعمه: the one who affirms)
  const surf = bareSurface(c, i);
  const bare = c.norm[i]!.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '');
  const possessed = h.nominal && h.end === i + 1 && (/(ها|هم|هما)$/.test(surf) || (surf.endsWith('ه') && bare.slice(0, -1) === t.words[0]));
  const patientGen = h.nominal && (askedGen || PATIENT_NOUN.has(t.words[0]!) || nc(c, i).some((x) => PATIENT_NOUN.has(x)));
  if (h.nominal) {
    if (possessed) {
      const carrier = [...sentEvents].reverse().find((e) => e.actor.length && tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] < i);
      if (carrier) { actor = carrier.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the possessor (subject of ${carrier.trigger.text})`); }
    } else if (t.type === 'ASSAULT' && np1 && np1[0] === h.end && !tanween(c, i) && !prepOn(c, np1[0]) && !patientGen && !np1Patient && (concreteWord(c.norm[np1[0]]!) || nc(c, np1[0]).some((x) => TARGET_NOUN.has(x)))) {
      // the genitive of an attack noun is its target (بقصف مواقع لحركة حماس: the group's positions)
      const x = np1[1] < sb ? c.entAt[np1[1]]! : -1;
      const owner = x >= 0 && prepOn(c, np1[1]) && doc.entities[x]!.type === 'ORG' ? doc.entities[x]! : null;
      recipient = owner ? argsOf(c, ...tokenRangeOf(doc, owner.start, owner.end)) : argsOf(c, np1[0], np1[1]);
      why.push(`recipient = the target ${recipient.map((r) => r.text).join(' + ')}${owner ? ` (whose ${c.norm[np1[0]]})` : ''}`);
    } else if (np1 && np1[0] === h.end && nisbaAfterIndefinite(c, i, np1[0])) {
      // an agentive relative clause after the noun and its adjective names the agent (غارات
      // جوية نفذها الجيش السوري، مسيرة حاشدة نظمها الطلاب)
      const ag = relativeAgent(c, np1[0], sb);
      if (ag) { actor = argsOf(c, ag[1], ag[2]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the agent of the relative clause ${c.norm[ag[0]]}`); }
    } else if (t.gate === 'participle' && np1 && np1[0] === h.end && !prepOn(c, np1[0])) {
      // a participle of calling takes its subject from the clause it goes with, so the phrase
      // after it is the one called on (…، داعياً التجار إلى الرفق بالمواطنين)
      recipient = argsOf(c, np1[0], np1[1]);
      why.push(`recipient = object of the participle ${recipient.map((r) => r.text).join(' + ')}`);
    } else if (np1 && np1[0] === h.end && !prepOn(c, np1[0]) && (patientGen || np1Patient || codeRange(c, np1[0], np1[1])) && !(DEFINITE.test(c.norm[i]!) && !patientGen && DEFINITE.test(c.norm[np1[0]]!)) && !nisbaAfterIndefinite(c, i, np1[0])) {
      // (a definite noun takes no genitive: the definite words after الهجوم are its adjectives)
      if (patientGen || np1Patient) { recipient = groupOf(c, np1[1], sb) ?? argsOf(c, np1[0], np1[1]); why.push(`recipient = genitive ${recipient.map((r) => r.text).join(' + ')}${recipient[0]!.start > doc.tokens[np1[0]]!.start ? ` (the group of ${doc.text.slice(doc.tokens[np1[0]]!.start, doc.tokens[np1[1] - 1]!.end)})` : ''}`); }
      else { actor = argsOf(c, np1[0], np1[1]); why.push(`actor = genitive ${actor.map((r) => r.text).join(' + ')}`); }
    }
  } else if (before && !relOfNoun && (!np1 || np1Patient || !codeRange(c, np1[0], np1[1]) || (before[1] === i && !PREP_BEFORE.has(c.norm[before[0] - 1] ?? '')) || KANA.has(c.norm[before[0] - 1] ?? ''))) {
    // (after كان the phrase before the verb is its subject: وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة)
    actor = argsOf(c, before[0], before[1]);
    why.push(`actor = subject before the verb ${actor.map((r) => r.text).join(' + ')}`);
    // (forces or a count moved by MOBILIZE/RETREAT are what moves, not a recipient)
    const movedObj = np1 && (t.type === 'MOBILIZE' || t.type === 'RETREAT') && (np1Patient || hasAny(c, TROOP, np1[0], np1[1], s));
    // (a protest verb takes no object, and a weapon is no object: مطالبين الحكومة، برصاص الجيش)
    if (np1 && !movedObj && t.type !== 'PROTEST' && !INSTRUMENT.has(c.norm[np1[0]]!)) { recipient = argsOf(c, np1[0], np1[1]); why.push(`recipient = object ${recipient.map((r) => r.text).join(' + ')}`); }
  } else if (np1) {
    // a human subject followed by its object (ذبح عناصر التنظيم رهينة يابانيا): VSO, not agentless
    const k2 = skipAdv(np1[1]);
    const vsoHuman = np1Patient && !relOfNoun && !c.quantities.some((q) => q.a === np1[0]) && !UNDERGO_TRIG.has(t.words[0]!) && !passiveForm(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end))
      && k2 < sb && isWord(c, k2) && !STOP_NP.has(c.norm[k2]!) && !prepOn(c, k2) && !/^و/.test(c.norm[k2]!) && !isVerbLike(c, k2) && (concreteWord(c.norm[k2]!) || c.quantities.some((q) => q.a === k2));
    if (vsoHuman && (t.type === 'ASSAULT' || t.type === 'COERCE')) {
      actor = argsOf(c, np1[0], np1[1]);
      recipient = argsOf(c, k2, argEnd(c, k2));
      why.push(`actor = subject ${actor.map((r) => r.text).join(' + ')}; recipient = object ${recipient.map((r) => r.text).join(' + ')}`);
    } else if (np1Patient && (t.type === 'ASSAULT' || t.type === 'COERCE')) {
      recipient = groupOf(c, np1[1], sb) ?? argsOf(c, np1[0], np1[1]); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')} (agentless${recipient[0]!.start > doc.tokens[np1[0]]!.start ? ', the group of the people counted' : ''})`);
    } else if (np1Patient) {
      // a count after the verb is its object (ستسحب 2200 جندي): the actor comes from elsewhere
    } else if (PRONOUN_COMP.has(c.norm[clauseStart - 1] ?? '') && clauseStart === i) {
      // after أنها / أنه / أنهم the pronoun is the verb's subject, so the phrase after the verb is
      // its object (أعلنت الوزارة أنها ستخفض عدد جنودها): the actor is the pronoun's referent
      why.push(`subject = the pronoun of ${c.norm[clauseStart - 1]}`);
    } else if (/^نظير(ه|ها|يه|يها|هم|تها|ته)$/.test(stripConj(c.norm[np1[0]]!)) || (t.type === 'CONSULT' && /^خلال(ه|ها)$/.test(c.norm[h.end] ?? '')) || objectCasePlural(c, np1[0])) {
      // "his counterpart" is the one met, never the subject (التقى خلالها نظيره العراقي), and so
      // is the one met during a visit told before (في زيارة … يلتقي خلالها مسؤولين عراقيين): the
      // subject is the one the sentence is about, carried from its last event
      recipient = argsOf(c, np1[0], np1[1]);
      const prev = [...sentEvents].reverse().find((e) => e.actor.length);
      if (prev) actor = prev.actor;
      why.push(`recipient = the counterpart ${recipient.map((r) => r.text).join(' + ')}${actor.length ? `; actor = ${actor.map((r) => r.text).join(' + ')}, carried` : ''}`);
    } else if (prepOn(c, np1[0])) {
      // a phrase with a joined preposition is no subject (والتقى فيها بمسؤولي الصندوق)
    } else if (coordinatedObject(c, i, np1, sentEvents, t.type)) {
      // a verb joined by و to an earlier one keeps its subject; a phrase that cannot agree with
      // a feminine verb is its object (ورفضت الرئاسة …، وطالبت المجتمع الدولي بالتدخل)
      actor = [...sentEvents].reverse().find((e) => e.actor.length)!.actor;
      recipient = argsOf(c, np1[0], np1[1]);
      why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the verb it is joined to; recipient = object ${recipient.map((r) => r.text).join(' + ')}`);
    } else {
      actor = argsOf(c, np1[0], np1[1]); why.push(`actor = subject ${actor.map((r) => r.text).join(' + ')}${actor[0]?.canonical ? ` (${code(actor[0])})` : ''}`);
      let k = skipAdv(gap ? h.end : np1[1]);
      // a sentence passed on someone (قضت المحكمة بسجن ثلاثة متظاهرين): the sentenced
      if (t.type === 'SANCTION' && k + 1 < sb && SENTENCE_N.has(c.norm[k]!)) k++;
      // a comma closing adverbials between subject and object (… بجدة أمس، رئيس وزراء باكستان)
      if (k > np1[1] && k + 1 < sb && isPunct(c, k) && c.norm[k] === ',' && !CLAUSE.has(c.norm[k + 1]!) && !/^و/.test(c.norm[k + 1]!)) k = skipAdv(k + 1);
      const physical = t.type === 'ASSAULT' || t.type === 'COERCE';
      // forces sent or withdrawn are what moves, not a recipient (أرسلت حاملة طائرات وألفي جندي)
      const moved = (t.type === 'MOBILIZE' || t.type === 'RETREAT') && k < sb && (hasAny(c, TROOP, k, argEnd(c, k), s) || c.quantities.some((q) => q.a >= k && q.a < argEnd(c, k) && q.v.unit === 'soldier'));
      if (!moved && k < sb && !isPunct(c, k) && !STOP_NP.has(c.norm[k]!) && !INSTRUMENT.has(c.norm[k]!) && !/^(ب|ل)ال/.test(c.norm[k]!) && !isVerbLike(c, k) && (physical ? argEnd(c, k) > k : codeRange(c, k, argEnd(c, k)))) {
        recipient = argsOf(c, k, argEnd(c, k)); why.push(`recipient = object ${recipient.map((r) => r.text).join(' + ')}`);
      }
    }
  }
  // the subject of a verb of undergoing (أصيب، استشهد، لقي مصرعه) or of a verb written passive
  // (قُتل، اعتُقل) is the one who suffers the act, not its agent
  if (!h.nominal && actor.length && (UNDERGO_TRIG.has(t.words[0]!) || passiveForm(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)))) {
    if (!recipient.length) recipient = actor;
    actor = [];
    suffered = true;
    why.push(`the subject of ${c.norm[i]} suffers it: recipient ${recipient.map((r) => r.text).join(' + ')}`);
  }
  // the agent behind a weapon (برصاص قوات الأمن، بنيران الجيش، بغارة للتحالف) after an attack
  // — the subject of an unvocalised قتل before it is then the one killed (قتل شاب برصاص الجيش)
  if (t.type === 'ASSAULT' && !h.nominal) {
    const agentless = !actor.length || !actor.some((a) => AGENT_SECTOR.has(a.canonical?.sector ?? ''));
    for (let k = h.end; k < Math.min(sb, h.end + 8); k++) {
      if (isPunct(c, k) || CLAUSE.has(c.norm[k]!)) break;
      if (!INSTRUMENT.has(c.norm[k]!) || k + 1 >= sb) continue;
      const a = k + 1, e = npEnd(c, a);
      const cr = e > a ? codeRange(c, a, e) : null;
      if (agentless && cr && AGENT_SECTOR.has(cr.sector ?? '')) {
        if (actor.length && !recipient.length) recipient = actor;
        actor = argsOf(c, a, e);
        why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, whose weapon it was (${c.norm[k]}); recipient ${recipient.map((r) => r.text).join(' + ') || 'none'}`);
      } else if (!cr && k === h.end && before && actor.length && !recipient.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] < i) {
        // a subject before the verb and the weapon right after it (شرطيين قتلا برصاصة): the
        // verb is read passive, its subject the victim
        recipient = actor; actor = []; suffered = true;
        why.push(`the weapon right after ${c.norm[i]}: its subject ${recipient.map((r) => r.text).join(' + ')} is the victim`);
      }
      break;
    }
  }
  // the summoned ambassador's state (استدعت الخارجية السفير الإثيوبي → ETH)
  if (t.gate === 'envoy' && t.type === 'ACCUSE') {
    const k = h.end;
    const x = k < sb ? actorAt(c, k) : null;
    recipient = x && x.info.kind === 'nisba' && x.a === k ? argsOf(c, k, x.b) : [];
    why.push(recipient.length ? `recipient = ${recipient[0]!.text}, the ambassador's state` : 'no state named for the ambassador');
  }
  // a pattern with its object between its words (حمّلت الرياض الحكومة اللبنانية مسؤولية التصعيد):
  // the object follows the actor
  if (gap && actor.length && !recipient.length) {
    const ae = tokenRangeOf(doc, actor[actor.length - 1]!.start, actor[actor.length - 1]!.end)[1];
    if (ae < h.parts[0]! && codeRange(c, ae, h.parts[0]!)) { recipient = argsOf(c, ae, h.parts[0]!); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, between the pattern's words`); }
  }
  // a police act joined by و to an earlier one keeps that verb's subject (وفرقت قوات الأمن
  // المعتصمين، واعتقلت 15 منهم)
  if (!h.nominal && !actor.length && (t.type === 'COERCE' || t.type === 'ASSAULT') && /^و/.test(c.norm[i]!)) {
    const v = verbAt(c, REPRESS_V, sa, i, s);
    const e = v >= 0 ? npEnd(c, v + 1) : -1;
    const cr = v >= 0 && e > v + 1 && e <= i ? codeRange(c, v + 1, e) : null;
    // (an armed or state agent of an active verb: قُتل سبعة مدنيين، وأصيب … has no agent)
    if (cr && AGENT_SECTOR.has(cr.sector ?? '') && !passiveForm(doc.text.slice(doc.tokens[v]!.start, doc.tokens[v]!.end))) { actor = argsOf(c, v + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${c.norm[v]} it is joined to`); }
  }
  // a protest noun's agentive relative clause names its protesters, after the noun's adjectives
  // and adverbials (وقفة احتجاجية شارك فيها نحو 300 من أنصار الجبهة؛ مسيرة حاشدة جابت شوارع
  // الرباط، شارك فيها عشرات الآلاف من المغاربة)
  if (h.nominal && t.type === 'PROTEST' && !actor.length) {
    for (let k = h.end; k < Math.min(sb, h.end + 14); k++) {
      if (CLAUSE.has(c.norm[k]!) && !RELATIVE.has(c.norm[k]!)) break;
      if (verbAt(c, PROTEST_AGENT_V, k, k + 1, s) !== k) continue;
      const subj = RESUMPTIVE.has(c.norm[k + 1] ?? '') ? k + 2 : /(ها|ه)$/.test(c.norm[k]!) ? k + 1 : -1;
      if (subj < 0 || subj >= sb) break;
      const e = argEnd(c, subj);
      if (e <= subj) break;
      // (a count of a coded people or body: the body, نحو 300 من أنصار جبهة الخلاص، الآلاف من المغاربة)
      const group = groupOf(c, e, sb) ?? codedBodyAfter(c, e, sb);
      const arg = group ?? (codeRange(c, subj, e) || hasAny(c, CROWD, subj, e, s) || c.quantities.some((q) => q.a === subj) ? argsOf(c, subj, e) : null);
      if (arg) { actor = arg; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who ${c.norm[k]} ${c.norm[k + 1]}`); }
      break;
    }
  }
  // a protest noun's actor is the subject of the verb that reports it (دخل عمال النقل في إضراب،
  // نظم الطلاب مسيرة)
  if (h.nominal && t.type === 'PROTEST' && !actor.length) {
    const v = verbAt(c, PROTEST_ACTOR_V, Math.max(clauseStart, i - 6), i, s);
    // the subject before the verb (إن الجامعة العامة للنقل ستنفّذ إضراباً): the nearest coded phrase
    const svo = v >= 0 && (v + 1 === i || (v + 2 === i && ORGANISE_N.has(stripConj(c.norm[i - 1]!)))) ? subjectBefore(c, v, clauseStart) : null;
    if (svo) { actor = argsOf(c, svo[0], svo[1]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]}`); }
    else
    // شارك في المظاهرة نواب …: the subject comes after the protest noun
    if (v >= 0 && v + 1 < i && c.norm[v + 1] === 'في' && v + 2 === i && np1 && (codeRange(c, np1[0], np1[1]) || hasAny(c, CROWD, np1[0], np1[1], s))) { actor = argsOf(c, np1[0], np1[1]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]}`); }
    else if (v >= 0 && v + 1 < i) {
      const e = Math.min(npEnd(c, v + 1), i);
      if (e > v + 1 && !c.dates.some((d) => d.a === v + 1) && !(PREP_BEFORE.has(c.norm[v + 1]!))) { actor = argsOf(c, v + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]}`); }
    }
  }
  // an attack whose doer is named only by an adjective (غارة إسرائيلية، قصف مدفعي حوثي، طائرة
  // مسيرة أمريكية): that state or group
  if (t.type === 'ASSAULT' && !actor.length) {
    for (let k = h.end; k < Math.min(sb, h.end + 3); k++) {
      const x = actorAt(c, k);
      if (x && x.a === k && x.info.kind === 'nisba' && !DEFINITE.test(c.norm[k]!)) {
        actor = argsOf(c, k, x.b); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the attack's adjective`); break;
      }
      // (past the attack's other adjectives only: مدفعي، جوية، مسيرة)
      if (!isWord(c, k) || DEFINITE.test(c.norm[k]!) || isVerbLike(c, k) || !/(ي|يه|ه)$/.test(c.norm[k]!)) break;
    }
  }
  // fighting between two parties (المعارك بين الجيش السوداني وقوات الدعم السريع أسفرت عن مقتل …):
  // both are its actors
  if (t.type === 'ASSAULT' && !actor.length) {
    for (let k = Math.max(sa, i - 12); k < i; k++) {
      if (c.norm[k] !== 'بين' || !hasAny(c, CLASH, Math.max(sa, k - 2), k, s)) continue;
      const e = npEnd(c, k + 1, 8);
      const parts = e > k + 1 ? argsOf(c, k + 1, e) : [];
      if (parts.length >= 2 && parts.every((p) => p.canonical)) { actor = parts; why.push(`actors = the parties of the fighting: ${actor.map((r) => r.text).join(' + ')}`); }
      break;
    }
  }
  // a noun event carried by a support verb (أجرى الوزير محادثات، نفذت القوات غارة، جددت مصر
  // دعوتها، صوّت البرلمان على مطالبة …): the verb's subject is the actor, after the verb (VSO)
  // or before it (SVO)
  if (h.nominal && !actor.length) {
    const v = supportVerb(c, i, clauseStart, s);
    // تلقى اتصالا من X: the one who receives is the recipient, X the actor
    if (v >= 0 && vc(c, v).cores.includes('تلقي')) {
      const e = Math.min(npEnd(c, v + 1), i);
      if (e > v + 1) { recipient = argsOf(c, v + 1, e); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, who received it (${c.norm[v]})`); }
      for (let k = h.end; k < Math.min(sb, h.end + 3); k++) if (c.norm[k] === 'من' && k + 1 < sb) { const ae = npEnd(c, k + 1); if (ae > k + 1) { actor = argsOf(c, k + 1, ae); why.push(`actor = ${actor.map((r) => r.text).join(' + ')} (من)`); } break; }
    } else if (v >= 0) {
      const e = Math.min(npEnd(c, v + 1), i);
      const named = (a: number, b: number) => codeRange(c, a, b) || entityIn(c, a, b, (x) => x.start === doc.tokens[a]!.start && (x.type === 'ORG' || x.type === 'PER' || x.type === 'GPE'));
      if (e > v + 1 && named(v + 1, e) && !recipient.some((r) => r.start === doc.tokens[v + 1]!.start)) {
        actor = argsOf(c, v + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of the support verb ${c.norm[v]}`);
      } else {
        for (let k = v - 1; k >= clauseStart; k--) {
          const cr = actorAt(c, k);
          if (!cr) continue;
          let a = k;
          while (a > clauseStart && isWord(c, a - 1) && !STOP_NP.has(c.norm[a - 1]!) && !isVerbLike(c, a - 1) && k - a < 3) a--;
          const be = Math.min(npEnd(c, a), v);
          if (be > a) { actor = argsOf(c, a, be); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject before the support verb ${c.norm[v]}`); }
          break;
        }
      }
    }
  }
  // tear gas (أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين): the gas is the weapon, the
  // crowd dispersed is the recipient
  if (t.mode === 'crowd-control') {
    if (recipient.length && /^(المسيل|للدموع)/.test(recipient[0]!.text)) recipient = [];
    if (!recipient.length) for (let k = h.end; k < Math.min(sb, h.end + 8); k++) {
      if (!/^(ل|و)?(تفريق|لتفريق)$/.test(c.norm[k]!) && c.norm[k] !== 'لتفريق') continue;
      const e = npEnd(c, k + 1);
      if (e > k + 1) { recipient = argsOf(c, k + 1, e); why.push(`recipient = the crowd dispersed, ${recipient.map((r) => r.text).join(' + ')}`); }
      break;
    }
  }
  // the released (أفرجت جماعة الحوثي، السبت، عن 14 أسيرا سعوديا): the people freed after عن,
  // past the subject and a date, coded by their nisba
  if (!recipient.length && t.type === 'RETREAT' && t.mode === 'release') {
    for (let k = h.end; k < Math.min(sb, h.end + 10); k++) {
      if (CLAUSE.has(c.norm[k]!)) break;
      if (c.norm[k] !== 'عن') continue;
      const e = argEnd(c, k + 1);
      const ee = e < sb && actorAt(c, e)?.info.kind === 'nisba' ? actorAt(c, e)!.b : e;
      if (ee > k + 1) { recipient = argsOf(c, k + 1, ee); why.push(`recipient = the released ${recipient.map((r) => r.text).join(' + ')}`); }
      break;
    }
  }
  // a sum of money is what is given, never who receives it (تعهد المانحون بتقديم 1.2 مليار دولار)
  recipient = recipient.filter((r) => !c.quantities.some((q) => q.v.kind === 'money' && q.v.start <= r.start && r.start < q.v.end));
  // recipient through a preposition
  if (!recipient.length) {
    for (let k = h.end; k < Math.min(sb, h.end + 8); k++) {
      const w = c.norm[k]!;
      // (not inside the actor: وأدان الأمين العام للأمم المتحدة …)
      if (actor.some((a) => doc.tokens[k]!.start >= a.start && doc.tokens[k]!.end <= a.end)) continue;
      if (isPunct(c, k) || CLAUSE.has(w) || (k > h.end && w[0] === 'و' && isVerbLike(c, k))) break;
      let a = -1;
      // a pattern that ends in its preposition (حكم … على): the phrase right after it
      const lastPart = h.parts.length ? c.norm[h.parts[h.parts.length - 1]!]! : '';
      const viaPart = k === h.end && h.parts.length > 0 && (lastPart === 'علي' || lastPart === 'ضد' || lastPart === 'الي') && !isPunct(c, h.parts[h.parts.length - 1]! + 1);
      if (viaPart) a = h.parts[h.parts.length - 1]! + 1;
      else if (w === 'علي' || w === 'ضد' || w === 'الي' || w === 'مع' || (w === 'من' && t.type === 'RETREAT' && t.mode !== 'release' && !hasAny(c, TROOP, k + 1, k + 2, s) && !/^(جنود|قوات|عناصر)/.test(c.norm[k + 1] ?? ''))) a = k + 1;

      // (a protest is against someone through ضد or على only: مؤيدون لليمين belongs to its noun)
      else if (t.type !== 'PROTEST' && (/^(ب|ل)ال/.test(w) || (w.startsWith('لل') && w.length > 4) || (t.type === 'SUPPORT' && /^ل/.test(w) && w.length > 3))) a = k;
      if (a < 0 || a >= sb) continue;
      let e = npEnd(c, a);
      // people counted or named by their role, members of a coded body (عقوبات على أربعة قادة في قوات
      // الدعم السريع): the phrase runs to the body, which codes it
      const human = c.quantities.some((q) => q.a === a) || HUMAN_WORD_SET.has(nounKey(c.norm[a]!.replace(/^(ال)/, ''))) || nc(c, a).some((x) => HUMAN_WORD_SET.has(x));
      if (e > a && human && e + 1 < sb && (c.norm[e] === 'في' || c.norm[e] === 'من') && !codeRange(c, a, e)) {
        const be = npEnd(c, e + 1);
        const body = be > e + 1 ? codeRange(c, e + 1, be) : null;
        if (body && (body.kind === 'group' || body.kind === 'sector')) e = be;
      }
      if (e > a && !codeRange(c, a, e) && (t.type === 'ASSAULT' || t.type === 'COERCE' || t.type === 'SANCTION') && (t.mode === 'convict' || t.type !== 'SANCTION' || human) && (w.length <= 3 || viaPart)) {
        recipient = argsOf(c, a, e); why.push(`recipient = ${w} + ${recipient.map((r) => r.text).join(' + ')}`); break;
      }
      if (e > a && codeRange(c, a, e)) {
        const cr = codeRange(c, a, e)!;
        if (cr.kind === 'capital' || cr.kind === 'country' || cr.kind === 'nisba' || cr.kind === 'sector' || cr.kind === 'group' || cr.kind === 'people') {
          recipient = argsOf(c, a, e); why.push(`recipient = ${w} + ${recipient.map((r) => r.text).join(' + ')}`); break;
        }
      }
    }
  }
  // a visit after a verb of arriving or setting off (وصل وزير الخارجية الأردني إلى بغداد في زيارة
  // رسمية): the one who arrives visits
  if (!actor.length && h.nominal && t.type === 'CONSULT') {
    for (let k = i - 1; k >= clauseStart; k--) {
      if (verbAt(c, ARRIVE_V, k, k + 1, s) !== k) continue;
      const e = npEnd(c, k + 1);
      if (e > k + 1 && e <= i && (codeRange(c, k + 1, e) || entityIn(c, k + 1, e, (x) => x.type === 'PER'))) { actor = argsOf(c, k + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who ${c.norm[k]} on the visit`); }
      break;
    }
  }
  // the speech act whose scope holds the trigger
  let sp: Speech | null = null;
  for (const x of speeches) if (x.scopeFrom <= i && x.at !== i) sp = x;
  // the reporter's own clause after فيما / بينما / في حين is outside the speech
  if (sp && sp.at < i && hasAny(c, SCOPE_END, sp.b, i, s)) sp = null;
  if (sp && sp.at > i && sp.scopeFrom !== sa) sp = null;
  // a verb joined by و to a statement, with a thing after it (وأكدت المديرية … أن …، ونفت استخدام
  // أي قوة): the thing is its object and the speaker its subject
  if (!h.nominal && /^و/.test(c.norm[i]!) && sp && sp.at < i && np1 && actor.length && !recipient.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0]
    && !actor.some((a) => a.canonical) && !entityIn(c, np1[0], np1[1]) && !HUMAN.has(c.norm[np1[0]]!) && !c.quantities.some((q) => q.a === np1[0]) && SPEECH_ACT.has(t.type)) {
    // (a call, accusation or threat is addressed to the phrase after it: وناشدت طرفي النزاع)
    recipient = t.type === 'REQUEST' || t.type === 'ACCUSE' || t.type === 'THREATEN' ? actor : [];
    actor = argsOf(c, sp.a, sp.b);
    why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the speaker the joined verb goes with (the phrase after it is ${recipient.length ? 'the one addressed' : 'a thing'})`);
  }
  // a physical act joined by و inside a sentence, with its patient after it and no subject of its
  // own (فرّقت قوات الأمن المتظاهرين …، واعتقلت 23 شخصاً): the subject of the act before
  if (!actor.length && !h.nominal && !suffered && i > sa && /^و/.test(c.norm[i]!) && (t.type === 'ASSAULT' || t.type === 'COERCE') && !passiveForm(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end))) {
    const prev = [...sentEvents].reverse().find((e) => e.actor.length);
    // (the act before must be a verb of the same kind: مقتل 50 مدنيا وجرح 200 joins two nouns)
    const pk = prev ? tokenRangeOf(doc, prev.trigger.start, prev.trigger.end)[0] : -1;
    const prevVerb = prev && (prev.type === 'ASSAULT' || prev.type === 'COERCE') && !nc(c, pk).some((x) => lexicons().nouns.get(x)?.some((tr) => tr.type === prev.type));
    if (prev && prevVerb && prev.actor.every((a) => a.canonical)) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${prev.trigger.text} it is joined to`); }
  }
  // an agentless event inside someone's announcement: a pronoun complement (أنها), an armed
  // force announcing its own strike, or a police or army announcing its own arrests
  if (!actor.length && sp) {
    const ci = c.norm.slice(sp.b, i).findIndex((w) => COMP.has(w));
    // the pronoun is the subject of its own clause only: an event past a clause break (…،
    // بعد مقتل ثلاثة من جنودها) is not the announcer's act
    let comp = ci >= 0 && !clauseBreak(c, sp.b + ci + 1, i) ? c.norm[sp.b + ci] : undefined;
    // (أنهم is the speaker only when the speaker is plural: قالت القيادة إنهم اعتدوا is about others)
    if (comp && /^(ان|لان)هم$/.test(comp) && !/(ون|ين|ات)$/.test(c.norm[sp.b - 1] ?? '')) comp = undefined;
    const cr = codeRange(c, sp.a, sp.b);
    if (UNDERGO_TRIG.has(t.words[0]!) || suffered) { /* the one who suffers is never the announcer's act */ }
    else if ((comp && comp !== 'ان') || (!h.nominal && ci < 0 && sp.at < i && !np1) || (cr && ((t.type === 'ASSAULT' && cr.sector === 'MIL') || (t.type === 'COERCE' && (cr.sector === 'COP' || cr.sector === 'MIL'))) && sp.scopeFrom === sp.b && !c.norm.slice(sp.b, i).some((w) => COMP.has(w)))) {
      actor = argsOf(c, sp.a, sp.b); why.push(`actor = the announcer ${actor[0]!.text}`);
    }
  }
  // a noun event right after the speaker is the object of the speech verb (أعلنت السعودية تقديم
  // مساعدات، نفت الحكومة استخدام الرصاص): the speaker announces or denies its own act — save
  // a killing, an arrest or a protest, which a speaker may only report (أعلنت وزارة الصحة مقتل …،
  // أعلنت منظمة العفو اعتقال …)
  if (!actor.length && sp && h.nominal && (sp.b === i || (sp.b < i && onlyDatesBetween(c, sp.b, i))) && sp.at < i && (sp.denial || (t.type !== 'ASSAULT' && t.type !== 'PROTEST' && t.type !== 'COERCE'))) {
    actor = argsOf(c, sp.a, sp.b); why.push(`actor = ${actor[0]!.text}, who ${sp.denial ? 'denies' : 'announces'} it`);
  }
  // a participle of calling after a comma (قال المحافظ …، داعيا إلى الحفاظ …) has the subject of
  // its sentence as actor: the speaker, or the actor of the sentence's last event
  if (!actor.length && t.gate === 'participle') {
    if (sp && sp.at < i) { actor = argsOf(c, sp.a, sp.b); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the speaker the participle goes with`); }
    else { const prev = [...sentEvents].reverse().find((e) => e.actor.length); if (prev) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject the participle goes with`); } }
  }
  // a call on the parties (ودعا جميع الأطراف إلى ضبط النفس، وحث المانحين على الوفاء): the phrase
  // after the verb is the one called on, and the caller is the subject carried from before
  if (t.type === 'REQUEST' && !h.nominal && np1 && actor.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0] && ADDRESSEE.has(stripConj(c.norm[np1[0]]!)) && /^(الي|علي|لل|ب)/.test(c.norm[np1[1]] ?? '')) {
    recipient = actor; actor = [];
    const carrier = sp && sp.at < i ? argsOf(c, sp.a, sp.b) : ([...sentEvents].reverse().find((e) => e.actor.length)?.actor ?? (i === sa || /^و/.test(c.norm[i]!) ? prevActor : []));
    if (carrier.length) actor = carrier;
    why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, those called on; actor ${actor.map((r) => r.text).join(' + ') || 'unnamed'}`);
  }
  // a sentence opening with a verb joined by و and no subject of its own continues the last
  // sentence's coded subject (… اتهمت الوزارة الفصائل. وتوعدت بالرد)
  if (!actor.length && !h.nominal && !suffered && /^و/.test(c.norm[i]!) && (!np1 || prepOn(c, np1[0])) && SPEECH_ACT.has(t.type)) {
    // (inside a sentence, the coded subject of its last event: ورفضت الوزارة …، معتبرة …، وهددت)
    const carrier = i === sa ? prevActor : ([...sentEvents].reverse().find((e) => e.actor.length)?.actor ?? []);
    if (carrier.length && carrier.every((a) => a.canonical)) { actor = carrier; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject ${i === sa ? 'of the last sentence' : 'before'} (و)`); }
  }
  // an agreement signed is no signer (لم يوقعا اتفاقية التعاون الأمني)
  if (t.type === 'AGREE' && actor.length === 1 && AGREE_W.has(stripConj(c.norm[tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0]]!))) {
    why.push(`${actor[0]!.text} is what is signed, not who signs`); actor = [];
  }
  // على أن + imperfect continues the clause before it with its subject (سحبت البعثة 3000 جندي، على
  // أن تسحب 4000 آخرين)
  if (!actor.length && !h.nominal && c.norm[i - 2] === 'علي' && c.norm[i - 1] === 'ان') {
    const prev = [...sentEvents].reverse().find((e) => e.actor.length);
    if (prev) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject على أن continues`); }
  }
  // continuation (وأضاف، كما): the previous sentence's actor
  if (!actor.length && !h.nominal && !np1 && prevActor.length && /^(و|ف)?(اضاف|تابع)/.test(c.norm[sa] ?? '')) { actor = prevActor; why.push('actor carried over from the previous sentence'); }
  // location: في/قرب + a place
  const location: Argument[] = [];
  for (let k = h.end; k < Math.min(sb, h.end + 12); k++) {
    const w = c.norm[k]!;
    // forces sent go to a place (أرسلت … إلى منطقة الخليج), forces withdrawn leave one (من)
    const dest = (t.type === 'MOBILIZE' && w === 'الي') || (t.type === 'RETREAT' && t.mode === 'withdraw' && w === 'من');
    if (!dest && w !== 'في' && w !== 'قرب' && w !== 'بالقرب' && w !== 'داخل' && w !== 'شمال' && w !== 'جنوب' && w !== 'شرق' && w !== 'غرب') continue;
    // a square or a street by its name (في ساحة التحرير وسط بغداد): the place, then its city
    if (SQUARE.has(stripConj(c.norm[k + 1] ?? '')) && k + 2 < sb && isWord(c, k + 2) && c.entAt[k + 1]! < 0) location.push(makeArg(c, k + 1, k + 3));
    for (let a = k + 1; a < Math.min(sb, k + (location.length ? 6 : 4)); a++) {
      const ex = c.entAt[a]!;
      // (a place may carry a joined preposition: في قصر السلام بجدة)
      const ent = ex >= 0 && doc.entities[ex]!.start >= doc.tokens[a]!.start && doc.entities[ex]!.start <= doc.tokens[a]!.start + 2 && ['GPE', 'LOC', 'FAC'].includes(doc.entities[ex]!.type) ? doc.entities[ex] : undefined;
      const lex = actorAt(c, a);
      if (ent) {
        let [ea, eb] = tokenRangeOf(doc, ent.start, ent.end);
        // a countryside or outskirts of a named place is one location (ريف إدلب، ضواحي دمشق)
        const nx = eb < c.n ? c.entAt[eb]! : -1;
        const inner = eb - ea === 1 && GENERIC_PLACE.has(nounKey(c.norm[ea]!)) && nx >= 0 && doc.entities[nx]!.type === 'GPE' && doc.entities[nx]!.start === doc.tokens[eb]!.start ? doc.entities[nx]! : null;
        if (inner) eb = tokenRangeOf(doc, inner.start, inner.end)[1];
        const arg = makeArg(c, ea, eb);
        // a place is coded as the place the entity layer linked (بغداد the city), not as an actor
        if (ent.canonical && ea === tokenRangeOf(doc, ent.start, ent.end)[0]) arg.canonical = ent.canonical;
        if (inner) { if (inner.canonical) arg.canonical = inner.canonical; arg.entity = inner.id; }
        location.push(arg); break;
      }
      if (lex && (lex.info.kind === 'country' || lex.info.kind === 'capital')) { location.push(makeArg(c, lex.a, lex.b)); break; }
    }
    if (location.length) { why.push(`location = ${location.map((l) => l.text).join(' + ')}`); break; }
  }
  // the subject of شهد is where the noun event took place (شهدت العاصمة الليبية اشتباكات)
  if (!location.length && h.nominal) {
    // (across the commas of a date or a toll clause, not across a clause word)
    const v = verbAt(c, WITNESS_V, sa, i, s);
    if (v >= 0 && !hasAny(c, CLAUSE, v, i, s)) {
      let e = Math.min(npEnd(c, v + 1), i);
      // (a time of day or a date after the place is no part of it: شهدت مدينة وهران مساء أمس)
      for (let k = v + 2; k < e; k++) if ((TIME_OF_DAY.has(c.norm[k]!) || c.dates.some((d) => d.a === k)) && c.entAt[k]! < 0) { e = k; break; }
      const cr = e > v + 1 ? codeRange(c, v + 1, e) : null;
      const place = entityIn(c, v + 1, e, (x) => x.type === 'GPE' || x.type === 'LOC');
      if (place || (cr && (cr.kind === 'nisba' || cr.kind === 'country' || cr.kind === 'capital') && /^(العاصمه|مدينه|المدينه|بلده|منطقه|محافظه|ولايه)/.test(c.norm[v + 1]!))) {
        location.push(makeArg(c, v + 1, e)); why.push(`location = ${location[0]!.text} (subject of ${c.norm[v]})`);
      }
    }
  }
  // a place fronted at the head of the sentence (وفي الخرطوم، اعتقلت …) sets the scene for it
  if (!location.length) {
    let a = sa;
    if (/^(و|ف)?في$/.test(c.norm[a] ?? '')) a++;
    if (a > sa && a < i) {
      const ex = c.entAt[a]!;
      const ent = ex >= 0 && doc.entities[ex]!.start === doc.tokens[a]!.start && ['GPE', 'LOC', 'FAC'].includes(doc.entities[ex]!.type) ? doc.entities[ex] : undefined;
      if (ent) {
        const [ea, eb] = tokenRangeOf(doc, ent.start, ent.end);
        if (eb < i && isPunct(c, eb) && c.norm[eb] === ',') { location.push(makeArg(c, ea, eb)); why.push(`location = ${location[0]!.text} (fronted)`); }
      }
    }
  }
  // a body or people with no country named takes the country of the place it is said to be in,
  // right after it (الحركة الإسلامية في الأردن، أطباء القطاع العام في الجزائر → DZA HLH)
  actor = actor.map((a) => withCountryOfPlaceAfter(c, a, sb, why));
  recipient = recipient.map((a) => withCountryOfPlaceAfter(c, a, sb, why));
  // a crowd counted out of a coded people or body is that people or body (تظاهر عشرات الآلاف من
  // السودانيين، نحو 300 من أنصار الجبهة)
  if (t.type === 'PROTEST' && actor.length === 1 && !actor[0]!.canonical) {
    const body = codedBodyAfter(c, tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[1], sb);
    if (body) { actor = body; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the crowd's people`); }
  }
  // protesters with no nationality named take the country of the place they protest in, else
  // the document's (its dateline or the country it names most) (ألفي متظاهر تجمعوا في ساحة التحرير وسط بغداد → IRQ CVL)
  if (t.type === 'PROTEST' && actor.length && actor.every((a) => a.canonical && !a.canonical.country && a.canonical.sector)) {
    const cc = location.find((l) => l.canonical?.country)?.canonical?.country ?? c.docCountry;
    if (cc) { actor = actor.map((a) => ({ ...a, canonical: { ...a.canonical!, country: cc } })); why.push(`actor country ${cc} from ${location.some((l) => l.canonical?.country) ? 'the place' : 'the document'}`); }
  }
  // magnitudes: quantities near the trigger in the sentence
  const magnitude: Magnitude[] = [];
  for (const q of c.quantities) {
    if (doc.tokenSentence[q.a] !== s) continue;
    const dist = q.a > i ? q.a - h.end : i - q.b;
    if (dist > 6 || dist < 0) continue;
    // a count before the trigger belongs to it only within its clause (… من 800 إلى 400 جندي
    // بحلول آذار، بعد مقتل ثلاثة: the soldiers are the other clause's): no clause word or time
    // word between them (a parenthesis or a date is no break: 25 شخصا، معظمهم مدنيون، قتلوا)
    if (q.b <= i && (hasAny(c, CLAUSE, q.b, i, s) || hasAny(c, TIME_PREP, q.b, i, s))) continue;
    if (q.v.kind === 'number' && dist > 3 && !(np1 && q.a === skipAdv(np1[1]))) continue;
    if (q.v.kind === 'money') {
      if (t.type !== 'AID' && t.type !== 'SANCTION') continue;
      magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind: 'money', value: typeof q.v.value === 'number' ? q.v.value : null, approx: !!q.v.approx, unit: q.v.unit ?? null });
      continue;
    }
    if (q.v.kind === 'number' && q.v.value !== null && typeof q.v.value === 'number' && (q.v.value >= 1900 && q.v.value <= 2100)) continue;
    // the count right after a word of killing is the dead, whatever follows (قتل سبعة مدنيين
    // وأصيب 15 آخرون: the injured are the next verb's)
    const deadCount = q.a >= h.end && q.a <= h.end + 1 && DEATH_TRIG.has(t.words[0]!);
    // (a count right after an injury noun is of the injured: مقتل أربعة وإصابة عشرة آخرين)
    const injured = !deadCount && (hasAny(c, INJ_NEAR, q.b, q.b + 3, s) || hasAny(c, INJ_NEAR, q.a - 1, q.a, s) || (t.gate === 'injure') || t.words[0] === 'جرح');
    // a count of a force's members (نحو 500 من جنودها، عشرات من عناصر الشرطة) counts soldiers
    // (and "N others" after a count of soldiers: سحبت 3000 جندي … على أن تسحب 4000 آخرين)
    const ofTroops = !q.v.unit && ((c.norm[q.b] === 'من' && (hasAny(c, TROOP, q.b + 1, q.b + 2, s) || /^(جنود|قوات|عناصر)/.test(c.norm[q.b + 1] ?? ''))) || (/^(اخرين|اضافيين)$/.test(c.norm[q.b] ?? '') && c.quantities.some((x) => x.v.unit === 'soldier' && x.b <= q.a)));
    const kind = magKind(t.type, ofTroops ? 'soldier' : q.v.unit, injured, t.words[0]!);
    if (!kind) continue;
    // people counted before an active verb of attack that does not kill are its attackers, no
    // toll (اعتقال 23 شخصا قالت إنهم اعتدوا على عناصر الأمن)
    if (t.type === 'ASSAULT' && q.b <= i && !h.nominal && !injured && !suffered && !DEATH_TRIG.has(t.words[0]!) && !UNDERGO_TRIG.has(t.words[0]!)) continue;
    if (q.v.kind === 'number' && t.type === 'ASSAULT' && !(t.gate === 'injure' || dist <= 1 || hasAny(c, CASUALTY_AFTER, q.b, q.b + 2, s) || t.gate === 'casualty')) continue;
    // a bare number after an attack noun is a name or a date (هجمات 11 سبتمبر), not a toll
    if (q.v.kind === 'number' && t.type === 'ASSAULT' && h.nominal && !deadCount && !hasAny(c, CASUALTY_AFTER, q.b, q.b + 2, s) && !hasAny(c, INJ_NEAR, q.b, q.b + 3, s)) continue;
    // a change of strength written as a range (ستخفض عدد جنودها من 800 إلى 400 جندي; ترفع قواتها
    // من 400 إلى 800): the troops withdrawn or added are the difference
    const r = q.v.range;
    if (kind === 'troops' && r && typeof r.min === 'number' && typeof r.max === 'number' && ((t.type === 'RETREAT' && r.min > r.max) || (t.type === 'MOBILIZE' && r.min < r.max))) {
      magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind, value: Math.abs(r.min - r.max), approx: false, unit: q.v.unit ?? null });
      why.push(`troops ${Math.abs(r.min - r.max)}: the change from ${r.min} to ${r.max}`);
      continue;
    }
    magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind, value: typeof q.v.value === 'number' ? q.v.value : null, approx: !!q.v.approx, unit: q.v.unit ?? null });
  }
  // a dual is a count of two (قُتل جنديان عراقيان، اعتقال شخصين)
  if ((t.type === 'ASSAULT' || t.type === 'COERCE') && !magnitude.length && recipient.length) {
    const k = tokenRangeOf(doc, recipient[0]!.start, recipient[0]!.end)[0];
    if (isDual(c.norm[k]!)) {
      const tok = doc.tokens[k]!;
      const kind: MagnitudeKind = t.type === 'COERCE' ? 'arrested' : t.gate === 'injure' || t.words[0] === 'جرح' ? 'injured' : DEATH_TRIG.has(t.words[0]!) ? 'dead' : 'people';
      if (kind !== 'people' || t.type === 'COERCE') magnitude.push({ start: tok.start, end: tok.end, text: doc.text.slice(tok.start, tok.end), kind, value: 2, approx: false, unit: null });
    }
  }
  if (magnitude.length) why.push(`magnitude ${magnitude.map((m) => `${m.kind} ${m.value ?? '?'}${m.approx ? ' (approx)' : ''} from "${m.text}"`).join(', ')}`);
  // mode cues for ASSAULT
  let mode = t.mode;
  if (t.type === 'ASSAULT' && !mode) {
    for (const [cue, m] of ASSAULT_MODE) if (hasAny(c, S(cue), i - 4, i + 8, s)) { mode = m; break; }
  }
  // status and negation
  let status: EventStatus = 'asserted';
  const statusWhy: string[] = [];
  const prev1 = c.norm[i - 1] ?? '', prev2 = c.norm[i - 2] ?? '';
  // ما after a pronoun or a quantifier is "what" (وهو ما تنفيه إيران), not a negation
  const relMa = stripConj(prev1) === 'ما' && /^(و|ف)?(هو|هي|هذا|هذه|ذلك|تلك|كل|مما|بما|عما|لما)$/.test(prev2);
  const negated = i > sa && !relMa && (NEG.has(prev1) || NEG.has(stripConj(prev1)) || (prev1 === 'قد' && NEG.has(prev2)));
  if (negated) statusWhy.push(`negated by ${prev1}`);
  let source: Source | null = null;
  if (sp) source = { start: sp.start, end: sp.end, text: sp.text, entity: sp.entity, kind: sp.kind };
  if (sp?.denial) { status = 'denied'; statusWhy.push('denied: inside نفى'); }
  else if (hasAny(c, HYPO, Math.max(clauseStart - 4, sa), i, s) && conditional(c, Math.max(sa, i - 8), i)) { status = 'hypothetical'; statusWhy.push('hypothetical: إذا/لو/في حال'); }
  // قد before an imperfect is "may"; a future or present act with a condition after it depends on
  // it (قد يدعو إلى إضراب إذا واصلت الحكومة …، ستفرض عقوبات إذا انتهكا الاتفاق)
  else if (!h.nominal && ((prev1 === 'قد' && h.imperfect) || ((h.future || h.imperfect) && conditional(c, h.end, Math.min(sb, h.end + 12))))) { status = 'hypothetical'; statusWhy.push(prev1 === 'قد' ? 'hypothetical: قد before an imperfect' : 'hypothetical: a condition after it'); }
  else if (h.future || prev1 === 'سوف' || prev1 === 'لن' || hasAny(c, FUT, i - 3, i, s) || (c.norm[i - 2] === 'من' && c.norm[i - 1] === 'المقرر') || (t.type === 'AID' && vc(c, i).cores.includes('تعهد')) || (c.norm[i - 2] === 'علي' && c.norm[i - 1] === 'ان' && h.imperfect) || (COMP.has(prev1) && hasAny(c, EXPECTED, i - 3, i - 1, s))) { status = 'planned'; statusWhy.push('planned: future or intended'); }
  else if (hasAny(c, SPECULATE, sa, i, s) && hasAny(c, COMP, sa, i, s)) { status = 'hypothetical'; statusWhy.push('hypothetical: what someone does not rule out or expects'); }
  else if (hasAny(c, EST, sa, sb, s) && (hasAny(c, EST, sa, i, s) || hasAny(c, ACCORDING, h.end, sb, s))) { status = 'estimated'; statusWhy.push('estimated'); }
  else if (source && !(actor.length && overlaps(actor, sp!))) { status = 'reported'; statusWhy.push(`reported by ${source.text}`); }
  if (source) why.push(`source = ${source.text} (${source.kind})`);
  why.push(`status ${status}${statusWhy.length ? ` (${statusWhy.join('; ')})` : ''}`);
  // a definite nominal that refers back to an earlier event of the type adds nothing
  const definite = h.nominal && /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!);
  if (t.ref && definite && !actor.length && !magnitude.length && !recipient.length) {
    let earlier: Event | undefined;
    for (let k = sentEvents.length - 1; k >= 0 && !earlier; k--) if (sentEvents[k]!.type === t.type) earlier = sentEvents[k];
    earlier ??= c.lastOfType.get(t.type);
    if (earlier) {
      // the accusing event in the same sentence points at the earlier event's actor
      const acc = sentEvents.filter((e) => e.type === 'ACCUSE').pop();
      if (acc && !acc.recipient.length && earlier.actor.length) { acc.recipient = earlier.actor; acc.why += `; recipient = the actor of ${earlier.id || 'the earlier'} ${t.type} (${earlier.trigger.text}) that ${acc.trigger.text} targets`; }
      return null;
    }
  }
  // a noun event as the goal of something (لم تدفع طهران إلى تقديم تنازلات، بهدف إجراء محادثات)
  // is not reported as done
  if (h.nominal && t.type !== 'ASSAULT' && t.type !== 'PROTEST' && i > sa + 1 && GOAL_NOUN.has(nounKey(stripConj(c.norm[i - 1]!).replace(/^(ب|ل)/, ''))) && (/^(و)?(ب|ل)/.test(c.norm[i - 1]!) || /^(الي|بهدف|اجل)$/.test(c.norm[i - 2]!))) {
    tracer?.(`drop ${t.type} ${c.norm[i]}: the goal of another act`);
    return null;
  }
  // physical events (ASSAULT, PROTEST) are coded only when the sentence reports one happening,
  // not when it mentions the kind of act (generic, legal, purpose, background, question)
  if (t.type === 'ASSAULT' || t.type === 'PROTEST') {
    // a use of force the speaker denies (نفت الحكومة استخدام الرصاص الحي) is coded, as denied
    const deniedAct = h.nominal && sp?.denial === true && sp.b === i;
    const reason = deniedAct ? null : mentionOnly(c, h, t, sa, sb, magnitude.length > 0, location.length > 0, recipient.some((r) => r.canonical || r.entity || concreteText(r.text)));
    if (reason) { tracer?.(`drop ${t.type} ${c.norm[i]}: ${reason}`); return null; }
    // thousands of dead are a war's or a year's total, not one attack
    if (t.type === 'ASSAULT' && (magnitude.some((m) => (m.kind === 'dead' || m.kind === 'injured') && (m.value ?? 0) >= 1000) || hasAny(c, S('الاف الالاف ملايين الملايين'), i - 3, h.end + 4, s))) {
      tracer?.(`drop ${t.type} ${c.norm[i]}: aggregate toll (thousands)`); return null;
    }
    why.push(`reported: ${accepted}`);
    if (plannedBy && status !== 'hypothetical' && status !== 'denied') {
      status = 'planned';
      const k = why.findIndex((w) => w.startsWith('status '));
      if (k >= 0) why[k] = `status planned (planned: ${plannedBy} carries it)`;
    }
    // a specific event is anchored: a source, a date, a place, a toll or a named party
    if (t.type === 'ASSAULT') {
      const anchor = source ? 'source' : magnitude.length ? 'toll' : c.dates.length || hasAny(c, TIME_WORDS, sa, sb, s) ? 'time' : location.length || placeIn(c, sa, sb) || hasAny(c, PLACE_WORDS, sa, sb, s) ? 'place' : [...actor, ...recipient].some((r) => r.entity || r.canonical) ? 'named party' : null;
      if (!anchor) { tracer?.(`drop ${t.type} ${c.norm[i]}: not anchored (no source, date, place, toll or named party)`); return null; }
      why.push(`anchored by ${anchor}`);
    }
  }
  let confidence = t.lexicon === 'own' ? 0.7 : 0.5;
  if (actor.length) confidence += 0.1;
  if (t.gate) confidence -= 0.05;
  const ev: Event = {
    id: '', type: t.type, mode, context: t.context, sentence: s,
    trigger: { start: trigStart, end: trigEnd, text: doc.text.slice(trigStart, trigEnd) },
    actor, recipient, location, time: null, magnitude, source, status, negated,
    confidence: Math.round(confidence * 100) / 100, why: why.join('; '),
  };
  ev.id = `e${all.length + sentEvents.length + 1}`;
  if (h.nominal && t.type === 'PROTEST' && DEFINITE.test(c.norm[i]!)) anaphoric.add(ev);
  return ev;
}
/** What is boycotted in a political boycott (قاطعت المعارضة الانتخابات، قاطع النواب الجلسة). */
const BOYCOTTED = S('الانتخابات انتخابات الجلسه جلسه جلسات الاستفتاء الحوار المؤتمر القمه الاجتماع الاجتماعات المفاوضات البضائع المنتجات السلع الاقتراع التصويت');
/** Those a call is addressed to (جميع الأطراف، المجتمع الدولي، المانحين). */
const ADDRESSEE = S('الاطراف الطرفين جميع المجتمع المانحين الجميع كافه المواطنين السكان الحكومات الفصائل الشعب الجانبين الدول');
/** Acts of speech and stance whose subject a joined verb keeps (وتوعدت بالرد، وهددت باستئناف). */
const SPEECH_ACT = new Set(['THREATEN', 'REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'CONCEDE', 'AGREE', 'SANCTION']);
/** Verbs that announce a decision or an act as a verbal noun (أعلنت طرد السفير، قررت سحب القوات). */
const MASDAR_ANNOUNCE_V = S('اعلن قرر نفي اكد');
/** Nothing between a and b, or only a date with its commas (أعلنت السعودية، الجمعة، طرد …). */
function onlyDatesBetween(c: Ctx, a: number, b: number): boolean {
  let date = false;
  for (let k = a; k < b; k++) {
    const inDate = c.dates.some((d) => d.a <= k && k < d.b);
    if (!(isPunct(c, k) && c.norm[k] === ',') && !inDate) return false;
    date ||= inDate;
  }
  return a === b || date;
}
/** Adverbs of manner, never an argument (تحتج بشدة، ردت بحزم). */
const MANNER = S('جزئيا كليا تدريجيا نهائيا بشده بقوه بحزم بسرعه بوضوح بقسوه بعنف بحده');
/** Sentences a court passes, before the sentenced (بسجن، بإعدام، بالسجن). */
const SENTENCE_N = S('بسجن بحبس باعدام بتغريم بالسجن بالحبس بالاعدام بسجنه بحبسه');
/** Squares and streets named after them (ساحة التحرير، ميدان الشهداء، شارع الحبيب بورقيبة). */
const SQUARE = S('ساحه ميدان شارع');
/** Verbs of a relative clause naming those who took part in a protest (شارك فيها، نظمها). */
const PROTEST_AGENT_V = S('شارك نظم قاد دعا');
/** Titles whose body follows with ل (الأمين العام للأمم المتحدة، المبعوث الخاص لليمن). */
const TITLE = S('الامين المبعوث الممثل المنسق المفوض المتحدث المدير المقرر');
const TITLE_TAIL = S('العام الخاص الاعلي السامي الاممي');
/** Token b (a word with لل) is the body of a title right before it. */
function titleOf(c: Ctx, b: number): boolean {
  if (!c.norm[b]!.startsWith('لل')) return false;
  const p1 = c.norm[b - 1] ?? '', p2 = c.norm[b - 2] ?? '';
  return TITLE.has(p1) || (TITLE_TAIL.has(p1) && TITLE.has(p2));
}

/** Singular nouns of people whose dual counts two. */
const PERSON_SG = S('جندي شرطي مدني شخص طفل صحفي عسكري ضابط مواطن شاب رجل امراه ناشط مسلح مقاتل عنصر معتقل اسير');
/** Of those, the ones with a broken plural, whose ـين can only be a dual (شخصين، جنديين; but
 *  مدنيين، ناشطين، مواطنين are plurals too). */
const BROKEN_PL_SG = S('شخص طفل رجل ضابط عنصر اسير شاب جندي شرطي امراه');
/** A dual of a person noun: ـان, or ـين where the plural would differ. */
function isDual(w: string): boolean {
  const b = w.replace(/^(و|ف)?(ب|ل)?(ال)?/, '');
  if (b.endsWith('ان') && PERSON_SG.has(b.slice(0, -2))) return true;
  return b.endsWith('ين') && BROKEN_PL_SG.has(b.slice(0, -2));
}
/** Words for an attack a group claims (تبنى الهجوم، أعلن مسؤوليته عن التفجير). */
const CLAIMED = S('الهجوم الهجمات الهجومين التفجير التفجيرات العمليه الاعتداء الهجوم الانتحاري');
/** A claim of responsibility in sentence s (تبنت حركة الشباب الهجوم): the claimant becomes the
 *  actor of the last attack of the last three sentences whose attacker is unnamed (none, or a
 *  bare انتحاري / مسلحون with no country). */
function claimAttack(c: Ctx, sa: number, sb: number, s: number, events: Event[]): void {
  const v = verbAt(c, S('تبني'), sa, sb, s);
  if (v < 0 || v + 1 >= sb) return;
  const e = npEnd(c, v + 1);
  const cr = e > v + 1 ? codeRange(c, v + 1, e) : null;
  const named = entityIn(c, v + 1, e, (x) => x.type === 'ORG' && x.canonical !== null);
  if (!(cr?.kind === 'group' || named) || !hasAny(c, CLAIMED, e, Math.min(sb, e + 3), s)) return;
  for (let k = events.length - 1; k >= 0 && events[k]!.sentence >= s - 3; k--) {
    const x = events[k]!;
    if (x.type !== 'ASSAULT' || x.sentence >= s) continue;
    if (x.actor.some((a) => a.canonical?.country || (a.canonical && a.canonical.kind !== 'actor'))) return;
    x.actor = argsOf(c, v + 1, e);
    x.why += `; actor = ${x.actor.map((r) => r.text).join(' + ')}, who claimed it (${c.norm[v]})`;
    return;
  }
}

/** Units of counted people, and the people an arrest takes (أوقف … مشتبها بهم). */
const HUMAN_UNITS = new Set(['person', 'protester', 'civilian', 'fighter', 'soldier', 'prisoner', 'child', 'woman', 'migrant']);
const DETAINEE = S('شخصا اشخاص شخصين مشتبها مشتبه مشتبهين متهما متهمين المتهم المتهمين المشتبه شابا شبان ناشطا ناشطين مطلوبا مطلوبين عنصرا عناصر متظاهرين متظاهرا مسلحين');
/** Feelings a thing gives cause for (يدعو إلى التفاؤل، تدعو للقلق). */
const AFFECT = S('التفاؤل القلق الاستغراب الدهشه الارتياح الاسف الحذر الفخر الاعتزاز الحيره التساؤل الشك الريبه');
/** Words of a market, where الطلب is demand. */
const MARKET = S('العرض عرض الاسعار اسعار السوق سوق الاسواق نمو النمو تراجع ارتفاع انخفاض زياده زاد المستهلكين النفط الكهرباء السلع المنتجات الاسهم الطرح مستويات');
/** A weapon or fire after an attack verb, its owner after it (برصاص قوات الأمن). */
const INSTRUMENT = S('برصاص برصاصه بنيران بقصف بغاره بغارات بقذيفه بقذائف بصاروخ بصواريخ بطلقات');
/** Sectors of an agent that disperses, arrests or attacks. */
const AGENT_SECTOR = new Set(['COP', 'MIL', 'GOV', 'REB', 'SPY']);
/** Adverbs between a protest and its protesters (تظاهر أخيرا عمال، شارك فيها خصوصا نواب); with
 *  other verbs the phrase after أيضا may as well be the object (وسيلتقي أيضا العبادي). */
const SENTENCE_ADV = S('خصوصا خاصه ايضا اخيرا كذلك بدوره بدورها بدورهم مجددا');
/** Events named by a definite protest noun: they may refer back to a protest coded before. */
const anaphoric = new WeakSet<Event>();
/** Statuses that report an act as having taken place. */
const FACT = new Set(['asserted', 'reported', 'estimated']);

const CASUALTY_AFTER = S('قتيلا قتيل قتلي جريحا جرحي شخصا اشخاص اخرين جنود جنديا مدنيين مدنيا شرطيين عناصر');
const LEGAL = S('تهمه بتهمه تهم قضيه التحقيق تحقيق التحقيقات محاكمه المحاكمه المتهم المتهمين متهم متهمين جريمه بجريمه الجريمه المشتبه ادانه عقوبه محكمه المحكمه بسجن بالسجن حكم قصاص قصاصا متورط متورطين تورط بتورط');
const PURPOSE = S('بهدف لمنع منع اجل مكافحه لمكافحه تبرير ظاهره محاوله لمحاوله خطر مخاطر تهديد التهديد ضد صد لصد التصدي للتصدي لمواجهه تامين لتامين حمايه لحمايه احباط باحباط تفكيك ابطال لتفادي تفادي تدريبات مناورات');
const RELATIVE = S('الذي التي الذين اللذين اللتين');
const HAPPEN = S('وقع وقعت نفذ نفذت شن شنت تبني تبنت اسفر اسفرت ادي ادت استهدف استهدفت انفجر انفجرت هز هزت اوقع اوقعت سقط سقطت قام قامت جرى جرت اندلع اندلعت خرج خرجت شارك شاركوا نظم نظمت');
/** Verbs that report an attack noun as happening: right before it (شن هجوما، تعرض لهجوم، نفذ
 *  مسلحون هجوما) or right after it as its subject (هجوم استهدف، الانفجار أسفر). */
const HAPPEN_BEFORE = S('رد اقدم وقع نفذ شن تبني تعرض دار تجدد استمر تواصل تبادل جري اندلع قام اقدم هز شهد تلقي خاض');
const LIGHT = S('شن نفذ تعرض تبادل قام اقدم رد');
/**
 * The support verb that governs the event noun at i (أجرى الوزير محادثات، جددت مصر دعوتها،
 * أعربت عن إدانتها، قام بزيارة): a verb of `set` at most eight words back in the clause, the noun
 * its object — not after a preposition or a time word (خلال زيارته، بعد إدانته), save عن / على
 * after the verbs that take them, and with a joined ب only after قام. -1 when there is none.
 */
function supportVerb(c: Ctx, i: number, cb: number, s: number, set: Set<string> = SUPPORT_V): number {
  // (the clause may reach back past commas that only set off a date)
  let lo = cb;
  while (lo > 0 && lo > i - 8 && isPunct(c, lo - 1) && c.norm[lo - 1] === ',' && !clauseBreakBesideDates(c, lo - 1, lo)) { lo = clauseBack(c, lo - 1, 0); }
  const v = verbAt(c, set, Math.max(lo, i - 8), i, s);
  if (v < 0 || clauseBreakBesideDates(c, v + 1, i)) return -1;
  const p = c.norm[i - 1] ?? '';
  if (i - 1 > v && (PREP_BEFORE.has(p) || TIME_PREP.has(p)) && p !== 'عن' && p !== 'علي') return -1;
  if (/^(و|ف)?(ب|ل)/.test(c.norm[i]!) && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!) && !vc(c, v).cores.some((x) => x === 'قام' || x === 'رد')) return -1;
  // رد carries the act it answers with (رد الجيش بقصف), not what it answers (ردا على الهجوم)
  if (vc(c, v).cores.includes('رد') && !/^(و|ف)?ب/.test(c.norm[i]!)) return -1;
  return v;
}
/** Acts a denial keeps as denied events (the denier denies doing them). */
const PHYSICAL = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'RETREAT']);
/** Verbs that make a noun event after them a report: announcing, deciding, starting, going on. */
const ANNOUNCE_V = S('اعلن قرر بدا واصل تابع استانف جدد اقر وافق باشر');
/** Triggers of killing: the count right after them is of the dead. */
const DEATH_TRIG = S('قتل مقتل استشهد مصرع لقي اغتيال اعدم سقوط');
/** Verbs whose subject suffers the act (أصيب، استشهد، لقي مصرعه) or passives: their subject is the recipient. */
const UNDERGO_TRIG = S('اصيب جرح استشهد لقي توفي سقط');
/** Words for the land around a place (ريف إدلب، ضواحي دمشق). */
const GENERIC_PLACE = new Set(['ريف', 'ضواحي', 'محيط', 'اطراف', 'ريفي']);
/** Prepositions with a pronoun, which may come between a verb and its subject. */
const PRONOUN_PP = S('خلاله خلالها فيه فيها فيهم به بها بهم بهما له لها لهم لهما عليه عليها عليهم منه منها منهم اليه اليها اليهم معه معها معهم عنه عنها عنهم');
/** Words of expectation before أن (من المتوقع أن يزور، من المقرر أن): what follows is planned. */
const EXPECTED = S('المقرر المتوقع المنتظر المزمع المرتقب يعتزم تعتزم ينوي تنوي يتوقع');
/** Nouns that name a body of people (a movement, a party, circles, a committee). */
const BODY_NOUN = S('حركه جماعه اوساط مصادر حزب احزاب تيار جبهه نيابه هيئه لجنه مجلس اتحاد نقابه منظمه جمعيه ائتلاف تحالف كتله فصائل فصيل مجموعه امانه رابطه قوي');
/** كان and its forms: the phrase after it and before the main verb is that verb's subject. */
const KANA = S('كان كانت وكان وكانت فكان فكانت');
/** Participles of saying whose object follows (مؤكدا دعمه، مجددا دعوته): the next word is a noun. */
const OBJ_PARTICIPLE = S('مؤكدا مشددا مجددا معلنا مبديا مطالبا داعيا معربا مكررا');
/** Verbs that affirm a stance (أكد دعمه، جدد تأييده، أبدى تأييدها). */
const AFFIRM_V = S('اكد جدد ابدي اعرب اعلن كرر شدد');
/** Verbs of speculation before أن (لا يستبعد مراقبون أن، يرجح خبراء أن): what follows is hypothetical. */
const SPECULATE = S('يستبعد تستبعد يستبعدون يرجح ترجح يرجحون يخشي تخشي يخشون يحتمل تحتمل');
/** Verbal nouns that make the event noun after them a goal when a preposition precedes (إلى تقديم تنازلات). */
const GOAL_NOUN = S('تقديم اتخاذ اجراء بدء اطلاق ابرام عقد تحقيق');
/** Verbs that make a truce noun after them an event. */
const TRUCE_V = S('اعلن توصل اتفق ابرم وقع بدا قرر اقر اعلنت فرض');
/** Places attacked (قصف مواقع، استهداف مقر). */
const TARGET_NOUN = S('مواقع موقع مقر مقرات معاقل معقل مراكز مركز منازل منزل مباني مبني نقاط نقطه تجمعات مخازن مستودعات ثكنات');
/** Nouns of fighting between parties. */
const CLASH = S('المعارك معارك الاشتباكات اشتباكات المواجهات مواجهات القتال قتال');
/** Nouns of quantity before an event noun (سلسلة غارات، موجة احتجاجات). */
const QUANTIFIER = new Set(['سلسل', 'موج', 'عد', 'جول', 'سلسله', 'موجه', 'عده', 'جوله']);
/** Word sets of the rules below. */
const TRUCE_AFTER_V = S('دخل سري بدا انهار');
const SENTENCE_W = S('بالسجن بسجن بالحبس بحبس بالاعدام باعدام بالمؤبد بغرامه بتغريم');
const BUILDING = S('منزل منزلا منزلين منازل بيت بيوت مبني مباني منشاه منشات مسجد مدرسه عماره بنايه');
const TROOP_NOUN = S('قوات القوات جنود الجنود قواته قواتها جنوده جنودها');
const GOD = S('الله لله');
const AGREED_ON = S('علي ان');
const PROTEST_REPORT_V = S('دخل خرج نظم شارك نفذ اقام خاض بدا واصل شن');
const WITNESS_V = S('شهد');
/** Times of day before a date (فجر اليوم، مساء الجمعة). */
const TIME_OF_DAY = S('فجر صباح مساء ظهر ليل ليله منتصف');
const TIME_PREP = S('خلال بعد قبل اثناء لدي عند عقب اثر منذ حتي');
/** Support verbs of a request noun (جدد دعوته، وجّه دعوة، صوّت على مطالبة). */
const REQUEST_SUPPORT_V = S('جدد وجه اطلق صوت اقر قدم كرر ابدي اعرب');
/** Support verbs whose subject is the actor of the noun event after them (أجرى محادثات، أعرب عن إدانته). */
const SUPPORT_V = S('استانف رد فرض تلقي شن نفذ قام اقدم اجري عقد ابدي اعرب جدد وجه اطلق اصدر قدم تبادل واصل صوت اقر بدا قرر');
const HAPPEN_AFTER = S('وقع استهدف اسفر ادي اوقع خلف طال اودي هز دار اندلع استمر تواصل تجدد ضرب جري نفذ قتل حصد');
/** Verbs whose own event is the protest named by the noun after them: agentive light verbs
 *  (نظم اعتصاما، نفذ إضرابا، خرج في مسيرة، شارك في مظاهرة، أقام، خاض، دخل في إضراب، واصل) and
 *  verbs of onset and course (اندلعت احتجاجات، انطلقت مسيرة، جرت، عمت، تجددت، امتدت). Verbs
 *  whose own event only takes the protest as an argument (شهد "witnessed", قاد "led", انضم
 *  "joined", اجتاح "swept") do not report it; nor do crowd verbs (تجمع، احتشد، سار). After a
 *  definite noun the verb is its predicate (الإضراب شل). */
const OCCUR_BEFORE = S('خرج شارك نظم اندلع انطلق جري عم استمر تواصل تجدد دخل واصل نفذ اقام خاض بدا تصاعد اتسع امتد شن شهد');
/** Verbs of a relative clause after a protest noun that has it take place. */
const REL_OCCUR = S('خرج جري اندلع انطلق عم استمر تواصل تجدد بدا تصاعد اتسع امتد شل اجتاح جاب طاف نظم نفذ اقام قاد شارك');
/** Verbs of sparking protests. */
const SPARK_V = S('اثار اشعل فجر');
const OCCUR_AFTER = S('خرج جري اندلع انطلق عم استمر تواصل تجدد دخل بدا تصاعد اتسع امتد شل اجتاح جاب طاف انتهي شارك');
/** Words under whose scope an act is not reported as done: plans, intentions, fears, warnings,
 *  prevention, calls, bans, laws and rights, cancellation (verbs by their cores, nouns as written). */
const IRR_V = S('اعتزم نوي استعد خطط قرر عزم توقع اراد خشي حذر هدد توعد دعا طالب حث ناشد منع حظر احبط فكك ابطل الغي اجل علق انهي رفض تعهد وعد لوح سمح رخص ايد');
const IRR_N = S('المقرر المتوقع المحتمل محتمل محتمله احتمال امكانيه يمكن يجب ينبغي خطه مخطط تخطيط بتخطيط لتنفيذ خشيه مخاوف تحذير تحذيرات خطر مخاطر تهديد تهديدات دعوه دعوات نداء منع لمنع حظر قانون مشروع حق بحق ترخيص تصريح الغاء تاجيل تعليق انهاء لانهاء لوقف بوقف عزمه عزمها عزمهم نيه استعدادا استعدادات تحضيرا تحسبا');
/** Words that make protesters the object of police action rather than the actors of a protest. */
const REPRESS_V = S('فرق فض قمع اعتقل اطلق استخدم تصدي هاجم حاصر اعتدي قتل اصاب منع اوقف احتجز');
const REPRESS_N = S('تفريق لتفريق فض لفض قمع بقمع وقمع اعتقال قتل مقتل ضد');
/** Causes of death and injury that are no attack. */
const NONVIOLENT = S('اسطوانه تسرب حادث حوادث سير مروري مروريه المرور حريق حرائق زلزال الزلزال هزه فيضان فيضانات سيول السيول غرق غرقا انهيار تسمم بالتسمم فيروس بفيروس كورونا كوفيد مرض بمرض وباء الكوليرا عاصفه صاعقه صعق اختناق تدافع انزلاق انقلاب حافله تصادم اصطدام بالانفلونزا الحصبه الاصابات المؤكده مصابين بالفيروس');
const VIOLENT_STRICT = S('المسيل الغاز صاروخ صواريخ صاروخيه قذيفه قذائف عبوه ناسفه غاره غارات قصف رصاص برصاص هجوم هجمات مسلح مسلحون مسلحين قنبله مفخخه انتحاري انتحاريه اشتباكات معارك نيران بنيران ارهابي ارهابيه تفجير اغتيال مجهولون مجهولين');
/** Agents and instruments of violence: an attack verb with one of these near reports an attack. */
const ARMED = S('فصائل فصيل مسلح مسلحون مسلحين مجهول مجهولون مجهولين انتحاري انتحاريه قوات القوات جيش الجيش طائرات طائره الطائرات مقاتلات المقاتلات طيران الطيران مدفعيه المدفعيه صاروخ صواريخ قذيفه قذائف عبوه ناسفه مفخخه قنبله ميليشيا ميليشيات مليشيات عناصر متمردون المتمردون متمردين متشددون متشددين مستوطنون مستوطنين جنود الجنود الشرطه شرطه قناص قناصه مهاجمون المهاجمون مهاجمين مقاتلون مقاتلين ارهابيون ارهابيين الاحتلال بوارج دبابات');
/** Verbs of breaking out and going on, which report the clash or attack noun they govern. */
const BREAK_OUT = S('تجدد اندلع دار استمر تواصل');
/** Adjectives of an act not (yet) done: a possible, expected or imminent attack. */
const UNSURE_ADJ = S('محتمل محتمله مرتقب مرتقبه وشيك وشيكه مزعوم مزعومه');
/** Prepositions that give an opening attack noun its target or place. */
const HEADLINE_PREP = S('بين علي في قرب ضد برصاص استهدف تستهدف يستهدف');
/** Means of force used on a crowd (بالقوة، بالهراوات، بالغاز، بالرصاص، بخراطيم المياه). */
const FORCE_MEANS = S('بالقوه بالهراوات بالعصي بالغاز بالرصاص بالقنابل بخراطيم بالضرب');
/** أنّ after a preposition (بأن، لأن): it opens a clause, so no subject reaches back over it. */
const COMP_PREP = S('بان بانه بانها بانهم لان لانه لانها لانهم');
/** Envoys that are summoned (a possessive makes one's own envoy recalled). */
const ENVOY = S('سفير سفراء السفير السفراء سفيره سفيرها سفيرهم القائم');
/** Verbs of arriving and setting off, whose subject is the visitor of a visit after them. */
const ARRIVE_V = S('وصل توجه حل غادر بدا');
/** Verbs of carrying out a protest (ستنفّذ إضراباً، سيخوض الأسرى إضراباً، ستنظم وقفة). */
const ORGANISE_V = S('نفذ خاض نظم اقام شن دخل');
/** Verbs of intending, and the nouns of organising a protest after them (يعتزم المعلمون تنظيم اعتصام). */
const INTEND_V = S('اعتزم نوي عزم خطط قرر');
const ORGANISE_N = S('تنظيم تنفيذ خوض اقامه الدخول');
const PROTEST_ACTOR_V = new Set([...PROTEST_REPORT_V, ...ORGANISE_V, ...INTEND_V]);
/** Words of repetition: with a present verb they tell a habit, not one event. */
const HABITUAL = S('متكرره متكرر دوريه سنويا عاده غالبا احيانا كثيرا مرارا');
const PROGRESSIVE = S('الان حاليا منذ لليوم يوميا متواصل متواصله');
const GENERIC = S('سنويا عاده غالبا دائما احيانا متكرره متكرر المتكرره');
const DECADES = S('الخمسينيات الستينيات السبعينيات الثمانينيات التسعينيات خمسينيات ستينيات سبعينيات ثمانينيات تسعينيات');
const PREP_BEFORE = S('في ب ل من عن الي علي اثر جراء بعد قبل خلال اثناء اعقاب عقب اطار اجل اي بسبب نتيجه بفعل وسط ضد حول منذ لدي عند مع');
const TALLY_SINCE = S('بدايه بدء اندلاع مطلع انطلاق عام العام اعوام سنوات سنه السنه اشهر شهور');
const PRETEND_OK = S('الالاف بالالاف بالمئات بالعشرات بالقرب بساحه بميدان بشوارع بمدينه بالعاصمه');

/** The clause before token i: back to punctuation, a clause word, or a complementiser that
 *  is not itself governed (من المقرر أن، يجب أن carry their scope through أن). */
function clauseBack(c: Ctx, i: number, sa: number, max = 7): number {
  let k = i - 1;
  for (; k >= Math.max(sa, i - max); k--) {
    const w = c.norm[k]!;
    if (isPunct(c, k) || CLAUSE.has(w)) break;
    if (COMP.has(w)) {
      const p = c.norm[k - 1] ?? '';
      if (k - 1 >= sa && (IRR_N.has(p) || IRR_N.has(stripConj(p)) || vc(c, k - 1).cores.some((x) => IRR_V.has(x)))) continue;
      break;
    }
  }
  return k + 1;
}
/** A finite verb of `set` in [a, b), not definite and not after a preposition; its index or -1. */
function verbAt(c: Ctx, set: Set<string>, a: number, b: number, s: number): number {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== s || c.doc.kinds[k] !== 'word' || c.counted[k] || DEFINITE.test(c.norm[k]!)) continue;
    if (k > 0 && PREP_BEFORE.has(c.norm[k - 1]!)) continue;
    for (const x of vc(c, k).cores) if (set.has(x)) return k;
  }
  return -1;
}
function hasIn(c: Ctx, set: Set<string>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { const w = c.norm[k]!; if (set.has(w) || set.has(stripConj(w))) return true; for (const x of nc(c, k)) if (set.has(x)) return true; }
  return false;
}
function hasVerbIn(c: Ctx, set: Set<string>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { if (c.doc.kinds[k] !== 'word' || c.counted[k] || DEFINITE.test(c.norm[k]!)) continue; for (const x of vc(c, k).cores) if (set.has(x)) return true; }
  return false;
}
/** The reading of token k that is a verb of `set` is an imperfect (يفعل), not a perfect. */
function presentReading(c: Ctx, k: number, set: Set<string>): boolean {
  const v = vc(c, k);
  const r = v.cores.map((_, n) => n).filter((n) => set.has(v.cores[n]!));
  return r.length > 0 && r.every((n) => v.imp[n]);
}
/** A governing verb is itself negated or future: its act is not reported as done. */
function verbIrrealis(c: Ctx, k: number, sa: number, set: Set<string>): string | null {
  const p = c.norm[k - 1] ?? '';
  if (k > sa && (NEG.has(p) || NEG.has(stripConj(p)))) return 'negated';
  if (k > sa && (RELATIVE.has(p) || (RELATIVE.has(c.norm[k - 2] ?? '') && (p === 'قد' || p === 'كان')))) return 'in a background relative clause';
  const v = vc(c, k);
  const readings = v.cores.map((x, n) => n).filter((n) => set.has(v.cores[n]!));
  if (readings.length && readings.every((n) => v.fut[n])) return 'future';
  if (p === 'سوف' || p === 'لن' || (p === 'قد' && /^(و|ف)?ي/.test(c.norm[k]!))) return 'future or possible';
  return null;
}

/** The verb that reports a nominal trigger as happening: within two words before it (room for a
 *  one- or two-word subject, or a preposition joined to the noun) or right after it (room for one
 *  adjective); its index or -1. */
function governor(c: Ctx, h: Hit, before: Set<string>, after: Set<string>, cb: number, sb: number, reach = 3): number {
  const s = c.doc.tokenSentence[h.i]!;
  // a prepositional complement (خرج مئات الطلاب في مسيرة، دخل الأسرى في إضراب) leaves room for a
  // two-word subject between the verb and the preposition
  if (h.i > 0 && (c.norm[h.i - 1] === 'في' || /^(و|ف)?(ب|ل)/.test(c.norm[h.i]!))) reach += 1;
  if (h.i > 0 && c.norm[h.i - 1] === 'في') reach += 1;
  // a quantifier noun (سلسلة غارات، موجة احتجاجات) and a date set off by commas stand between
  if (h.i > 0 && QUANTIFIER.has(nounKey(c.norm[h.i - 1]!))) reach += 1;
  for (let k = h.i - 1; k >= Math.max(0, h.i - reach - 4); k--) {
    if (isPunct(c, k)) {
      if (c.norm[k] === ',' && c.dates.some((d) => d.b === k || d.b === k - 1 || d.a === k + 1 || d.a === k + 2)) { reach += 1; continue; }
      break;
    }
    if (c.dates.some((d) => d.a <= k && k < d.b) || TIME_OF_DAY.has(c.norm[k]!)) { reach += 1; continue; }
    if (k < h.i - reach) break;
    if (verbAt(c, before, k, k + 1, s) === k && !isName(c, k)) return k;
  }
  // a longer subject between the verb and the noun (شهدت مدينة البصرة جنوبي العراق مساء أمس
  // احتجاجات، شنت طائرات التحالف الدولي غارات): words with no other verb, clause word or stop
  for (let k = h.i - 1; k >= Math.max(0, h.i - 10); k--) {
    if (isPunct(c, k)) {
      if (c.norm[k] === ',' && c.dates.some((d) => d.b === k || d.b === k - 1 || d.a === k + 1 || d.a === k + 2)) continue;
      break;
    }
    const w = c.norm[k]!;
    if (CLAUSE.has(w) || COMP.has(w) || RELATIVE.has(w) || NEG.has(w)) break;
    if (isName(c, k)) continue;
    if (verbAt(c, before, k, k + 1, s) === k) return k;
    if (isVerbLike(c, k) && !c.dates.some((d) => d.a <= k && k < d.b)) break;
    // an indefinite object (نفذ الدفاع المدني تمرينا يحاكي وقوع تفجير) or an imperfect verb ends
    // the subject: the noun belongs to another clause
    if (c.entAt[k]! < 0 && !TIME_OF_DAY.has(w) && !c.dates.some((d) => d.a <= k && k < d.b) && ((w.length > 3 && w.endsWith('ا') && !/^(و|ف)?ال/.test(w)) || /^(و|ف)?ي/.test(w))) break;
  }
  // a verb after the noun is its predicate only when the noun is a definite subject (الهجوم
  // أسفر); after an indefinite noun it opens a relative clause (في هجوم استهدف "in an attack
  // that targeted"), and after a preposition the noun is no subject at all
  const w = c.norm[h.i]!;
  if (!/^(و|ف)?ال/.test(w) || (h.i > 0 && PREP_BEFORE.has(c.norm[h.i - 1]!))) return -1;
  for (let k = h.end; k < Math.min(sb, h.end + 2); k++) {
    if (isPunct(c, k) || CLAUSE.has(c.norm[k]!)) break;
    if (verbAt(c, after, k, k + 1, s) === k && !isName(c, k)) return k;
  }
  return -1;
}

/** Why a physical-event trigger (ASSAULT, PROTEST) does not report an act that took place or is
 *  taking place; null when it does. */
/** What made the last physical event a report (for `why`). */
let accepted = '';
/** Set by mentionOnly when a protest is accepted as planned: the verb that plans it. */
let plannedBy = '';
function mentionOnly(c: Ctx, h: Hit, t: Trigger, sa: number, sb: number, mag: boolean, loc: boolean, recip: boolean): string | null {
  const s = c.doc.tokenSentence[h.i]!, i = h.i;
  const lead = afterDateline(c, sa, sb);
  plannedBy = '';
  // a question
  for (let k = sb - 1; k >= sa; k--) { if (c.norm[k] === '?' || c.norm[k] === '؟') return 'question'; if (!isPunct(c, k)) break; }
  if (c.norm[sa] === 'هل' || c.norm[sa] === 'وهل') return 'question';
  const cb = clauseBack(c, i, sa);
  // under a plan, intention, fear, warning, call, ban, law or prevention
  if (hasIn(c, IRR_N, cb, i)) return 'planned, feared, banned or prevented (scope word)';
  // (a protest its organisers intend, organising it: يعتزم المعلمون تنظيم اعتصام → planned)
  if (t.type === 'PROTEST' && h.nominal && i > cb && ORGANISE_N.has(stripConj(c.norm[i - 1]!))) {
    const v = verbAt(c, INTEND_V, cb, i - 1, s);
    if (v >= 0 && !NEG.has(c.norm[v - 1] ?? '') && !hasVerbIn(c, IRR_V, v + 1, i)) { plannedBy = c.norm[v]!; return (accepted = `planned (${c.norm[v]} … ${c.norm[i - 1]})`, null); }
  }
  if (hasVerbIn(c, IRR_V, cb, i)) return 'planned, called for, threatened or prevented (scope verb)';
  if (t.type === 'ASSAULT' && hasAny(c, LEGAL, cb - 2, i, s)) return 'legal context';
  // (a force named for its task is no purpose: قوات مكافحة الشغب، وحدة مكافحة الإرهاب)
  for (let k = Math.max(cb, i - 3); k < i; k++) if (PURPOSE.has(c.norm[k]!) && !/^(قوات|وحده|وحدات|فرق|فرقه|جهاز|شرطه|قوه)$/.test(c.norm[k - 1] ?? '')) return 'purpose or prevention';
  // history and anniversaries
  if (hasAny(c, HIST, sa, i, s) || hasAny(c, DECADES, sa, sb, s) || hasAny(c, S('القرن'), sa, sb, s)) return 'historical';
  for (let k = sa; k + 2 < sb; k++) if (c.norm[k] === 'قبل' && (c.doc.kinds[k + 1] === 'number' || c.quantities.some((q) => q.a === k + 1)) && /^(عام|عاما|اعوام|سنه|سنوات|سنين|عقود|عقد)$/.test(c.norm[k + 2] ?? c.norm[k + 1]!)) return 'historical (years ago)';
  if (c.dates.some((d) => c.doc.tokenSentence[d.a] === s && d.a < i && typeof d.v.value === 'string' && /^\d{4}$/.test(d.v.value))) return 'year-level (historical or aggregate)';
  // a chronology line opening with a past year (1967 - …) is history
  const y0 = c.doc.kinds[sa] === 'number' ? Number(c.norm[sa]) : NaN;
  if (y0 >= 1900 && y0 <= 2100 && (!c.doc.documentDate || y0 < Number(c.doc.documentDate.slice(0, 4)))) return 'historical (a chronology line)';
  if (t.type === 'ASSAULT') {
    // a tally since the start of a conflict or over a year is an aggregate, not one attack
    for (let k = Math.max(sa, i - 4); k < Math.min(sb, h.end + 8); k++) {
      if (c.norm[k] !== 'منذ') continue;
      const nx = c.norm[k + 1] ?? '';
      if (TALLY_SINCE.has(nx) || nounCores(nx).some((x) => TALLY_SINCE.has(x)) || c.dates.some((d) => d.a === k + 1 && typeof d.v.value === 'string' && /^\d{4}(-\d\d)?$/.test(d.v.value))) return 'cumulative tally (منذ)';
    }
    const PERIOD = /^(العام|عام|السنه|الشهر|الاشهر|الشهور|السنوات|الاعوام|الاسابيع|اشهر|شهور|سنوات|اعوام|اسابيع)$/;
    for (let k = Math.max(sa, i - 6); k < Math.min(sb, h.end + 8); k++) if (c.norm[k] === 'خلال' && (PERIOD.test(c.norm[k + 1] ?? '') || PERIOD.test(c.norm[k + 2] ?? ''))) return 'aggregate over a period (خلال)';
    if (hasAny(c, S('حصيله عدد اجمالي'), Math.max(sa, i - 3), i, s) && hasVerb(c, S('بلغ ارتفع وصل تجاوز'), sa, i, s) && !hasAny(c, RELATIVE, sa, sb, s)) return 'aggregate count';
    // deaths and injuries from accidents, disasters and disease are no attack
    if (hasAny(c, NONVIOLENT, sa, sb, s) && !hasAny(c, VIOLENT_STRICT, sa, sb, s)) return 'accident, disaster or disease';
  }
  if (t.type === 'PROTEST') {
    // protesters dispersed, arrested or killed: the report is of the police action
    if ((h.nominal || t.gate === 'protester' || t.gate === 'crowdsubj') && (hasIn(c, REPRESS_N, Math.max(cb, i - 4), i) || verbAt(c, REPRESS_V, cb, i, s) >= 0)) return 'protest as the object of police action';
  }
  const p1 = c.norm[i - 1] ?? '', p2 = c.norm[i - 2] ?? '';
  if (!h.nominal && (RELATIVE.has(p1) || (RELATIVE.has(p2) && (p1 === 'قد' || p1 === 'كان')))) return 'background relative clause';
  // a verb right after a noun and followed by a resumptive pronoun is a relative clause without
  // الذي (مركز احتشد فيه أكراد "a centre in which Kurds gathered")
  if (!h.nominal && i > sa && isWord(c, i - 1) && !/^(و|ف)/.test(c.norm[i]!) && RESUMPTIVE.has(c.norm[h.end] ?? '') && DEFINITE.test(c.norm[i - 1]!) === false && !NEG.has(p1) && !COMP.has(p1) && !STOP_NP.has(p1)) return 'background relative clause (resumptive pronoun)';
  accepted = '';
  if (t.type === 'ASSAULT') {
    if (mag) return (accepted = 'a toll', null);
    if (h.nominal) {
      // the attack noun is the subject, object or في-phrase of a verb reporting it
      const gov = governor(c, h, HAPPEN_BEFORE, HAPPEN_AFTER, cb, sb);
      if (gov >= 0) {
        const irr = verbIrrealis(c, gov, sa, gov < h.i ? HAPPEN_BEFORE : HAPPEN_AFTER);
        if (irr) return `governing verb ${irr}`;
        if (presentReading(c, gov, gov < h.i ? HAPPEN_BEFORE : HAPPEN_AFTER) && !hasAny(c, PROGRESSIVE, sa, sb, s)) return 'governing verb in the present (generic)';
        // only a light verb makes the noun the predicate (شن هجوما، تعرض لهجوم، نفذ تفجيرا);
        // a noun that is the subject or object of another verb is most often background
        // (or a verb of breaking out and going on: تجددت الاشتباكات، اندلعت اشتباكات)
        if (!vc(c, gov).cores.some((x) => LIGHT.has(x) || BREAK_OUT.has(x))) return 'governed by a verb other than a light verb';
        return (accepted = `the light verb ${c.norm[gov]} reports it`, null);
      }
      // an indefinite attack noun opening the sentence with what it hit or where is a verbless
      // report, as in a headline (اشتباكات عنيفة بين القوات والمسلحين، غارات روسية على ريف حماة)
      if (i - lead < 1 && !/^(و|ف)?(ب|ل|ك|ال)/.test(c.norm[i]!) && !/(ه|ها|هم)$/.test(c.norm[i]!) && !hasAny(c, UNSURE_ADJ, h.end, h.end + 3, s) && hasAny(c, HEADLINE_PREP, h.end, h.end + 5, s)) return (accepted = 'an indefinite noun opening the sentence (a headline)', null);
      return 'nominal mention without a toll';
    }
    if (h.imperfect && !h.future && !hasAny(c, PROGRESSIVE, sa, sb, s) && !hasVerbIn(c, S('شن دار تعرض واصل استمر تواصل'), i, i + 1)) return 'present-tense generic';
    if (hasAny(c, GENERIC, sa, sb, s)) return 'generic';
    // an attack has an attacker or a victim: a concrete target, an armed agent or a weapon near
    if (recip) return (accepted = 'a concrete victim or target', null);
    // the subject right after the verb (VSO) or before it (SVO) is an armed actor or a weapon,
    // or a concrete victim or target follows within the clause
    const ce = clauseEnd(c, h.end, sb, 6);
    if (hasAny(c, ARMED, h.end, Math.min(ce, h.end + 2), s) || hasAny(c, ARMED, Math.max(cb, i - 3), i, s)) return (accepted = 'an armed party or weapon as subject', null);
    // a weapon fired is named by the trigger itself (أطلقت فصائل صاروخين، أطلق قذائف)
    if (t.words.length > 1 && t.mode === 'heavy-weapons') return (accepted = 'weapons fired', null);
    for (let k = h.end; k < ce; k++) if (concreteWord(c.norm[k]!)) return (accepted = 'a concrete victim or target', null);
    return 'no attacker, victim, target or toll';
  }
  // PROTEST
  if (hasAny(c, SPORT, sa, sb, s)) return 'sport';
  // تظاهرة is also "an event" (تظاهرة ثقافية، تظاهرة رياضية), above all in the Maghreb
  if ((t.pattern === 'تظاهره' || t.pattern === 'تظاهرات') && hasAny(c, CULTURE, sa, sb, s)) return 'a cultural event (تظاهرة)';
  if (h.nominal) {
    const gov = governor(c, h, OCCUR_BEFORE, OCCUR_AFTER, cb, sb, 6);
    if (gov >= 0) {
      const irr = verbIrrealis(c, gov, sa, gov < h.i ? OCCUR_BEFORE : OCCUR_AFTER);
      // a future verb of carrying out (ستنفّذ النقابة إضراباً، سيخوض الأسرى إضراباً) plans it
      if (irr === 'future' && gov < h.i && vc(c, gov).cores.some((x) => ORGANISE_V.has(x))) { plannedBy = c.norm[gov]!; return (accepted = `planned (the future verb ${c.norm[gov]})`, null); }
      if (irr) return `governing verb ${irr}`;
      const present = presentReading(c, gov, gov < h.i ? OCCUR_BEFORE : OCCUR_AFTER);
      if (present && !hasAny(c, PROGRESSIVE, sa, sb, s) && !hasVerbIn(c, S('تواصل استمر واصل'), gov, gov + 1)) return 'governing verb in the present (generic)';
      // (a present with a word of repetition is a habit, even since a time: يشهد العراق منذ سنوات احتجاجات متكررة)
      if (present && hasAny(c, HABITUAL, sa, sb, s)) return 'governing verb in the present, repeated (a habit)';
      // a plural verb right after an indefinite noun inside a sentence opens a relative clause
      // without الذين (بسجن خمسة ناشطين شاركوا في احتجاجات): background to another report
      const pv = gov - 1;
      if (gov < h.i && pv > sa && isWord(c, pv) && !DEFINITE.test(c.norm[pv]!) && !STOP_NP.has(c.norm[pv]!) && /(وا|ون)$/.test(c.norm[gov]!) && !/^(و|ف)/.test(c.norm[gov]!) && !hasAny(c, COMP, sa, gov, s)) return 'governing verb in a relative clause (background)';
      return (accepted = `the verb ${c.norm[gov]} reports it`, null);
    }
    const definite = /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!) || c.norm[i]!.startsWith('لل');
    if (!definite && !t.gate && (loc || mag)) return (accepted = 'an indefinite noun with a place or count', null);
    // احتجاجاً على "in protest against" after a collective act of a crowd in the same clause
    // (خرج آلاف … احتجاجاً على، تجمع العمال … احتجاجاً) reports a protest; after a resignation or a
    // walkout it does not
    // a protest noun of purpose (للتظاهر، للاحتجاج، للاعتصام) after the collective act of a crowd
    // (نزل آلاف … إلى الساحة للتظاهر) reports the protest as the crowd's act; after a call or a
    // preparation (دعا … للتظاهر، استعد للاعتصام) it does not, and those verbs are no collective act
    if (/^(و|ف)?لل/.test(c.norm[i]!) && h.end === i + 1) {
      // the crowd's way to the square may be long (إلى ساحة الشهداء في وسط بيروت): a wider clause
      const wb = clauseBack(c, i, sa, 12);
      const v = verbAt(c, COLLECTIVE_MOVE, wb, i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, COLLECTIVE_MOVE) && (hasAny(c, CROWD, wb, i, s) || hasAny(c, PROTESTER, wb, i, s))) return (accepted = `a protest of purpose after the collective act ${c.norm[v]}`, null);
    }
    // a protest noun with a possessive pronoun (اعتصامهم، إضرابها) as the object of a verb of
    // continuation earlier in the clause (واصل المعتصمون في الأنبار اعتصامهم) reports it going on
    // (مسيرته with a possessive is a career or a journey: تابع مسيرتها)
    if (/(هم|ها|هن)$/.test(c.norm[i]!) && t.pattern !== 'مسيره' && t.pattern !== 'مسيرات') {
      const v = verbAt(c, CONTINUE_V, Math.max(cb, i - 6), i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, CONTINUE_V)) return (accepted = `its continuation (${c.norm[v]})`, null);
    }
    if (c.norm[i] === 'احتجاجا' || c.norm[i] === 'واحتجاجا') {
      const v = verbAt(c, COLLECTIVE, cb, i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, COLLECTIVE) && (hasAny(c, CROWD, cb, i, s) || hasAny(c, PROTESTER, cb, i, s))) return (accepted = `احتجاجاً after the collective act ${c.norm[v]}`, null);
    }
    // a definite protest noun with a participle of continuation as its predicate (الاعتصام
    // متواصل، الإضرابات مستمرة) reports an ongoing protest
    if (definite && !(i > sa && PREP_BEFORE.has(c.norm[i - 1]!)) && hasAny(c, S('مستمر مستمره متواصل متواصله قائم قائمه'), h.end, h.end + 2, s)) return (accepted = 'a participle of continuation', null);
    // an indefinite protest noun with an agentive relative clause (في مسيرة نظمها الطلاب، تظاهرة
    // شارك فيها الآلاف) presupposes the protest took place
    if (!definite) {
      const k = h.end < sb && c.norm[h.end] !== undefined && !isPunct(c, h.end) ? h.end + (isWord(c, h.end) && !verbAt(c, AGENTIVE, h.end, h.end + 1, s) && h.end + 1 < sb ? 1 : 0) : -1;
      if (k >= 0 && verbAt(c, AGENTIVE, k, k + 1, s) === k && (/(ها|ه)$/.test(c.norm[k]!) || RESUMPTIVE.has(c.norm[k + 1] ?? '')) && !verbIrrealis(c, k, sa, AGENTIVE) && !presentReading(c, k, AGENTIVE)) return (accepted = `an agentive relative clause (${c.norm[k]})`, null);
    }
    // a protest noun with a relative clause in the past that has it take place (المظاهرة التي
    // انطلقت صباح أمس، الاحتجاجات التي شهدتها المدينة، مسيرة نظمها الطلاب)
    // — as the topic of its clause; the object of another verb (قاد الناشط الاحتجاجات التي
    // شهدتها المدينة) is background to that verb's report
    if (RELATIVE.has(c.norm[h.end] ?? '') && h.end + 1 < sb && (i === sa || isPunct(c, i - 1) || SUBJECT_OPENER.has(c.norm[i - 1]!))) {
      const k = verbAt(c, REL_OCCUR, h.end + 1, h.end + 2, s);
      if (k >= 0 && !verbIrrealis(c, k, k, REL_OCCUR) && !presentReading(c, k, REL_OCCUR)) return (accepted = `a relative clause has it take place (${c.norm[k]})`, null);
    }
    // an indefinite protest noun as the subject of a past verb of taking place, after أن or
    // opening the sentence (قالت الجمعية إن مسيرة حاشدة انطلقت في الدراز، أفادت مصادر بأن مظاهرة
    // كبيرة جابت شوارع المدينة)
    if (!definite && (i - lead < 2 || COMP.has(stripConj(c.norm[i - 1] ?? '')) || /^(و|ف)?بان$/.test(c.norm[i - 1] ?? ''))) {
      for (let k = h.end; k < Math.min(sb, h.end + 3); k++) {
        if (isPunct(c, k)) break;
        if (verbAt(c, OCCUR_AFTER, k, k + 1, s) === k) {
          if (!verbIrrealis(c, k, sa, OCCUR_AFTER) && !presentReading(c, k, OCCUR_AFTER)) return (accepted = `the subject of ${c.norm[k]}`, null);
          break;
        }
      }
    }
    // protests sparked by something (أثارت احتجاجات شعبية، أشعل القرار مظاهرات): an indefinite
    // plural protest noun as the object of a past verb of sparking; a state's protest (أثار
    // احتجاج طهران) is a diplomatic one, singular and possessed
    if (!definite && /ات$/.test(c.norm[i]!)) {
      const k = verbAt(c, SPARK_V, Math.max(cb, i - 5), i, s);
      if (k >= 0 && !verbIrrealis(c, k, sa, SPARK_V) && !presentReading(c, k, SPARK_V)) return (accepted = `protests sparked (${c.norm[k]})`, null);
    }
    // an indefinite protest noun opening the sentence is a verbless report, as in a headline or
    // a lede (مظاهرات حاشدة في عدة مدن ضد …)
    if (!definite && i - lead < 2 && !(i > lead && PREP_BEFORE.has(c.norm[i - 1]!))) return (accepted = 'an indefinite noun opening the sentence', null);
    if (tracer) { const pp = i > sa && PREP_BEFORE.has(c.norm[i - 1]!) || /^(و|ف)?(ب|ل)/.test(c.norm[i]!) && !/^(و|ف)?ال/.test(c.norm[i]!); return `nominal mention ${definite ? 'def' : 'indef'} ${pp ? 'pp' : 'bare'} ${i - sa < 2 ? 'initial' : 'inner'} ${verbAt(c, OCCUR_BEFORE, sa, sb, s) >= 0 || verbAt(c, OCCUR_AFTER, sa, sb, s) >= 0 ? 'occur-verb-in-sentence' : ''} ${c.quantities.length ? 'count' : ''} ${hasAny(c, PROTESTER, sa, sb, s) || hasAny(c, CROWD, sa, sb, s) ? 'crowd' : ''}`; }
    return 'nominal mention (no verb reports it happening)';
  }
  if (hasAny(c, GENERIC, sa, sb, s)) return 'generic';
  // a crowd verb (تجمع المحتجون أمام …) reports a protest only as the sentence's lead predicate;
  // elsewhere it describes what protesters did in an event reported otherwise
  if ((t.gate === 'protester' || t.gate === 'crowdsubj') && i - lead >= 2 && !crowdSubjectBefore(c, i, lead)) return 'crowd verb not leading the sentence';
  // اعتصم بـ "hold fast to" (اعتصم بالصمت، بحبل الله) is no sit-in
  for (let k = h.end; t.words[0] === 'اعتصم' && k < Math.min(sb, h.end + 3); k++) if (/^ب/.test(c.norm[k]!) && c.norm[k]!.length > 3 && !PRETEND_OK.has(c.norm[k]!) && !hasAny(c, CROWD, i, k, s)) return 'اعتصم بـ: hold fast to';
  // قطع الطريق على "pre-empt" (قطع الطريق على المتطرفين) is an idiom, not a road block; cutting
  // supply roads is a military act; عن طريق is "by means of"
  if (t.mode === 'obstruct') {
    if (c.norm[h.end] === 'علي') return 'قطع الطريق على: pre-empt';
    const road = h.parts[h.parts.length - 1] ?? h.end - 1;
    if (/امداد|تموين/.test(c.norm[road + 1] ?? '') || c.norm[road - 1] === 'عن') return 'not a road block by protesters';
    if (hasAny(c, ARMED, Math.max(cb, i - 3), road + 3, s) || hasAny(c, S('المقاومه مقاومه الحوثيين'), Math.max(cb, i - 3), road + 3, s)) return 'roads cut by an armed party';
  }
  // تظاهر بـ "pretend": a ب-phrase right after the verb or its one-word subject, no crowd
  if (t.words[0] === 'تظاهر') {
    for (let k = h.end; k < Math.min(sb, h.end + 3); k++) {
      const w = c.norm[k]!;
      if (w[0] === 'ب' && w.length > 3 && !PRETEND_OK.has(w) && !c.quantities.some((q) => q.a === k + 1) && !hasAny(c, CROWD, i, k, s) && !/(وا|ون)$/.test(c.norm[i]!)) return 'تظاهر بـ: pretend';
    }
  }
  return (accepted = 'a finite verb', null);
}

/** An indefinite nisba after an indefinite noun is its adjective, not its genitive (احتجاجات
 *  شعبية، غارات جوية نفذها): what follows belongs to another clause. */
function nisbaAfterIndefinite(c: Ctx, i: number, k: number): boolean {
  if (DEFINITE.test(c.norm[i]!) || DEFINITE.test(c.norm[k]!)) return false;
  // (a verb of happening opens a relative clause: اتصال هاتفي جرى بين …)
  if (verbAt(c, HAPPEN_BEFORE, k, k + 1, c.doc.tokenSentence[k]!) === k) return true;
  // (the feminine only: a masculine ـي is as often a construct plural or dual, مسؤولي، وزيري)
  return /يه$/.test(c.norm[k]!) && c.entAt[k]! < 0 && !actorAt(c, k);
}

/** Verbs of an agentive relative clause after an event noun (نفذها، شنها، نظمها). */
const AGENT_REL = S('نفذ شن نظم قاد اقام تبني ارتكب');
/** After an event noun's indefinite adjectives from k, a relative verb of agency with its
 *  resumptive pronoun and a coded or named subject: [verb, subject start, subject end]. */
function relativeAgent(c: Ctx, k: number, sb: number): [number, number, number] | null {
  const s = c.doc.tokenSentence[k]!;
  for (let n = 0; n < 2 && k < sb && nisbaAfterIndefinite(c, k - 1, k) && verbAt(c, AGENT_REL, k, k + 1, s) < 0; n++) k++;
  if (k + 1 >= sb || verbAt(c, AGENT_REL, k, k + 1, s) !== k || !/(ها|ه|هم)$/.test(c.norm[k]!)) return null;
  const e = argEnd(c, k + 1);
  if (e <= k + 1 || !(codeRange(c, k + 1, e) || entityIn(c, k + 1, e))) return null;
  return [k, k + 1, e];
}

/** Where a sentence's own words start after a dateline (عمّان - …، بغداد (رويترز) - …). */
function afterDateline(c: Ctx, sa: number, sb: number): number {
  for (let k = sa + 1; k < Math.min(sb - 1, sa + 6); k++) {
    if (!isPunct(c, k)) continue;
    const w = c.norm[k]!;
    if (w === '-' || w === '–' || w === '—' || w === ':') return k + 1;
    if (w !== '(' && w !== ')') break;
  }
  return sa;
}

/** Words of a counted crowd standing as the subject before its verb (قرابة ستة آلاف متظاهر
 *  تجمعوا، حوالى 10 آلاف شخص تجمعوا): approximators, numbers, crowd and person nouns. */
const CROWD_SUBJECT = S('قرابه حوالي حوالى نحو زهاء اكثر اقل من ما يقارب يزيد علي الاف الالاف الف مئات عشرات حشود شخص اشخاص مواطن مواطنون مواطنين عامل عمال طالب طلاب');
/** Clause openers before an SVO subject: a conjunction, a complementiser, قد. */
const SUBJECT_OPENER = S('الا ان انه لكن فان وان و ف قد وقد فقد');
/** The crowd verb at i has its counted crowd subject right before it, from the clause's start
 *  (SVO: the verb is still the clause's lead predicate). */
function crowdSubjectBefore(c: Ctx, i: number, sa: number): boolean {
  let crowd = false;
  for (let k = i - 1; k >= sa; k--) {
    const w = c.norm[k]!;
    if (isPunct(c, k) || SUBJECT_OPENER.has(w)) return crowd;
    if (PROTESTER.has(w) || CROWD_COUNT.has(w) || c.quantities.some((q) => q.a <= k && k < q.b)) { crowd = true; continue; }
    if (c.doc.kinds[k] === 'number' || CROWD_SUBJECT.has(w)) continue;
    return false;
  }
  return crowd;
}

/** A place named in the sentence: a GPE/LOC/FAC entity or a country or capital of the lexicon. */
function placeIn(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const x = c.entAt[k]!;
    if (x >= 0 && ['GPE', 'LOC', 'FAC'].includes(c.doc.entities[x]!.type)) return true;
    const h = actorAt(c, k);
    if (h && (h.info.kind === 'country' || h.info.kind === 'capital')) return true;
  }
  return false;
}

/** إذا / لو, or في حال(ة) opening a condition (في حال لم …، في حالة وقوع …), in [a, b); حالة
 *  as "state" (حالة الطوارئ، في حالة خطرة) is no condition. */
function conditional(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = stripConj(c.norm[k]!);
    if (w === 'اذا' || w === 'لو') return true;
    if ((w === 'حال' || w === 'حاله') && c.norm[k - 1] === 'في') {
      const nx = c.norm[k + 1] ?? '';
      if (nx === 'لم' || nx === 'ان' || nx === 'عدم' || nx === 'وقوع' || nx === 'حدوث' || nx === 'تعرض' || nx === 'استمرار' || (!DEFINITE.test(nx) && isVerbLike(c, k + 1))) return true;
    }
  }
  return false;
}

function clauseEnd(c: Ctx, a: number, sb: number, max: number): number {
  let k = a;
  for (; k < Math.min(sb, a + max); k++) if (isPunct(c, k) || CLAUSE.has(c.norm[k]!) || (k > a && c.norm[k]![0] === 'و' && isVerbLike(c, k))) break;
  return k;
}

function overlaps(args: Argument[], sp: Speech): boolean {
  return args.some((a) => a.start < sp.end && a.end > sp.start);
}
