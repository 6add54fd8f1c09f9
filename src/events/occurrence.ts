// Events layer: whether a physical event (ASSAULT, PROTEST) is reported as having taken place.
// See docs/events.md for the rules.

import { lexicons, nounCores, nounKey, type Trigger } from './lexicon.js';
import { AGENTIVE, ANIMAL, KANA, PURPOSE_NOUN, CROWD_COUNT, RESULT_V, SPORT_AMBIGUOUS, ARMED, ATTACK_REL_VERB, BREAK_OUT, CASUAL_CUE, CLAUSE, COLLECTIVE, COLLECTIVE_MOVE, COMP, CONTINUE_V, CROWD, CULTURE, DECADES, DEFINITE, GENERIC, HABITUAL, HAPPEN_AFTER, HAPPEN_BEFORE, HEADLINE_PREP, HIST, INTEND_V, IRR_N, IRR_V, LEGAL, LIGHT, NEG, NONVIOLENT, OCCUR_AFTER, OCCUR_BEFORE, ORGANISE_N, ORGANISE_V, PREP_BEFORE, PRETEND_OK, PROGRESSIVE, PROTESTER, PURPOSE, QUANTIFIER, RELATIVE, REL_OCCUR, REPRESS_N, REPRESS_V, RESUMPTIVE, S, SPARK_V, SPORT, STOP_NP, SUBJECT_OPENER, TALLY_SINCE, TIME_OF_DAY, UNSURE_ADJ, VIOLENT_STRICT, concreteWord } from './words.js';
import { type Ctx, isQuote, type Hit, nc, afterDateline, bareSurface, clauseBack, clauseEnd, hasAny, hasIn, hasVerb, hasVerbIn, isName, sportIn, isPunct, isVerbLike, isWord, stripConj, tracer, vc, verbAt } from './context.js';
import { armedGroupIn, codeRange, crowdSubjectBefore } from './phrases.js';

/** Verbs that go on with or widen a protest of one's own (واصل المعتصمون اعتصامهم، وسّع المحتجون اعتصامهم). */
/** Verbs that carry out or undergo a protest or an attack named after them (خاض إضراباً، بدأ إضراباً،
 *  شن هجوماً، تعرضت البلدات لقصف). */
/** Words before a negation that make it part of a concession (دون أن، بعد أن). */
const CONCESSIVE = S('دون بدون');
/** A protest purpose (احتجاجاً، رفضاً، للمطالبة، تنديداً) told after an act. */
const PROTEST_PURPOSE_W = S('احتجاجا واحتجاجا رفضا للمطالبه مطالبين تنديدا للتنديد');
/** Openers of a sentence's first phrase: attribution, concession, time (بحسب، رغم، منذ، ابتداء). */
const OPENER = /^(ب|ل)?(حسب|رغم|وفق|وفقا|علي|ابتداء|بعد|وسط|منذ|في|خلال)$/;
/** A demand or protest told as the purpose of a crowd's act. */
const DEMAND_PURPOSE = new Set([...PROTEST_PURPOSE_W, 'مطالبات', 'منددين']);
/** Verbs whose negation tells that something goes on (لا تزال، لم تتوقف، لا سيما). */
const NEG_KEEPS = /^(ي|ت)?(زال|يزال|تزال|زالت|برح|يبرح|تبرح|سيما|يتوقف|تتوقف|ينقطع|تنقطع|يهدا|تهدا|ينته|تنته|يكد|تكد|يكن|تكن)/;
const CARRY_OUT = S('خاض بدا نفذ شن تعرض');
const CONTINUE_OR_WIDEN = new Set([...CONTINUE_V, 'وسع', 'صعد']);
/** The acts of a group that protest when done in protest (أغلق، قطع، حطم، أحرق، أضرم، نصب، اقتحم، رشق). */
const GROUP_ACT = new Set([...COLLECTIVE, 'حطم', 'احرق', 'اضرم', 'نصب', 'اقتحم', 'رشق', 'اوقف', 'صعد', 'احتل', 'قاد', 'حمل', 'رفع', 'وقف', 'اعتلي', 'علق', 'افرغ', 'سكب', 'اشعل', 'ارتدي', 'اقام']);
/** The verb at v has a group of people as its subject: protesters, a crowd or a count after it,
 *  a plural of people (مزارعون، سائقو الأجرة), or such a subject before it. */
export function groupSubject(c: Ctx, v: number, sa: number, sb: number): boolean {
  for (let k = v + 1; k < Math.min(sb, v + 4); k++) {
    if (isPunct(c, k)) break;
    const w = stripConj(c.norm[k]!);
    if (PROTESTER.has(w) || CROWD.has(w) || CROWD_COUNT.has(w) || c.quantities.some((q) => q.a === k && (q.v.unit == null || q.v.unit === 'person' || q.v.unit === 'protester'))) return true;
    if (k === v + 1 && !/^ال/.test(w) && /^.{3,}(ون|و)$/.test(w) && c.entAt[k]! < 0) return true;
    if (k === v + 1 && concreteWord(w) && /^(ال)?(شبان|عمال|طلاب|اهالي|سكان|مواطنون|المواطنون|مزارعون|سائقو|قضاه|محامون|اطباء|معلمون|موظفون|تجار|صحفيون)$/.test(w)) return true;
  }
  if (headlinePeople(c, v, sa)) return true;
  return v > sa && crowdSubjectBefore(c, v, sa);
}

/** A headline written as a sentence: a short one opening with an indefinite noun phrase and a
 *  present verb (مسلحون ملثمون يقتحمون مستشفى …، عبوة لاصقة تنفجر بسيارة ضابط …) tells news, not a
 *  habit, even with a full stop. */
export function headlineLead(c: Ctx, sa: number, sb: number): boolean {
  let words = 0;
  for (let k = sa; k < sb; k++) if (c.doc.kinds[k] === 'word') words++;
  if (words > 20 || c.doc.kinds[sa] !== 'word' || /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[sa]!) || isVerbLike(c, sa) || c.entAt[sa]! >= 0 || STOP_NP.has(c.norm[sa]!)) return false;
  for (let v = sa + 1; v <= sa + 3 && v < sb; v++) {
    if (!isWord(c, v)) return false;
    if (/^(ي|ت)/.test(c.norm[v]!) && isVerbLike(c, v) && vc(c, v).imp.some(Boolean)) return true;
  }
  return false;
}

/** A headline's indefinite people right before a present verb opening the sentence (متقاعدون
 *  يتجمعون، مزارعون يقودون جراراتهم): the present of a news headline, not a habit. */
function headlinePeople(c: Ctx, v: number, sa: number): boolean {
  if (v <= sa || v - sa > 3 || !/^(ي|ت)/.test(stripConj(c.norm[v]!))) return false;
  const w = stripConj(c.norm[v - 1]!);
  if (/^.{3,}ون$/.test(w) && !/^ال/.test(w) && c.entAt[v - 1]! < 0) return true;
  // (or the people open the sentence in construct: تجّار بازار طهران يغلقون، مربّو الأبقار يسكبون)
  const f = stripConj(c.norm[sa]!);
  return !/^ال/.test(f) && (/^.{3,}و$/.test(f) || /^(تجار|طلاب|عمال|شبان|موظفو|سكان|اهالي)$/.test(f)) && c.doc.kinds[sa] === 'word';
}

/** Words that make an act a habit: with a verb in the past only the adverbs (عادة، غالباً) — the
 *  adjective of repetition there qualifies something else (احتجاجاً على الانقطاع المتكرر للكهرباء). */
const GENERIC_ADV = S('سنويا عاده غالبا دائما احيانا');
function genericFor(h: Hit): Set<string> { return h.imperfect || h.nominal ? GENERIC : GENERIC_ADV; }

/** A verb right after an indefinite noun and followed by a resumptive pronoun opens a relative
 *  clause without الذي about that noun (مركز احتشد فيه أكراد، منشورات انتقد فيها أداء الحكومة). */
export function resumptiveRelative(c: Ctx, h: Hit, sa: number): boolean {
  const i = h.i, p1 = c.norm[i - 1] ?? '';
  return !h.nominal && i > sa && isWord(c, i - 1) && !/^(و|ف)/.test(c.norm[i]!) && RESUMPTIVE.has(c.norm[h.end] ?? '') && DEFINITE.test(p1) === false && !NEG.has(p1) && !COMP.has(p1) && !STOP_NP.has(p1);
}

/** The reading of token k that is a verb of `set` is an imperfect (يفعل), not a perfect. */
export function presentReading(c: Ctx, k: number, set: Set<string>): boolean {
  const v = vc(c, k);
  const r = v.cores.map((_, n) => n).filter((n) => set.has(v.cores[n]!));
  return r.length > 0 && r.every((n) => v.imp[n]);
}
/** A governing verb is itself negated or future: its act is not reported as done. */
export function verbIrrealis(c: Ctx, k: number, sa: number, set: Set<string>): string | null {
  const p = c.norm[k - 1] ?? '';
  // (ما before a verb of result is "which": ما أسفر عن إصابة 12 عاملاً، ما أدى إلى مقتل)
  if (k > sa && (NEG.has(p) || NEG.has(stripConj(p))) && !(stripConj(p) === 'ما' && vc(c, k).cores.some((x) => RESULT_V.has(x)) && !/^(ي|ت|ن)/.test(c.norm[k]!))) return 'negated';
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
/** Verbs of seeing and showing, after which a present verb tells what was seen (رأى عنصراً يطلق النار). */
const SEEN_V = S('اظهر شاهد راي رصد وثق صور');
export function governor(c: Ctx, h: Hit, before: Set<string>, after: Set<string>, cb: number, sb: number, reach = 3): number {
  const s = c.doc.tokenSentence[h.i]!;
  // a prepositional complement (خرج مئات الطلاب في مسيرة، دخل الأسرى في إضراب) leaves room for a
  // two-word subject between the verb and the preposition
  if (h.i > 0 && (c.norm[h.i - 1] === 'في' || /^(و|ف)?(ب|ل)/.test(c.norm[h.i]!))) reach += 1;
  if (h.i > 0 && c.norm[h.i - 1] === 'في') reach += 1;
  // a quantifier noun (سلسلة غارات، موجة احتجاجات) and a date set off by commas stand between
  if (h.i > 0 && QUANTIFIER.has(nounKey(c.norm[h.i - 1]!))) reach += 1;
  for (let k = h.i - 1; k >= Math.max(0, h.i - reach - 4); k--) {
    // (a date's own marks are no break: في 14 أيار/مايو 2025)
    if (isPunct(c, k) && c.dates.some((d) => d.a < k && k < d.b - 1)) { reach += 1; continue; }
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
  // (longer still before a noun with ل, the complement of undergoing: تعرّض حقل كورمور للغاز في
  // قضاء جمجمال بمحافظة السليمانية …، فجر الأربعاء، لهجوم)
  for (let k = h.i - 1; k >= Math.max(0, h.i - (/^(و|ف)?ل[^ل]/.test(c.norm[h.i]!) ? 20 : 14)); k--) {
    if (isPunct(c, k)) {
      if (c.norm[k] === ',' && c.dates.some((d) => d.b === k || d.b === k - 1 || d.a === k + 1 || d.a === k + 2)) continue;
      break;
    }
    const w = c.norm[k]!;
    if (CLAUSE.has(w) || COMP.has(w) || RELATIVE.has(w) || NEG.has(w)) break;
    if (isName(c, k)) continue;
    // (a time of day is no verb: شنّت قوات الدعم السريع فجر اليوم الاثنين هجوماً)
    if (TIME_OF_DAY.has(w) && (c.dates.some((d) => d.a === k + 1 || d.a === k + 2) || c.norm[k + 1] === 'اليوم' || c.norm[k + 1] === 'امس')) continue;
    if (verbAt(c, before, k, k + 1, s) === k) return k;
    if (isVerbLike(c, k) && !DEFINITE.test(w) && !c.dates.some((d) => d.a <= k && k < d.b)) break;
    // an indefinite object (نفذ الدفاع المدني تمرينا يحاكي وقوع تفجير) or an imperfect verb ends
    // the subject: the noun belongs to another clause
    // (save a counted noun of the subject and an adverb: بدأ نحو 150 معتقلاً …، أسير معتقل إدارياً)
    if (c.entAt[k]! < 0 && !TIME_OF_DAY.has(w) && !c.counted[k] && !(w.length > 4 && w.endsWith('يا')) && !c.dates.some((d) => d.a <= k && k < d.b) && ((w.length > 3 && w.endsWith('ا') && !/^(و|ف)?ال/.test(w)) || (w.length > 3 && /^(و|ف)?ي/.test(w)))) break;
  }
  // a verb of carrying out with a long subject of nouns the lexicon may read as verbs (يخوض أسير
  // فلسطيني معتقل إدارياً في سجن عوفر إضراباً): no punctuation, clause word or other verb of
  // occurrence between
  if (!/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[h.i]!)) {
    for (let k = h.i - 1; k >= Math.max(0, h.i - 12); k--) {
      if (isPunct(c, k) || c.doc.tokenSentence[k] !== s || CLAUSE.has(c.norm[k]!) || COMP.has(c.norm[k]!) || RELATIVE.has(c.norm[k]!) || NEG.has(c.norm[k]!)) break;
      if (verbAt(c, CARRY_OUT, k, k + 1, s) === k && !isName(c, k)) return k;
      if (verbAt(c, before, k, k + 1, s) === k) break;
    }
  }
  // a verb after the noun is its predicate only when the noun is a definite subject (الهجوم
  // أسفر); after an indefinite noun it opens a relative clause (في هجوم استهدف "in an attack
  // that targeted"), and after a preposition the noun is no subject at all
  const w = c.norm[h.i]!;
  // (after إنّ / أنّ an indefinite noun is the subject too: إن غارة إسرائيلية أصابت مدرسة)
  if ((!/^(و|ف)?ال/.test(w) && !(h.i > 0 && COMP.has(c.norm[h.i - 1]!))) || (h.i > 0 && PREP_BEFORE.has(c.norm[h.i - 1]!))) return -1;
  for (let k = h.end; k < Math.min(sb, h.end + 2); k++) {
    if (isPunct(c, k) || CLAUSE.has(c.norm[k]!)) break;
    if (verbAt(c, after, k, k + 1, s) === k && !isName(c, k)) return k;
  }
  return -1;
}

/**
 * A headline: a short line with no closing punctuation, whose subject comes first (الحوثيون
 * يقصفون أحياء سكنية في تعز، غارة إسرائيلية تستهدف سيارة في النبطية). In headlines the present
 * tense tells the news, not a habit.
 */
export function headline(c: Ctx, sa: number, sb: number): boolean {
  let last = sb - 1;
  while (last > sa && c.doc.kinds[last] !== 'word' && c.doc.kinds[last] !== 'number' && !/^[.!؟?…]$/.test(c.norm[last]!)) last--;
  if (/^[.!؟?…]$/.test(c.norm[last] ?? '')) return false;
  let words = 0;
  for (let k = sa; k < sb; k++) if (c.doc.kinds[k] === 'word') words++;
  return words <= 16 && !isVerbLike(c, sa);
}

/** Why a physical-event trigger (ASSAULT, PROTEST) does not report an act that took place or is
 *  taking place; null when it does. */
/** What made the last physical event a report (for `why`). */
export let accepted = '';
/** Set by mentionOnly when a protest is accepted as planned: the verb that plans it. */
export let plannedBy = '';
export function mentionOnly(c: Ctx, h: Hit, t: Trigger, sa: number, sb: number, mag: boolean, loc: boolean, recip: boolean): string | null {
  const s = c.doc.tokenSentence[h.i]!, i = h.i;
  const lead = afterDateline(c, sa, sb);
  plannedBy = '';
  accepted = '';
  // a question
  for (let k = sb - 1; k >= sa; k--) { if (c.norm[k] === '?' || c.norm[k] === '؟') return 'question'; if (!isPunct(c, k)) break; }
  if (c.norm[sa] === 'هل' || c.norm[sa] === 'وهل') return 'question';
  const cb = clauseBack(c, i, sa);
  // under a plan, intention, fear, warning, call, ban, law or prevention
  // (not a call answered: إن الآلاف استجابوا لدعوتها وتظاهروا)
  if (hasIn(c, IRR_N, cb, i) && !hasVerbIn(c, S('استجاب لبي'), cb, i)) return 'planned, feared, banned or prevented (scope word)';
  // (a protest its organisers intend, organising it: يعتزم المعلمون تنظيم اعتصام → planned)
  if (t.type === 'PROTEST' && h.nominal && i > cb && ORGANISE_N.has(stripConj(c.norm[i - 1]!))) {
    const v = verbAt(c, INTEND_V, cb, i - 1, s);
    if (v >= 0 && !NEG.has(c.norm[v - 1] ?? '') && !hasVerbIn(c, IRR_V, v + 1, i)) { plannedBy = c.norm[v]!; return (accepted = `planned (${c.norm[v]} … ${c.norm[i - 1]})`, null); }
  }
  if (hasVerbIn(c, IRR_V, cb, i)) return 'planned, called for, threatened or prevented (scope verb)';
  // a noun as the object of a negated verb (لم يسمعوا أصوات قصف، لم تشهد المدينة أي احتجاجات)
  // (a verb form there is a noun: لم يسمعوا أصوات قصف)
  for (let k = i - 1; k >= Math.max(cb, i - 4); k--) if (/^(و|ف)?(لم|لن|لا)$/.test(c.norm[k]!) && k + 1 < i && isWord(c, k + 1) && !NEG_KEEPS.test(c.norm[k + 1]!) && !CONCESSIVE.has(c.norm[k - 1] ?? '')) return 'the object of a negated verb';
  // (not a court in the victim's title: وكان قاضٍ في محكمة استئناف البصرة قد اغتيل)
  if (t.type === 'ASSAULT' && hasAny(c, LEGAL, cb - 2, i, s) && !(hasAny(c, S('قاض قاضي القاضي قاضيا'), cb - 2, i, s) && !hasAny(c, S('تهمه بتهمه تهم المتهم متهم محاكمه المحاكمه بسجن بالسجن'), cb - 2, i, s))) return 'legal context';
  // (a force named for its task is no purpose: قوات مكافحة الشغب، وحدة مكافحة الإرهاب)
  for (let k = Math.max(cb, i - 3); k < i; k++) if (PURPOSE.has(c.norm[k]!) && !/^(و)?(قوات|وحده|وحدات|فرق|فرقه|جهاز|شرطه|قوه|عناصر|افراد|دوريات|دوريه|اجهزه)$/.test(c.norm[k - 1] ?? '')) return 'purpose or prevention';
  // history and anniversaries
  // (القرن as written: القرنة is a town)
  // (an anniversary named right before the act: في ذكرى مقتل …; one named elsewhere in the sentence
  // is the occasion an act happened on: انفجاران وقعا خلال إحياء ذكرى سليماني)
  if (hasAny(c, HIST, Math.max(sa, i - 4), i, s) || hasAny(c, DECADES, sa, sb, s) || c.norm.slice(sa, sb).some((w) => /^(و|ف)?(ب|ل)?(ال|لل)قرن$/.test(w))) return 'historical';
  for (let k = sa; k + 2 < sb; k++) if (c.norm[k] === 'قبل' && (c.doc.kinds[k + 1] === 'number' || c.quantities.some((q) => q.a === k + 1)) && /^(عام|عاما|اعوام|سنه|سنوات|سنين|عقود|عقد)$/.test(c.norm[k + 2] ?? c.norm[k + 1]!)) return 'historical (years ago)';
  if (c.dates.some((d) => c.doc.tokenSentence[d.a] === s && d.a < i && typeof d.v.value === 'string' && /^\d{4}$/.test(d.v.value))) return 'year-level (historical or aggregate)';
  // a month or day of a year long past (شهدت مصر في كانون الثاني 1977 … حين خرج مئات الآلاف)
  const docYear = c.doc.documentDate ? Number(c.doc.documentDate.slice(0, 4)) : NaN;
  if (c.dates.some((d) => c.doc.tokenSentence[d.a] === s && d.a < i && typeof d.v.value === 'string' && !d.v.relative && Number(d.v.value.slice(0, 4)) <= (Number.isNaN(docYear) ? 1999 : docYear - 10))) return 'historical (a date of a year long past)';
  // a chronology line opening with a past year (1967 - …) is history
  const y0 = c.doc.kinds[sa] === 'number' ? Number(c.norm[sa]) : NaN;
  if (y0 >= 1900 && y0 <= 2100 && (!c.doc.documentDate || y0 < Number(c.doc.documentDate.slice(0, 4)))) return 'historical (a chronology line)';
  if (t.type === 'ASSAULT') {
    // a drill or a simulation is no attack (نفذت المديرية تمريناً افتراضياً حاكى تعرض صالة لهجوم)
    // (a drill kills no one: a toll makes the attack real, whatever exercise it hit — التمارين الصباحية)
    // (but a fake checkpoint is a ruse of a real attack: أقاموا حاجزاً وهمياً وأحرقوا شاحنتين)
    if (!mag && hasAny(c, S('تمرين تمرينا تمارين التمرين محاكاه حاكي افتراضي افتراضيا افتراضيه وهمي وهميا'), sa, sb, s) && !hasAny(c, S('حاجزا حاجز حواجز'), sa, sb, s)) return 'a drill or simulation';
    // an animal's attack or an accidental blast is no political act (ثور هائج يقتل مزارعاً، هجوم
    // أسراب الجراد، هجوم كلاب ضالة، بانفجار عرضي)
    if (hasAny(c, ANIMAL, i - 3, h.end + 3, s)) return 'an animal';
    if (hasAny(c, S('عرضي عرضيا عرضيه'), sa, sb, s)) return 'an accident (عرضي)';
    // a worldwide or yearly tally is no attack (شهد مقتل أكثر من خمسين صحفياً حول العالم)
    if (c.norm.slice(sa, sb).some((w, n) => w === 'حول' && c.norm[sa + n + 1] === 'العالم')) return 'aggregate (worldwide)';
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
    // (not shooting, أطلقت الدورية النار على قارب … ووثقت الحادثة)
    // (a leftover of war that goes off is an accident, whatever the shell: بانفجار قذيفة من مخلفات الحرب)
    if (hasAny(c, S('مخلفات'), sa, sb, s) && hasAny(c, S('الحرب الحروب'), sa, sb, s) && !hasAny(c, S('استهدف استهدفت قصف غاره غارات هجوم'), sa, sb, s)) return 'a leftover of war going off';
    // (an accident that is the grievance of a protest the force broke up is no part of the force:
    // فرّقت قوات الأمن … اعتصاماً … احتجاجاً على مقتل ثلاثة عمال في انهيار بئر، مستخدمةً الهراوات)
    const grievance = t.mode === 'crowd-control' ? (() => { for (let k = h.end; k < sb; k++) if (PROTEST_PURPOSE_W.has(c.norm[k]!)) return k; return -1; })() : -1;
    const accidentEnd = grievance > i ? grievance : sb;
    if (hasAny(c, NONVIOLENT, sa, accidentEnd, s) && !hasAny(c, VIOLENT_STRICT, sa, sb, s) && !(hasAny(c, S('النار'), sa, sb, s) && hasVerb(c, S('اطلق'), sa, sb, s))) return 'accident, disaster or disease';
  }
  if (t.type === 'PROTEST') {
    // taking part in a protest as what someone was convicted or charged for (بعد إدانتهم
    // بالمشاركة في تجمهر غير قانوني): the report is of the trial
    if (h.nominal && hasAny(c, LEGAL, Math.max(sa, i - 6), i, s)) return 'legal context (what someone is charged with)';
    // protesters dispersed, arrested or killed: the report is of the police action
    // (save a protest with its own report beside the police action: one a gathering turned into,
    // تحولت جنازة شاب قُتل برصاص الأمن إلى تظاهرة; one organised by a named crowd, فرّقت الشرطة
    // وقفة احتجاجية نظمها مئات الأساتذة)
    if (h.nominal && i > sa && stripConj(c.norm[i - 1]!) === 'الي' && verbAt(c, S('تحول'), clauseBack(c, i, sa, 14), i, s) >= 0) return (accepted = 'what a gathering turned into (تحول إلى)', null);
    if (h.nominal && !DEFINITE.test(c.norm[i]!)) {
      const k = h.end < sb && isWord(c, h.end) && !verbAt(c, AGENTIVE, h.end, h.end + 1, s) ? h.end + 1 : h.end;
      if (k < sb && verbAt(c, AGENTIVE, k, k + 1, s) === k && /(ها|ه)$/.test(c.norm[k]!) && (hasAny(c, CROWD_COUNT, k + 1, k + 3, s) || c.quantities.some((q) => q.a === k + 1)) && !verbIrrealis(c, k, sa, AGENTIVE) && !presentReading(c, k, AGENTIVE)) return (accepted = `organised by a counted crowd (${c.norm[k]})`, null);
      // (or one people were holding when it was broken up: فرّقت قوة من الشرطة اعتصاماً ينفّذه عمال الميناء)
      // (past a date: اعتصاماً ينفذه منذ يوم الاثنين أنصار المرشح)
      let p = k + 1;
      while (p < sb && p < k + 6 && (c.inDate[p] || /^(منذ|مند)$/.test(c.norm[p]!))) p++;
      // (or in the past by a group named in quotation marks or coded: تجمّعاً نظّمه «البدون»)
      if (k < sb && verbAt(c, AGENTIVE, k, k + 1, s) === k && /(ها|ه)$/.test(c.norm[k]!) && !presentReading(c, k, AGENTIVE) && (isQuote(c, p) || codeRange(c, p, Math.min(sb, p + 3)) !== null) && !verbIrrealis(c, k, sa, AGENTIVE)) return (accepted = `a protest a named group held when it was broken up (${c.norm[k]})`, null);
      if (k < sb && verbAt(c, AGENTIVE, k, k + 1, s) === k && /(ها|ه)$/.test(c.norm[k]!) && presentReading(c, k, AGENTIVE) && (concreteWord(stripConj(c.norm[p] ?? '')) || PROTESTER.has(stripConj(c.norm[p] ?? '')) || /^(عمال|طلاب|طلبه|موظفو|موظفي|سكان|اهالي|معلمو|معلمي|اطباء|محامو|محامي|انصار|مناصرو|مناصري)$/.test(c.norm[p] ?? '')) && !verbIrrealis(c, k, sa, AGENTIVE)) return (accepted = `a protest held when it was broken up (${c.norm[k]})`, null);
    }
    if ((h.nominal || t.gate === 'protester' || t.gate === 'crowdsubj') && (hasIn(c, REPRESS_N, Math.max(cb, i - 4), i) || verbAt(c, REPRESS_V, cb, i, s) >= 0)) return 'protest as the object of police action';
  }
  const p1 = c.norm[i - 1] ?? '', p2 = c.norm[i - 2] ?? '';
  // (save the crowd counted: قدّرت وسائل الإعلام عدد الذين احتشدوا في الساحة بأكثر من مليون)
  if (!h.nominal && (RELATIVE.has(p1) || (RELATIVE.has(p2) && (p1 === 'قد' || p1 === 'كان'))) && !(t.type === 'PROTEST' && /^(و)?(عدد|اعداد)$/.test(c.norm[i - 2] ?? ''))) return 'background relative clause';
  // a verb right after a noun and followed by a resumptive pronoun is a relative clause without
  // الذي (مركز احتشد فيه أكراد "a centre in which Kurds gathered")
  if (resumptiveRelative(c, h, sa)) return 'background relative clause (resumptive pronoun)';
  accepted = '';
  if (t.type === 'ASSAULT') {
    if (mag) return (accepted = 'a toll', null);
    if (h.claimed) return (accepted = 'an attack one side accuses another of, with its toll', null);
    if (h.nominal) {
      // the attack noun is the subject, object or في-phrase of a verb reporting it
      const gov = governor(c, h, HAPPEN_BEFORE, HAPPEN_AFTER, cb, sb);
      if (gov >= 0) {
        const irr = verbIrrealis(c, gov, sa, gov < h.i ? HAPPEN_BEFORE : HAPPEN_AFTER);
        if (irr) return `governing verb ${irr}`;
        if (presentReading(c, gov, gov < h.i ? HAPPEN_BEFORE : HAPPEN_AFTER) && !headline(c, sa, sb) && !hasAny(c, PROGRESSIVE, sa, sb, s)) return 'governing verb in the present (generic)';
        // only a light verb makes the noun the predicate (شن هجوما، تعرض لهجوم، نفذ تفجيرا);
        // a noun that is the subject or object of another verb is most often background
        // (or a verb of breaking out and going on: تجددت الاشتباكات، اندلعت اشتباكات)
        // (an attack someone claims, told for the first time, indefinite: تبنّت الجماعة هجوماً
        // بطائرة مسيّرة على فرقاطة; the definite one is the attack told before)
        if (gov < h.i && vc(c, gov).cores.includes('تبني') && !DEFINITE.test(c.norm[h.i]!) && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[h.i]!)) return (accepted = `an attack claimed (${c.norm[gov]})`, null);
        // (and وقع "took place" right before the noun: وقع هجوم، وقعت اشتباكات; not وقّع "signed")
        const tookPlace = gov < h.i && h.i - gov <= 2 && vc(c, gov).cores.includes('وقع') && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[h.i]!);
        if (!tookPlace && !vc(c, gov).cores.some((x) => LIGHT.has(x) || BREAK_OUT.has(x) || (RESULT_V.has(x) && (gov > h.i || !/^(اصاب|دمر|طال)$/.test(x))))) return 'governed by a verb other than a light verb';
        return (accepted = `the light verb ${c.norm[gov]} reports it`, null);
      }
      // an indefinite attack noun with an agentive relative clause in the past presupposes the
      // attack (بهجوم شنّه مسلحون على نقطة تفتيش، في غارة نفذتها طائرات التحالف)
      if (!/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!)) {
        for (let k = h.end; k < Math.min(sb, h.end + 3); k++) {
          if (isPunct(c, k)) break;
          if (ATTACK_REL_VERB.test(c.norm[k]!) && !NEG.has(c.norm[k - 1] ?? '')) return (accepted = `an agentive relative clause (${c.norm[k]})`, null);
        }
      }
      // an indefinite attack noun opening the sentence with what it hit or where is a verbless
      // report, as in a headline (اشتباكات عنيفة بين القوات والمسلحين، غارات روسية على ريف حماة)
      if (i - lead < 1 && !/^(و|ف)?(ب|ل|ك|ال)/.test(c.norm[i]!) && !/(ه|ها|هم)$/.test(bareSurface(c, i)) && !hasAny(c, UNSURE_ADJ, h.end, h.end + 3, s) && (hasAny(c, HEADLINE_PREP, h.end, h.end + 5, s) || headline(c, sa, sb))) return (accepted = 'an indefinite noun opening the sentence (a headline)', null);
      // a death or a wound as what something resulted in (أسفرت عن مقتله، ما أدى إلى إصابة أمين شرطة)
      // (and past the cause: أسفر انفجار عبوة لاصقة … عن مقتل سائقها)
      if (/^(و)?(مقتل|اصاب|جرح|سقوط)/.test(c.norm[i]!) && (hasAny(c, CASUAL_CUE, i - 3, i, s) || ((c.norm[i - 1] === 'عن' || c.norm[i - 1] === 'الي' || c.norm[i - 2] === 'عن') && hasVerb(c, S('اسفر ادي'), Math.max(sa, i - 16), i, s)))) return (accepted = 'a death or a wound something resulted in', null);
      return 'nominal mention without a toll';
    }
    // (an imperfect after قبل أن / بعد أن tells a past act: قبل أن تفرّق قوات الدرك المحتجين)
    // (or what someone was seen or shown doing: أظهرت مقاطع مصورة عناصر من الشرطة وهم يضربون متظاهراً،
    // قال إنه رأى عنصراً من الشرطة يطلق النار)
    // (and a verb joined to it by و: قبل أن ينهض فجأة ويطعن امرأة)
    const afterQabl = (k: number) => k > 1 && c.norm[k - 1] === 'ان' && /^(و)?(قبل|بعد)$/.test(c.norm[k - 2]!);
    const joinedNarrated = /^و/.test(c.norm[i]!) && (() => { for (let k = i - 1; k >= Math.max(sa, i - 6); k--) { if (isPunct(c, k)) return false; if (afterQabl(k)) return true; } return false; })();
    const narrated = afterQabl(i) || joinedNarrated || (() => { for (let k = i - 1; k >= Math.max(sa, i - 20); k--) { if (isPunct(c, k) && !isQuote(c, k)) return false; if (hasVerb(c, SEEN_V, k, k + 1, s)) return true; } return false; })();
    // (a present verb about "any" one is no report: على أي قاعدة تنطلق منها طائرات تستهدف منشآتها)
    if (h.imperfect && !h.future && hasAny(c, S('اي ايه'), Math.max(sa, i - 5), i, s)) return 'any one (a hypothetical)';
    if (h.imperfect && !h.future && !narrated && !headline(c, sa, sb) && !headlineLead(c, sa, sb) && !hasAny(c, PROGRESSIVE, sa, sb, s) && !hasVerbIn(c, S('شن دار تعرض واصل استمر تواصل'), i, i + 1)) return 'present-tense generic';
    if (hasAny(c, genericFor(h), sa, sb, s)) return 'generic';
    // an attack has an attacker or a victim: a concrete target, an armed agent or a weapon near
    if (recip) return (accepted = 'a concrete victim or target', null);
    // the subject right after the verb (VSO) or before it (SVO) is an armed actor or a weapon,
    // or a concrete victim or target follows within the clause
    // (past an opening quotation mark: وقتلت "العشرات من عناصر الميليشيا")
    const q0 = h.end < sb && isQuote(c, h.end) ? h.end + 1 : h.end;
    const ce = clauseEnd(c, q0, sb, 6);
    // (or between a pattern's words: أطلقت دبابة إسرائيلية النار)
    // (or a named armed group: هاجمت حماس موقعاً عسكرياً)
    if (hasAny(c, ARMED, h.end, Math.min(ce, h.end + 2), s) || armedGroupIn(c, h.end, Math.min(ce, h.end + 3)) || hasAny(c, ARMED, Math.max(cb, i - 3), i, s) || (h.parts.length > 0 && h.parts[0]! > i + 1 && (hasAny(c, ARMED, i + 1, h.parts[0]!, s) || hasAny(c, S('دبابه دبابات مدرعه مدفع'), i + 1, h.parts[0]!, s)))) return (accepted = 'an armed party or weapon as subject', null);
    // (a verb joined by و in a headline that opens with armed men: مسلحون ملثمون يقتحمون مستشفى … ويقتلون جريحاً)
    if (/^و/.test(c.norm[i]!) && hasAny(c, ARMED, sa, sa + 2, s) && headlineLead(c, sa, sb)) return (accepted = 'the armed men the headline opens with', null);
    // (a ship sunk: أغرقت الجماعة سفينتي الشحن)
    if (t.gate === 'ship') return (accepted = 'a ship sunk', null);
    // (military bulldozers or vehicles that destroyed: جرافات عسكرية إسرائيلية دمّرت أجزاء من الشارع)
    if (t.mode === 'destroy' && hasAny(c, S('جرافات الجرافات جرافه الجرافه اليات الاليات دبابات الدبابات'), Math.max(cb, i - 4), i, s)) return (accepted = 'military vehicles as subject', null);
    // a weapon fired is named by the trigger itself (أطلقت فصائل صاروخين، أطلق قذائف)
    if (t.words.length > 1 && (t.mode === 'heavy-weapons' || t.mode === 'primitive')) return (accepted = 'weapons fired or thrown', null);
    // (and a crowd dispersed with the force named: فرّقت قوة من الشرطة اعتصاماً …، مستخدمةً الهراوات)
    if (t.gate === 'force' && !h.nominal) return (accepted = 'a crowd dispersed by force', null);
    for (let k = q0; k < ce; k++) if (concreteWord(c.norm[k]!)) return (accepted = 'a concrete victim or target', null);
    // (or people right before the verb, its subject: إن شرطيين قُتلا، محتجزين تعرضوا للضرب; or
    // after إنّ further back: إن محتجزين في سجن صيدنايا تعرضوا للضرب)
    for (let k = Math.max(cb, i - 2); k < i; k++) if (concreteWord(c.norm[k]!) && !isPunct(c, k)) return (accepted = 'people as its subject', null);
    for (let k = i - 1; k >= Math.max(sa, i - 10) && !isPunct(c, k); k--) if (COMP.has(c.norm[k]!)) { if (concreteWord(c.norm[k + 1] ?? '')) return (accepted = 'people as its subject', null); break; }
    // (or a beating someone underwent, told past a time: تعرض قبل وفاته لضرب مبرح)
    if (t.words[0] === 'تعرض' && t.mode === 'beat' && !h.imperfect && !h.future) return (accepted = 'a beating undergone', null);
    // (or people right after a verb of undergoing: تعرض سجين سياسي للضرب المبرح)
    if (vc(c, i).cores.includes('تعرض') && concreteWord(c.norm[i + 1] ?? '')) return (accepted = 'people who underwent it', null);
    // (or one it fell on, by a pronoun: انهالا عليه ضرباً)
    if (/^(علي|ضد)(ه|ها|هم|هما)$/.test(c.norm[h.end] ?? '')) return (accepted = 'a victim named by a pronoun', null);
    // (or joined to a verb with its plural subject: وأنزلوا عدداً من الركاب وقتلوهم بالرصاص)
    if (!h.nominal && /^(و|ف)?(قتل|اختطف|خطف|اعدم|طعن|ذبح|اغتال)(وه|وها|وهم|وهما)$/.test(c.norm[i]!)) return (accepted = 'a victim named by a pronoun', null);
    return 'no attacker, victim, target or toll';
  }
  // PROTEST
  // (a road blocked by an accident: انقلاب شاحنة محمّلة بالإسمنت يقطع الطريق السريع)
  if (t.mode === 'obstruct' && hasAny(c, NONVIOLENT, sa, sb, s) && !hasAny(c, PROTESTER, sa, sb, s) && !hasAny(c, PROTEST_PURPOSE_W, sa, sb, s)) return 'an accident blocks the road';
  // (fans demanding a board's departure protest all the same: مطالبين برحيل الهيئة المديرة)
  if (sportIn(c, SPORT, SPORT_AMBIGUOUS, sa, sb, s) && !hasAny(c, DEMAND_PURPOSE, sa, sb, s)) return 'sport';
  // تظاهرة is also "an event" (تظاهرة ثقافية، تظاهرة رياضية), above all in the Maghreb
  if ((t.pattern === 'تظاهره' || t.pattern === 'تظاهرات') && hasAny(c, CULTURE, sa, sb, s)) return 'a cultural event (تظاهرة)';
  // protests counted over a year or more (شهدت المحافظة أكثر من ستمئة تظاهرة خلال العام الماضي،
  // الخسائر بسبب الاعتصامات خلال العقد الأخير) are a statistic, not one protest
  if (h.nominal) {
    const LONG = /^(العام|عام|السنه|السنوات|الاعوام|سنوات|اعوام|العقد|العقدين|عقد|عقود|العقود)$/;
    for (let k = Math.max(sa, i - 6); k < Math.min(sb, h.end + 10); k++) if (c.norm[k] === 'خلال' && (LONG.test(c.norm[k + 1] ?? '') || LONG.test(c.norm[k + 2] ?? ''))) return 'aggregate over a period (خلال)';
  }
  if (h.nominal) {
    const gov = governor(c, h, OCCUR_BEFORE, OCCUR_AFTER, cb, sb, 6);
    if (gov >= 0) {
      const irr = verbIrrealis(c, gov, sa, gov < h.i ? OCCUR_BEFORE : OCCUR_AFTER);
      // a future verb of carrying out (ستنفّذ النقابة إضراباً، سيخوض الأسرى إضراباً) plans it
      if (irr === 'future' && gov < h.i && vc(c, gov).cores.some((x) => ORGANISE_V.has(x))) { plannedBy = c.norm[gov]!; return (accepted = `planned (the future verb ${c.norm[gov]})`, null); }
      if (irr) return `governing verb ${irr}`;
      const present = presentReading(c, gov, gov < h.i ? OCCUR_BEFORE : OCCUR_AFTER);
      if (present && !headline(c, sa, sb) && !hasAny(c, PROGRESSIVE, sa, sb, s) && !hasVerbIn(c, S('تواصل استمر واصل'), gov, gov + 1)) return 'governing verb in the present (generic)';
      // (a present with a word of repetition is a habit, even since a time: يشهد العراق منذ سنوات احتجاجات متكررة)
      if (present && hasAny(c, HABITUAL, sa, sb, s)) return 'governing verb in the present, repeated (a habit)';
      // a plural verb right after an indefinite noun inside a sentence opens a relative clause
      // without الذين (بسجن خمسة ناشطين شاركوا في احتجاجات): background to another report
      const pv = gov - 1;
      if (gov < h.i && pv > sa && isWord(c, pv) && !DEFINITE.test(c.norm[pv]!) && !STOP_NP.has(c.norm[pv]!) && /(وا|ون)$/.test(c.norm[gov]!) && !/^(و|ف)/.test(c.norm[gov]!) && !hasAny(c, COMP, sa, gov, s) && !headline(c, sa, sb)) return 'governing verb in a relative clause (background)';
      return (accepted = `the verb ${c.norm[gov]} reports it`, null);
    }
    const definite = /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!) || c.norm[i]!.startsWith('لل');
    // shops or work shut in a strike (أغلق تجار السوق محالّهم صباح اليوم في إضراب دعت إليه الغرفة)
    if (!definite && c.norm[i - 1] === 'في') {
      let a = i - 1;
      while (a > Math.max(sa, i - 14) && !isPunct(c, a - 1)) a--;
      const v = verbAt(c, S('اغلق اوقف عطل شل'), a, i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, S('اغلق اوقف عطل شل')) && !/^(و|ف)?(ي|ت|ن|س)/.test(c.norm[v]!)) return (accepted = `work or shops shut in it (${c.norm[v]})`, null);
    }
    // a strike or a sit-in announced for a day to come is planned (أعلنت القوى الوطنية إضراباً
    // شاملاً … غداً الأربعاء)
    // (or a definite one with its adjective, named for the first time: أعلنت جمعية المصارف الإضراب المفتوح … اعتباراً من الاثنين)
    if ((!definite || /^ال(مفتوح|شامل|عام)$/.test(c.norm[h.end] ?? '')) && !(i > sa && PREP_BEFORE.has(c.norm[i - 1]!)) && !/^(و|ف)?(ب|ل)/.test(c.norm[i]!)) {
      const v = verbAt(c, S('اعلن'), Math.max(sa, i - 9), i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, S('اعلن')) && !/^(و|ف)?(ي|ت|ن|س)/.test(c.norm[v]!) && !hasAny(c, CLAUSE, v + 1, i, s)) {
        const ahead = hasAny(c, S('غدا المقبل المقبله القادم القادمه اعتبارا ابتداء'), h.end, sb, s) || c.dates.some((d) => c.doc.tokenSentence[d.a] === s && typeof d.v.value === 'string' && !!c.doc.documentDate && d.v.value.slice(0, 10) > c.doc.documentDate);
        if (ahead) { plannedBy = c.norm[v]!; return (accepted = `planned (announced for a day to come by ${c.norm[v]})`, null); }
        // (a boycott announced is in force from its announcement: أعلنت خمسة أحزاب معارضة مقاطعة الاقتراع)
        if (t.mode === 'boycott' && v < i) return (accepted = `a boycott announced (${c.norm[v]})`, null);
      }
    }
    // the day of a strike one is in (دخل يومه الحادي والعشرين من الإضراب عن الطعام)
    if (c.norm[i - 1] === 'من' && c.norm.slice(Math.max(cb, i - 5), i - 1).some((w) => /^(ال)?(يوم|اسبوع|شهر)(ه|ها|هم)?$/.test(w))) return (accepted = 'a day of it counted', null);
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
      const v = verbAt(c, CONTINUE_OR_WIDEN, Math.max(cb, i - 6), i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, CONTINUE_OR_WIDEN)) return (accepted = `its continuation (${c.norm[v]})`, null);
    }
    if (PURPOSE_NOUN.test(c.norm[i]!)) {
      const v = verbAt(c, COLLECTIVE, cb, i, s);
      if (v >= 0 && !verbIrrealis(c, v, sa, COLLECTIVE) && (hasAny(c, CROWD, cb, i, s) || hasAny(c, PROTESTER, cb, i, s))) return (accepted = `احتجاجاً after the collective act ${c.norm[v]}`, null);
      // (or at the end of a chain of a group's acts joined by و, past commas: أغلق مزارعون
      // بجراراتهم الطرق …، وأضرموا النار …، احتجاجاً على; حطم محتجون واجهات المصارف …، احتجاجاً)
      let a = i - 1;
      while (a > sa && i - a < 36 && !CLAUSE.has(c.norm[a - 1]!) && !COMP.has(c.norm[a - 1]!) && !RELATIVE.has(c.norm[a - 1]!)) a--;
      const w = verbAt(c, GROUP_ACT, a, i, s);
      // (not when the act is itself a protest the lexicon names: نظم العمال إضراباً … احتجاجاً)
      const named = w >= 0 && c.norm.slice(w + 1, i).some((_, n) => nc(c, w + 1 + n).some((x) => lexicons().nouns.get(x)?.some((y) => y.type === 'PROTEST')));
      if (w >= 0 && !named && !verbIrrealis(c, w, sa, GROUP_ACT) && (!presentReading(c, w, GROUP_ACT) || headline(c, sa, sb) || headlinePeople(c, w, sa)) && groupSubject(c, w, sa, sb)) return (accepted = `احتجاجاً after the acts of a group (${c.norm[w]})`, null);
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
    // (also after أنّ / بأنّ, and past an adjective: بأن الاحتجاجات التي اندلعت، الاحتجاجات العنيفة التي شهدتها)
    const rel = RELATIVE.has(c.norm[h.end] ?? '') ? h.end : /^ال/.test(c.norm[h.end] ?? '') && RELATIVE.has(c.norm[h.end + 1] ?? '') ? h.end + 1 : -1;
    if (rel >= 0 && rel + 1 < sb && (i === sa || isPunct(c, i - 1) || SUBJECT_OPENER.has(c.norm[i - 1]!) || COMP.has(stripConj(c.norm[i - 1]!)) || /^(و|ف)?بان$/.test(c.norm[i - 1]!))) {
      const k = verbAt(c, REL_OCCUR, rel + 1, rel + 2, s);
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
    // an indefinite protest noun with a relative clause in the past, no relative pronoun, that has
    // it go through a place or that people took part in (تحولت الجنازة إلى تظاهرة حاشدة جابت شوارع
    // المدينة؛ شهدت مدن أخرى تظاهرات مماثلة في اليوم ذاته شارك فيها آلاف)
    if (!definite) {
      for (let k = h.end; k < Math.min(sb, h.end + 6); k++) {
        if (isPunct(c, k) || CLAUSE.has(c.norm[k]!) || RELATIVE.has(c.norm[k]!)) break;
        const v = verbAt(c, S('جاب شارك'), k, k + 1, s);
        if (v !== k) { if (isVerbLike(c, k)) break; continue; }
        const shared = vc(c, k).cores.includes('شارك');
        if ((!shared || (RESUMPTIVE.has(c.norm[k + 1] ?? '') && (hasAny(c, CROWD_COUNT, k + 2, k + 4, s) || c.quantities.some((q) => q.a === k + 2)))) && !verbIrrealis(c, k, k, REL_OCCUR) && !presentReading(c, k, REL_OCCUR)) return (accepted = `a relative clause has it take place (${c.norm[k]})`, null);
        break;
      }
    }
    // a protest on its Nth day (في اليوم الثاني من إضراب عام في التعليم) is going on
    // (or night: في ليلة ثالثة من أعمال الشغب)
    const j = /^(اعمال|موجه|سلسله)$/.test(c.norm[i - 1] ?? '') ? i - 1 : i;
    if (j > sa + 2 && /^(من|ل)$/.test(c.norm[j - 1]!) && /^(و|في|ب)?(ال)?(يوم|ليله|اسبوع)$/.test(c.norm[j - 3]!) && (/^ال/.test(c.norm[j - 2]!) || /^(ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(ه)?$/.test(c.norm[j - 2]!))) return (accepted = 'a protest on its Nth day', null);
    // a protest named as going on (استمرار العصيان المدني لليوم الثاني، في ظل تواصل إضراب عمال النظافة)
    if (i > sa && /^(و)?(ب)?(استمرار|تواصل|تجدد|اتساع|تصاعد)$/.test(c.norm[i - 1]!)) return (accepted = `a protest going on (${c.norm[i - 1]})`, null);
    // a protest with a relative clause that has it held or carried out on a day or by a named
    // party, after a preposition too (المشاركة في الإضراب العام الذي نُفّذ الخميس، خلال المظاهرة التي
    // نظمتها أحزاب المعارضة)
    if (RELATIVE.has(c.norm[h.end] ?? '') && h.end + 1 < sb) {
      const k = verbAt(c, S('نفذ نظم جري انطلق خرج'), h.end + 1, h.end + 2, s);
      if (k >= 0 && !verbIrrealis(c, k, k, REL_OCCUR) && !presentReading(c, k, REL_OCCUR) && (c.dates.some((d) => d.a > k && d.a <= k + 3 && typeof d.v.value === 'string' && d.v.value.length === 10) || codeRange(c, k + 1, Math.min(sb, k + 4)) !== null)) return (accepted = `a relative clause has it held (${c.norm[k]})`, null);
    }
    // a protest that caused what the sentence tells (تعطلت المعاملات بسبب إضراب موظفي القطاع العام),
    // or one during which it happened
    // (اعتُقل 45 شخصاً خلال تظاهرات خرجت عقب الصلاة — with its own verb of taking place)
    const pv = stripConj(c.norm[i - 1] ?? '');
    // (not a definite one told with its own relative clause in the past, a strike of the past named as a cause:
    // خسائر الاقتصاد جراء الإضراب الذي نفذه عمال الموانئ الشهر الماضي)
    if (i > sa && /^(بسبب|جراء|بفعل|نتيجه)$/.test(pv) && !(definite && RELATIVE.has(c.norm[h.end] ?? '') && !/^(ي|ت)/.test(c.norm[h.end + 1] ?? ''))) return (accepted = `a protest that caused the sentence's act (${pv})`, null);
    if (i > sa && /^(خلال|اثناء)$/.test(pv) && !definite) {
      for (let k = h.end; k < Math.min(sb, h.end + 3) && !isPunct(c, k); k++) if (verbAt(c, OCCUR_AFTER, k, k + 1, s) === k) { if (!verbIrrealis(c, k, sa, OCCUR_AFTER) && !presentReading(c, k, OCCUR_AFTER)) return (accepted = `a protest that took place (${c.norm[k]}) while the sentence's act happened`, null); break; }
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
  if (hasAny(c, genericFor(h), sa, sb, s)) return 'generic';
  // a crowd verb (تجمع المحتجون أمام …) reports a protest only as the sentence's lead predicate;
  // elsewhere it describes what protesters did in an event reported otherwise
  // (the pluperfect's verb after كان + subject + قد is the lead predicate: وكان مئات من أنصار الحزب قد تجمّعوا)
  // (past an opening attribution, concession or time set off by a comma: وبحسب ما أفاد به عضو في
  // النقابة، وقف عشرات الصحفيين؛ رغم قرار الحظر …، سارت آلاف النساء)
  let lead2 = lead;
  // (or a time of day or a date: ومساء الجمعة، أغلق شبان غاضبون الطريق؛ وفي اليوم التالي، أغلق محتجون)
  if (OPENER.test(stripConj(c.norm[lead]!)) || /^(و|ف)?(في|مساء|صباح|ظهر|ليل|ليله|فجر|عصر|يوم|امس)$/.test(c.norm[lead]!) || c.inDate[lead]) for (let k = i - 1; k > lead; k--) if (c.norm[k] === ',') { lead2 = k + 1; break; }
  // (a headline's present verb after its subject leads it: تجار الجملة في الجزائر العاصمة يغلقون محالهم احتجاجاً)
  const headlineVerb = t.gate === 'crowdsubj' && h.imperfect && headline(c, sa, sb) && !hasAny(c, CLAUSE, lead, i, s) && !hasAny(c, COMP, lead, i, s);
  // (or told after بعد أن / بعدما, a past act the report rests on: بعد أن أغلق مئات من التجار محالهم في إضراب)
  const afterAct = !h.imperfect && ((c.norm[i - 1] === 'ان' && /^(و)?بعد$/.test(c.norm[i - 2] ?? '')) || /^(و)?بعدما$/.test(c.norm[i - 1] ?? ''));
  if ((t.gate === 'protester' || t.gate === 'crowdsubj') && i - lead2 >= 2 && !headlineVerb && !afterAct && !crowdSubjectBefore(c, i, lead2) && !(c.norm[i - 1] === 'قد' && KANA.has(c.norm[lead]!))) return 'crowd verb not leading the sentence';
  // اعتصم بـ "hold fast to" (اعتصم بالصمت، بحبل الله) is no sit-in
  // (past its subject: اعتصم رئيس الحكومة الليبية بالصمت)
  for (let k = h.end; t.words[0] === 'اعتصم' && k < Math.min(sb, h.end + 6) && !isPunct(c, k) && !/^(امام|قرب|مطالبين|احتجاجا|للمطالبه)$/.test(c.norm[k]!); k++) if (/^ب/.test(c.norm[k]!) && c.norm[k]!.length > 3 && !PRETEND_OK.has(c.norm[k]!) && !hasAny(c, CROWD, i, k, s) && c.entAt[k]! < 0 && !/^(داخل|في|امام|قرب|منذ)$/.test(c.norm[k - 1]!)) return 'اعتصم بـ: hold fast to';
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
