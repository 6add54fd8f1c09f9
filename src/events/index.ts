// Events layer: PLOVER triggers, arguments, attribution, status and `why`.
// Reads doc.tokens (norm), doc.values (quantities, dates) and doc.entities (mentions with
// canonical codes); a small actor lexicon of our own fills codes the entity layer leaves empty.
// See docs/events.md for the rules.

import type { Argument, Event, EventStatus, Magnitude, MagnitudeKind, Source, Value } from '../schema.js';
import { isPrep, lexicons, nounKey, type Trigger } from './lexicon.js';
import { normalizeCached } from '../text/normalize.js';
import type { Doc } from '../doc.js';
import { ACCORDING, SAY_PARTICIPLE, ALA_ADVERBIAL, PERSON_SG, DURATION, ANNOUNCE_V, SUPPORT_V, LEGAL, ARMED, CONVICT_CONSTRUCT, ENVOY, CROWD_COUNT, HUMAN_UNITS, SENTENCE_W, EXPLOSIVE, ADDRESSEE, AGENT_SECTOR, AGREED_ON, AGREE_W, ARRIVE_V, ASSAULT_MODE, CASUALTY_AFTER, CLAIMED, CLASH, CLAUSE, COMP, COMP_PREP, CROWD, DEATH_TRIG, DEFINITE, EST, EXPECTED, FACT, FUT, GENERIC_PLACE, GOAL_NOUN, HUMAN, HUMAN_WORD_SET, HYPO, INJ_NEAR, INSTRUMENT, KANA, MANNER, PROTESTER, MASDAR_ANNOUNCE_V, NEG, ORGANISE_N, PATIENT_NOUN, PHYSICAL, PLACE_WORDS, PREP_BEFORE, PRONOUN_COMP, PRONOUN_PP, PROTEST_ACTOR_V, PROTEST_AGENT_V, RELATIVE, REPRESS_V, RESUMPTIVE, S, SCOPE_END, SENTENCE_ADV, SENTENCE_N, SPECULATE, SPEECH_ACT, SQUARE, PURPOSE_NOUN, STOP_NP, SUPPRESSING, TARGET_NOUN, TIME_OF_DAY, TIME_PREP, TIME_WORDS, TROOP, UNDERGO_TRIG, WITNESS_V, concreteText, concreteWord } from './words.js';
import { type Ctx, afterDateline, basedAsideEnd, isQuote, quoteClose, type Hit, fathatan, clauseBack, bareSurface, clauseBreak, clauseBreakBesideDates, conditional, entityIn, hasAny, isPunct, isVerbLike, isWord, nc, onlyDatesBetween, overlaps, passiveForm, placeIn, prepOn, stripConj, tanween, timeAfterComma, tokenRangeOf, tracer, vc, verbAt } from './context.js';
import { namesState, actorAt, civilHead, argEnd, argsOf, code, codeRange, codedBodyAfter, coordinatedObject, groupOf, isDual, makeArg, nisbaAfterIndefinite, npEnd, objectCasePlural, relativeAgent, subjectBefore, withCountry, withCountryOfPlaceAfter } from './phrases.js';
import { claimedParty, findTriggers, gapped, gate, supportVerb } from './triggers.js';
import { loadKb } from '../entities/kb.js';
import { type Speech, sourceKind, speechesOf } from './speech.js';
import { accepted, governor, mentionOnly, plannedBy } from './occurrence.js';
export { traceEvents } from './context.js';

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
export function mk(c: Ctx, at: number, a: number, b: number, denial: boolean): Speech {
  const doc = c.doc, end = doc.tokens[b - 1]!.end;
  // (a joined ل or ب is no part of the source: وفقاً لمصادر طبية → مصادر طبية)
  const seg = doc.tokens[a]!.segments;
  const start = doc.tokens[a]!.start + (seg.length > 1 && (seg[0] === 'ل' || seg[0] === 'ب') && !seg[1]!.startsWith('ل') ? 1 : 0);
  const ent = entityIn(c, a, b);
  return { at, a, b, scopeFrom: b, kind: sourceKind(c, a, b), text: doc.text.slice(start, end), start, end, entity: ent?.id ?? null, denial };
}

// ---------------------------------------------------------------- magnitude
function magKind(type: string, unit: string | null | undefined, injured: boolean, trig: string, mode: string | null = null): MagnitudeKind | null {
  // (the dead and the injured are an attack's toll, never the size of aid or talks: ستُرسل طائرة إسعاف لنقل 12 جريحاً)
  if (unit === 'dead') return type === 'ASSAULT' || type === 'COERCE' || type === 'PROTEST' ? 'dead' : null;
  if (unit === 'injured') return type === 'ASSAULT' || type === 'COERCE' || type === 'PROTEST' ? 'injured' : null;
  // (detainees set free are people released, not an arrest: أفرجت السلطات عن 30 معتقلاً)
  if (unit === 'arrested') return type === 'RETREAT' ? 'people' : 'arrested';
  if (type === 'ASSAULT') {
    if (trig === 'خطف' || trig === 'اختطف' || trig === 'اختطاف') return 'people';
    if (unit === 'soldier' || unit === 'fighter' || unit === 'sailor' || unit === 'person' || unit === 'civilian' || unit === 'child' || unit === 'woman' || unit === 'protester' || unit == null) return injured ? 'injured' : 'dead';
    return null;
  }
  // (people sent back are people, not arrests: أعادوا 1400 منهم)
  if (type === 'COERCE' && mode === 'deport') return 'people';
  // (a curfew or a closure counts no one: رحّلت 85 مهاجراً، وفرضت حظراً للتجوال)
  if (type === 'COERCE' && (mode === 'curfew' || mode === 'restrict')) return null;
  if (type === 'COERCE') return unit == null || ['person', 'protester', 'civilian', 'fighter', 'soldier', 'sailor', 'prisoner', 'child', 'woman', 'migrant'].includes(unit) ? 'arrested' : null;
  // (people counted as released, whatever they are: أفرجت عن سبعة منهم)
  if (type === 'RETREAT' && unit == null && /^(افرج|الافراج|اطلق|اطلاق|عفو|عفا|اخلي|اخلاء)$/.test(trig)) return 'people';
  if (type === 'MOBILIZE' || type === 'RETREAT') return unit === 'soldier' || unit === 'fighter' || unit === 'sailor' ? 'troops' : (type === 'RETREAT' && (unit === 'prisoner' || unit === 'hostage' || unit === 'person')) ? 'people' : null;
  if (type === 'PROTEST') return unit == null || ['person', 'protester', 'civilian', 'woman', 'child'].includes(unit) ? 'people' : null;
  return null;
}

/** An object [a, e): people counted out of a named group or body are that group (اعتقلت 20 من
 *  عناصر الدعم السريع → الدعم السريع), as the worked example codes a toll's victims. */
function countedOf(c: Ctx, a: number, e: number, sb: number): Argument[] {
  const counted = c.quantities.some((q) => q.a === a);
  const group = counted ? groupOf(c, e, sb) : null;
  if (group) return group;
  // (people counted out of others the phrase names: ثلاثة من المهاجمين، أربعة من الموقوفين)
  if (counted && e + 1 < sb && c.norm[e] === 'من' && (concreteWord(c.norm[e + 1]!) || PROTESTER.has(c.norm[e + 1]!) || nc(c, e + 1).some((x) => ARMED.has(x)))) {
    let ge = npEnd(c, e + 1);
    for (let k = e + 2; k < ge; k++) if (/^و/.test(c.norm[k]!)) { ge = k; break; }
    // (with the body they belong to named in quotation marks: أربعة من عناصر «وحدات مقاومة سنجار»)
    if (ge < sb && isQuote(c, ge)) { const q = quoteClose(c, ge, 8); if (q > ge + 1) ge = q + 1; }
    if (ge > e + 1 && ge <= sb) return argsOf(c, a, ge);
  }
  return argsOf(c, a, e);
}
/** The event is told as done (asserted, reported or estimated), not planned, supposed or denied. */
function toldAsDone(e: Event): boolean { return e.status === 'asserted' || e.status === 'reported' || e.status === 'estimated'; }
/** Trigger ti is told in the past perfect (وكانت الدوحة قد قدّمت): background to the report. */
function pluperfect(c: Ctx, sa: number, ti: number): boolean {
  for (let k = ti - 1; k >= Math.max(sa, ti - 8); k--) if (/^(و|ف)?(كان|كانت|كانوا|كانا)$/.test(c.norm[k]!)) return true;
  return false;
}

/** A body's own forces named by a pronoun (قواتها، مقاتلاتها، جيشه). */
const OWN_MIL = ['قوات', 'جيش', 'مقاتلات', 'طائرات', 'سفن', 'بحريت', 'وحدات', 'مدمرات', 'مقاتلي', 'عناصر'];
/** Words that give a unit's strength (التي تضم نحو 300 جندي، قوامها 500 عنصر). */
const STRENGTH = S('تضم يضم قوامها قوامه المؤلفه المؤلف المكونه المكون تتالف يتالف');
const OWN_GOV = ['حكومت', 'بلاد', 'سلطات', 'دولت'];
const PLACE_ENT = new Set(['GPE', 'LOC']);
/** Sectors of bodies that are not a state's: their forces are their own. */
const NON_STATE = new Set(['REB', 'OPP', 'PTY', 'SEP', 'INS']);
const OWN_FORCE = new RegExp(`^(${[...OWN_MIL, ...OWN_GOV].join('|')})(ه|ها|هم)$`);
/** The same, and "his ministry", in someone's words: the speaker's state's (قال الوزير إن حكومته …). */
const OWN_BODY = new RegExp(`^(${[...OWN_GOV, ...OWN_MIL, 'وزارت'].join('|')})(ه|ها)$`);
/** Acts a demand names as its content, as a noun (الإفراج عن، إطلاق سراح، سحب القوات، تقديم المساعدات). */
const DEMANDED = new Set(['RETREAT', 'AID', 'CONCEDE', 'COOPERATE', 'CONSULT', 'AGREE']);
/** Acts whose subject a participle after them (ملوّحةً، مهدداً، داعياً) shares inside a speech. */
const THREAT_AGENT = new Set(['SANCTION', 'COERCE', 'MOBILIZE', 'RETREAT', 'ACCUSE', 'REJECT', 'ASSAULT']);

// ---------------------------------------------------------------- agreement
/** A verb in the masculine singular (دعا، طالب، يطالب، سيدعو), not the feminine (دعت، تطالب). */
function masculineVerb(w0: string): boolean {
  const w = stripConj(w0);
  if (/^س?ي/.test(w)) return true;
  // (a past stem of the lexicon as written is masculine: اعتقل، انسحب، نشر)
  if (lexicons().verbs.has(w)) return true;
  return !/^(س?ت|ن|ا)/.test(w) && !/(ت|تا|وا|ن)$/.test(w);
}
/** A phrase head that takes a feminine verb: a capital, a country named without the article
 *  (not those in -ان: لبنان، إيران), a definite noun in ة or a plural in ات (الحكومة، السلطات). */
function feminineHead(c: Ctx, k: number): boolean {
  const x = stripConj(c.norm[k]!);
  const cr = actorAt(c, k);
  if (cr && cr.a === k && cr.info.kind === 'capital') return true;
  if (cr && cr.a === k && cr.info.kind === 'country') return !/^ال/.test(x) && !/ان$/.test(x);
  return /^ال/.test(x) && /(ه|ات)$/.test(x) && entityIn(c, k, k + 1, (e) => e.type === 'PER') === undefined;
}
/** The sentence's last act before the verb at v (not a denied one) whose single actor agrees with
 *  that verb in gender, for a verb joined by و with no subject of its own; with `states`, a
 *  country or a capital agrees with either. */
function joinedSubject(c: Ctx, sentEvents: Event[], v: number, states: boolean): Event | null {
  const doc = c.doc;
  const prev = [...sentEvents].reverse().find((e) => e.actor.length && e.trigger.start < doc.tokens[v]!.start && e.status !== 'denied');
  if (!prev || prev.actor.length !== 1) return null;
  const k = tokenRangeOf(doc, prev.actor[0]!.start, prev.actor[0]!.end)[0];
  const st = states ? actorAt(c, k) : null;
  if (st && (st.info.kind === 'country' || st.info.kind === 'capital')) return prev;
  return feminineHead(c, k) !== masculineVerb(c.norm[v]!) ? prev : null;
}
/** The sentence's lead verb (accepted by verbOk) when its subject, a coded phrase or a named body
 *  or person, ends right at token p, before a comma (وجدّد وزير الخارجية السوري، …); else -1. */
function leadSubjectTo(c: Ctx, sa: number, sb: number, p: number, verbOk: (v: number) => boolean): number {
  const v = afterDateline(c, sa, sb);
  if (v >= p - 1 || !verbOk(v) || npEnd(c, v + 1) !== p) return -1;
  return codeRange(c, v + 1, p) || entityIn(c, v + 1, p, (x) => x.type === 'ORG' || x.type === 'PER') ? v : -1;
}
/** The subject of the nearest verb before b, back to punctuation: a coded phrase or a named
 *  body right after the verb (or opening the sentence), for a verb in a relative clause
 *  further on (وصوّت مجلس النواب مساء أمس على مقترح غير ملزم يطالب الحكومة بـ). */
function nearestSubject(c: Ctx, a: number, b: number): Argument[] {
  // (a dateline opens no clause: دبلن (الخميس 11 شباط/فبراير 2027) – صوّت مجلس النواب …)
  const a2 = afterDateline(c, a, b);
  for (let k = b - 1; k >= a; k--) {
    // (a comma closing a date is no clause's end: أصدره المجلس العسكري يوم الأحد الماضي، واتهم فيه)
    // (nor is a quotation mark: بأن إيطاليا «لن تتردد في سحب …»)
    // (nor the comma opening a date or a time of day: أعلن الجيش الإسرائيلي، مساء أمس، استكمال …)
    if (isPunct(c, k)) { if ((c.norm[k] === ',' && k > a && (c.inDate[k - 1] || c.inDate[k + 1] || TIME_OF_DAY.has(c.norm[k + 1] ?? ''))) || isQuote(c, k)) continue; return []; }
    if (TIME_OF_DAY.has(c.norm[k]!) && c.inDate[k + 1]) continue;
    if (prepOn(c, k) || !(actorAt(c, k) || entityIn(c, k, k + 1, (e) => (e.type === 'ORG' || e.type === 'PER') && e.start === c.doc.tokens[k]!.start))) continue;
    // (a verb right after الذي / التي, its object pronoun joined: الذي أصدره المجلس العسكري)
    // (or the subject of أنّ: بأن إيطاليا …)
    if (k > a + 1 && k - 1 !== a2 && !isVerbLike(c, k - 1) && !(k > a + 2 && RELATIVE.has(c.norm[k - 2]!)) && !COMP.has(c.norm[k - 1]!) && !/^(و|ف)?بان$/.test(c.norm[k - 1]!)) continue;
    const e = Math.min(npEnd(c, k), b);
    return e > k ? argsOf(c, k, e) : [];
  }
  return [];
}

// ---------------------------------------------------------------- main
let counter = 0;
void counter;

/** Codes the document's events; reads doc.entities and doc.values. */
export function extractEvents(doc: Doc): Event[] {
  const n = doc.tokens.length;
  if (!n) return [];
  const norm = doc.tokens.map((t) => t.norm);
  const c: Ctx = { doc, n, norm, docCountry: null, quantities: [], dates: [], nc: new Array(n), vc: new Array(n), ac: new Array(n), entAt: new Int32Array(n).fill(-1), counted: new Uint8Array(n), inDate: new Uint8Array(n), lastOfType: new Map() };
  doc.entities.forEach((e, x) => { const [a, b] = tokenRangeOf(doc, e.start, e.end); for (let k = a; k < b && k < n; k++) if (c.entAt[k] === -1) c.entAt[k] = x; });
  // quantities and dates by sentence: every later use is sentence-local
  type QV = { v: Value; a: number; b: number };
  const qBySent = new Map<number, QV[]>(), dBySent = new Map<number, QV[]>();
  const covered = new Uint8Array(n);
  const put = (m: Map<number, QV[]>, x: QV) => { const s = doc.tokenSentence[x.a]!; const l = m.get(s); if (l) l.push(x); else m.set(s, [x]); };
  for (const v of doc.values) {
    const [a, b] = tokenRangeOf(doc, v.start, v.end);
    if (a >= n) continue;
    for (let k = a; k < b && k < n; k++) { covered[k] = 1; if (v.kind === 'quantity') c.counted[k] = 1; if (v.kind === 'date') c.inDate[k] = 1; }
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
  /** The last day a sentence named (not after the document's date): the day the report is telling. */
  let narrativeDay: { value: string; text: string } | null = null;
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
      if (h.nominal && h.trig.type !== 'AGREE' && h.i > 0 && (AGREE_W.has(stripConj(norm[h.i - 1]!).replace(/^(ب|ل)/, '')) || /^(و)?تفاهم$/.test(norm[h.i - 1]!)) && /^(ل|لل|ال)/.test(norm[h.i]!)) return true; const x = c.entAt[h.i]!; if (x < 0) return false; const e = doc.entities[x]!;
      // (a plural imperfect closes no name: طلاب جامعة البوسفور يتظاهرون)
      if (!h.nominal && h.imperfect && /^(ي|ت)\S{3,}ون$/.test(stripConj(norm[h.i]!)) && doc.entities[x]!.end === doc.tokens[h.i]!.end) return false;
      return e.start < doc.tokens[h.i]!.start && (e.type === 'ORG' || e.type === 'FAC' || e.type === 'MISC' || (e.type === 'PER' && (h.nominal || !h.future))); };
    /** Denials of a claim (نفى أن …): a frame for the act denied, else an event of their own. */
    const denials: Hit[] = [];
    const sh = (bySentence.get(s) ?? []).filter((h) => !inName(h) || (tracer?.(`${h.trig.type} ${norm[h.i]} is inside a name`), false)).map((h) => ({ h, t: gate(c, h) })).filter((x): x is { h: Hit; t: Trigger } => {
      if (x.t === null) tracer?.(`gate drops ${x.h.trig.type} ${norm[x.h.i]} (${x.h.trig.gate ?? 'no gate'})`);
      // (not "this does not negate that …": وهذا لا ينفي أن)
      if (x.t === null && x.h.trig.words[0] === 'نفي' && x.h.trig.type === 'REJECT' && !x.h.nominal && !NEG.has(norm[x.h.i - 1] ?? '')) denials.push(x.h);
      return x.t !== null;
    });
    const sentEvents: Event[] = [];
    for (let k = 0; k < sh.length; k++) {
      const { h, t } = sh[k]!;
      const i = h.i;
      // the content of a request, threat or refusal is not an event that happened
      // (so is the content of an accusation: اتهمه بقتل is an allegation, not a report)
      // the content of a charge (بتهمة دعم جماعات مسلحة، بتهم التحريض) is what someone is accused of
      // (or what someone is accused of: متهمين بالتعاون مع …، المتهم بالتخابر)
      if (/^(و)?(ب)?تهم(ه|ة)?$/.test(norm[i - 1] ?? '') || (/^(ب|ل)/.test(norm[i]!) && /^(و)?(ال)?متهم(ه|ين|ون|ا|تين|ان)?$/.test(norm[i - 1] ?? ''))) { tracer?.(`${t.type} ${norm[i]} is the content of a charge`); continue; }
      // (a denial keeps a physical act it denies, coded as denied: نفت الحكومة استخدام الرصاص)
      const keptByDenial = (x: { t: Trigger }) => x.t.words[0] === 'نفي' && PHYSICAL.has(t.type);
      // an agreement's content follows على or أن (اتفقا على وقف إطلاق النار); a call in which they
      // agreed (اتفق الرئيسان في اتصال هاتفي) is an event of its own
      const agreedOn = (x: { h: Hit }) => (hasAny(c, AGREED_ON, x.h.end, i, s) && norm[i - 1] !== 'في') || (h.nominal && /^(و)?ل/.test(norm[i]!) && i - x.h.end <= 4);
      const governor = sh.slice(0, k).reverse().find((x) => (SUPPRESSING.has(x.t.type) || (x.t.type === 'ACCUSE' && x.t.mode === 'allege')) && !keptByDenial(x) && (x.t.type !== 'AGREE' || agreedOn(x)) && (((i - x.h.end <= 6 || (i - x.h.end <= 14 && x.t.type === 'REQUEST' && (hasAny(c, S('الي علي'), x.h.end, i, s) || /^(و)?ب/.test(norm[i]!) || (h.nominal && DEMANDED.has(t.type))))) && !clauseBreak(c, x.h.end, i))
        // (past a long subject with an aside and a date set off by commas: وطالبت لجنة الدفاع في
        // البرلمان الألماني (البوندستاغ)، أمس الاثنين، الحكومة بتقديم جدول زمني للانسحاب الكامل)
        || (x.t.type === 'REQUEST' && h.nominal && DEMANDED.has(t.type) && i - x.h.end <= 22 && !clauseBreakBesideDates(c, x.h.end, i))));
      // an attack one side accuses the other of, told with its toll (واتهمت الجيش بشن غارات …
      // قالت إنها أودت بحياة 11 شخصاً), is that side's report of an attack, not a bare charge
      const toll = governor && governor.t.type === 'ACCUSE' && t.type === 'ASSAULT' && !hasAny(c, LEGAL, sa, sb, s)
        ? c.quantities.find((q) => doc.tokenSentence[q.a] === s && q.a > i && (q.v.unit === 'dead' || q.v.unit === 'injured' || hasAny(c, CASUALTY_AFTER, q.b, q.b + 2, s) || /^(بحياه|مقتل|سقوط)$/.test(norm[q.a - 1] ?? ''))) : undefined;
      const claimed = toll !== undefined;
      if (governor && governor.t.type !== t.type && !claimed) { tracer?.(`${t.type} ${norm[i]} is the content of ${governor.t.type} ${norm[governor.h.i]}`); continue; }
      const ev = buildEvent(c, claimed ? { ...h, claimed: true } : h, t, speeches, sa, sb, sentEvents, events, prevActor);
      if (ev && claimed) {
        const acc = sentEvents.find((e) => e.type === 'ACCUSE' && tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] === governor!.h.i);
        if (acc?.actor.length) {
          const who = acc.actor[0]!;
          ev.source = { start: who.start, end: who.end, text: who.text, entity: who.entity, kind: 'official' };
          if (ev.status === 'asserted') ev.status = 'reported';
          if (!ev.actor.length && acc.recipient.length) ev.actor = acc.recipient;
          const kind: MagnitudeKind = toll!.v.unit === 'injured' || hasAny(c, INJ_NEAR, toll!.b, toll!.b + 3, s) ? 'injured' : 'dead';
          if (!ev.magnitude.some((m) => m.kind === kind) && typeof toll!.v.value === 'number') ev.magnitude.push({ start: toll!.v.start, end: toll!.v.end, text: toll!.v.text, kind, value: toll!.v.value, approx: !!toll!.v.approx, unit: toll!.v.unit ?? null });
          ev.why += `; the attack ${who.text} accuses ${ev.actor.map((a) => a.text).join(' + ') || 'someone'} of, with its toll: reported by the accuser`;
        }
      }
      if (ev) sentEvents.push(ev);
    }
    // an attack a group claims (تبنّت حركة الشباب هجوماً … استهدف قاعدة عسكرية) is that group's,
    // told on its word
    for (const e of sentEvents) {
      if (e.type !== 'ASSAULT' || e.actor.length) continue;
      const ti = tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0];
      for (let k = ti - 1; k >= Math.max(sa, ti - 10); k--) {
        if (!/^(و|ف)?(تبني|تبنت|تبنوا|تبنيا|يتبني|تتبني)$/.test(norm[k]!)) continue;
        const e2 = npEnd(c, k + 1);
        const who0 = e2 > k + 1 && e2 <= ti ? argsOf(c, k + 1, e2) : [];
        if (who0.length && who0[0]!.canonical) {
          e.actor = who0;
          const who = e.actor[0]!;
          e.source ??= { start: who.start, end: who.end, text: who.text, entity: who.entity, kind: 'other' };
          if (e.status === 'asserted') e.status = 'reported';
          e.why += `; actor = ${who.text}, who claims it (${norm[k]}); reported on its word`;
        }
        break;
      }
    }
    // an act denied with no subject of its own is the denier's (نفت الشرطة أن تكون قد أطلقت النار
    // على المتظاهرين: the police deny they fired)
    for (const e of sentEvents) {
      if (e.status !== 'denied' || e.actor.length || !e.source) continue;
      const ti = tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0];
      const [qa, qb] = tokenRangeOf(doc, e.source.start, e.source.end);
      let k = ti - 1;
      while (k > qb && /^(قد|يكون|تكون|يكونوا|كان|كانت|تكن|يكن)$/.test(norm[k]!)) k--;
      if (k >= qb && COMP.has(norm[k]!)) { e.actor = [withCountryOfPlaceAfter(c, makeArg(c, qa, qb), sb, [])]; e.why += `; actor = ${e.actor[0]!.text}, who denies its own act`; }
    }
    // a denial is a rejection by the one who denies (نفى المتحدث أن يكون الموظف يتمتع بحصانة
    // دبلوماسية: REJECT by the spokesperson), beside the act it denies when one is coded inside it
    // (نفى متحدث عسكري أن تكون القوات قد أطلقت النار: ASSAULT, denied, too)
    for (const h of denials) {
      const framed = sentEvents.some((e) => e.status === 'denied');
      const ev = buildEvent(c, h, h.trig, speeches, sa, sb, sentEvents, events, prevActor);
      if (ev) { ev.why += framed ? '; a denial of a claim, the act denied coded apart' : '; a denial of a claim, with no act coded inside it'; sentEvents.push(ev); }
    }
    // dates: each event takes the nearest date of the sentence, a date in its own clause before
    // one across a comma or a clause word (أعلنت الوزارة، الثلاثاء، أنها ستخفض … بحلول آذار، بعد
    // مقتل … الشهر الماضي: آذار is the cut's, الشهر الماضي the deaths'); pairs are taken best
    // first, so each date goes to one event and each event gets one date
    const pairs: { d: (typeof c.dates)[number]; e: Event; score: number }[] = [];
    // (a sentence that names one day only gives it to a far event too, after the near ones: قُتل
    // 14 مدنياً … عندما استهدفت طائرة مسيّرة سوقاً … صباح أمس الأحد)
    const sentDates = c.dates.filter((d) => doc.tokenSentence[d.a] === s);
    const oneDay = new Set(sentDates.map((d) => String(d.v.value))).size === 1 && typeof sentDates[0]?.v.value === 'string' && /^\d{4}-\d\d-\d\d$/.test(sentDates[0].v.value);
    // (a dateline's date is the report's, no event's: عمّان (الخميس 11 آذار/مارس 2027) – …)
    const dl = s === 0 ? afterDateline(c, sa, sb) : sa;
    for (const d of c.dates) {
      if (doc.tokenSentence[d.a] !== s || d.a < dl) continue;
      // (a date that names an occasion is no event's time: ذكرى انتصارات السادس من أكتوبر، عيد 25 يناير)
      // (a weekday or a relative day after عيد is a real day: خطبة عيد السبت الماضي)
      if (d.a > sa && /^(و|ب|ل)?(ال)?(ذكري|عيد|انتصارات|ثوره|احداث)$/.test(norm[d.a - 1]!) && !/^(يوم|ال)?(سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|امس|اليوم)/.test(norm[d.a]!)) continue;
      // (an interval from an act, بعد يومين من توقيف …، قبل أسبوع من الانتخابات, counts from that act,
      // not from the document's day: it dates nothing here)
      if ((norm[d.b] === 'من' || norm[d.b] === 'علي') && /^(و)?(بعد|قبل)$/.test(norm[d.a]!)) continue;
      for (const e of sentEvents) {
        if (e.time) continue;
        const ti = tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0];
        let dist = Math.min(Math.abs(d.a - ti), Math.abs(d.b - 1 - ti));
        // an act to come takes the deadline told after it (سيقلّص عديد قواته … بحلول نهاية آذار
        // المقبل), not the day it was announced; the announcement's day is no time of its
        const future = (e.status === 'planned') && typeof d.v.value === 'string' && !!doc.documentDate;
        if (future && d.a > ti && d.a - ti <= 25 && afterDay(String(d.v.value), doc.documentDate!)) { pairs.push({ d, e, score: -1 }); continue; }
        if (future && d.a < ti && !afterDay(String(d.v.value), doc.documentDate!) && sentDates.some((x) => x.a > ti && x.a - ti <= 25 && typeof x.v.value === 'string' && afterDay(x.v.value, doc.documentDate!))) continue;
        if (dist > 12 && !(oneDay && dist <= 40)) continue;
        if (dist > 12) dist += 30;
        // a future date after a call or a threat is the time of what is called for or threatened
        // (دعت النقابة إلى إضراب عام الأسبوع المقبل): the call itself is made now
        // (so is a refusal's, an accusation's or an agreement's: رفض العرض … إذا لم تُلغَ الزيادة قبل
        // يوم الأحد المقبل)
        if (SPEECH_ACT.has(e.type) && e.status === 'asserted' && d.a > ti && typeof d.v.value === 'string' && doc.documentDate && afterDay(d.v.value, doc.documentDate)) continue;
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
    // a sentence that names one day only, in its lead (the first words, with its first verb),
    // gives it to its other acts told as done as well (وقّعت قطر ولبنان، اليوم الأربعاء، ثلاث
    // اتفاقيات تقدّم الدوحة بموجبها منحة)
    // — and so does a day told after an act in its own clause (وتجمّع نحو مئتي شخص، بينهم …، أمام
    // قصر العدالة منذ صباح أمس)
    if (oneDay && !/^(منذ|بحلول|حتى|حتي|قبل|بعد|مطلع|نهاية)/.test(sentDates[0]!.v.text) && (!doc.documentDate || !afterDay(String(sentDates[0]!.v.value), doc.documentDate))) {
      const d = sentDates[0]!;
      for (const e of sentEvents) {
        if (e.time || !toldAsDone(e)) continue;
        const ti = tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0];
        const lead = d.a - sa <= 8, after = ti < d.a && d.a - ti <= 25 && !norm.slice(ti + 1, d.a).some((w, k) => CLAUSE.has(w) || RELATIVE.has(w) || (isPunct(c, ti + 1 + k) && w !== ','));
        if ((!lead && !after) || Math.abs(d.a - ti) > 25 || pluperfect(c, sa, ti)) continue;
        e.time = { start: d.v.start, end: d.v.end, text: d.v.text, value: String(d.v.value) };
        e.why += `; time ${d.v.text} = ${e.time.value} (the one day its sentence names)`;
      }
    }
    // a sentence that goes on with كما tells acts of the same day as the sentence before it (قضت
    // المحكمة يوم الاثنين بالسجن … كما قضت المحكمة ذاتها بسجن ثلاثة متهمين آخرين)
    if (/^(كما|وكذلك|كذلك)$/.test(c.norm[sa] ?? '') && !sentDates.length) {
      const prev = [...events].reverse().find((e) => e.sentence === s - 1 && e.time?.value && /^\d{4}-\d\d-\d\d$/.test(e.time.value) && (e.status === 'asserted' || e.status === 'reported'));
      if (prev) for (const e of sentEvents) {
        if (e.time || !toldAsDone(e)) continue;
        e.time = { ...prev.time! };
        e.why += `; time ${prev.time!.text} = ${prev.time!.value} (the day of the sentence before, which كما continues)`;
      }
    }
    // a verdict listing more terms for more people (بإعدام سبعة متهمين وبالسجن المؤبد على 12
    // آخرين وبالسجن المشدد 15 عاماً على 23 متهماً): one sentence each, the same verb
    for (const e of [...sentEvents]) {
      if (e.type !== 'SANCTION' || e.mode !== 'convict' || !e.recipient.length) continue;
      let k = tokenRangeOf(doc, e.recipient[e.recipient.length - 1]!.start, e.recipient[e.recipient.length - 1]!.end)[1];
      for (let n = 0; n < 4 && k < sb; n++) {
        if (!/^وب(ال)?(سجن|اعدام|حبس|مؤبد)/.test(norm[k]!)) break;
        let j = k + 1;
        while (j < Math.min(sb, k + 6) && norm[j] !== 'علي' && !isPunct(c, j)) j++;
        if (norm[j] !== 'علي' || j + 1 >= sb) break;
        const re = argEnd(c, j + 1);
        if (re <= j + 1) break;
        const rec = argsOf(c, j + 1, re).map((r) => r.canonical || !e.recipient[0]!.canonical?.country ? r : withCountry(r, e.recipient[0]!.canonical.country));
        const q = c.quantities.find((x) => x.a === j + 1 && typeof x.v.value === 'number');
        sentEvents.push({ ...e, id: '', recipient: rec, magnitude: q ? [{ start: q.v.start, end: q.v.end, text: q.v.text, kind: 'people', value: q.v.value as number, approx: !!q.v.approx, unit: q.v.unit ?? null }] : [],
          why: `${e.why}; another term of the same verdict (${norm[k]}), on ${rec.map((r) => r.text).join(' + ')}` });
        k = re;
      }
    }
    // a pledge whose verb is not repeated for the next donor (تعهّدت الولايات المتحدة بتقديم 350
    // مليون دولار والمملكة العربية السعودية بـ200 مليون دولار): one more event, the same verb
    for (const e of [...sentEvents]) {
      if (e.type !== 'AID') continue;
      const m = e.magnitude.find((x) => x.kind === 'money');
      if (!m) continue;
      let k = tokenRangeOf(doc, m.start, m.end)[1];
      for (let n = 0; n < 3 && k < sb; n++) {
        if (!/^و/.test(norm[k]!)) break;
        const who = actorAt(c, k);
        if (!who || !who.info.country || (who.info.kind !== 'country' && who.info.kind !== 'capital' && who.info.kind !== 'group' && who.info.kind !== 'sector')) break;
        let j = who.b;
        while (j < sb && j < who.b + 3 && actorAt(c, j)?.info.country === who.info.country) j = actorAt(c, j)!.b;
        const q = c.quantities.find((x) => x.v.kind === 'money' && (x.a === j || (x.a === j + 1 && /^ب$/.test(norm[j]!))) && x.a <= j + 1);
        if (!q || typeof q.v.value !== 'number') break;
        const extra: Event = { ...e, id: '', actor: [withCountryOfPlaceAfter(c, makeArg(c, k, j), sb, [])], magnitude: [{ start: q.v.start, end: q.v.end, text: q.v.text, kind: 'money', value: q.v.value, approx: !!q.v.approx, unit: q.v.unit ?? null }],
          why: `${e.why}; a second donor after و with its own sum, the verb ${e.trigger.text} not repeated` };
        sentEvents.push(extra);
        k = q.b;
      }
    }
    // an act told with only a time of day (فرّقت الشرطة المعتصمين بعد الظهر، أفرجت عنهم في المساء)
    // happened on the day the report is telling, the last day a sentence before it named
    let k = -1;
    if (narrativeDay && !c.dates.some((d) => doc.tokenSentence[d.a] === s)) for (let j = sa; j < sb && k < 0; j++) if (DAY_PART.has(stripConj(c.norm[j]!))) k = j;
    if (narrativeDay && k >= 0) {
      for (const e of sentEvents) {
        if (e.time || !toldAsDone(e)) continue;
        e.time = { start: doc.tokens[k]!.start, end: doc.tokens[k]!.end, text: doc.text.slice(doc.tokens[k]!.start, doc.tokens[k]!.end), value: narrativeDay.value };
        e.why += `; time ${e.time.text} = ${narrativeDay.value} (the day the report is telling, named before: ${narrativeDay.text})`;
      }
    }
    // (the day of an act this sentence reports as done, not a "since" or a deadline)
    for (const e of sentEvents) {
      const v = e.time?.value;
      // (nor a day told in the pluperfect, background to the report: وكان إشكال قد وقع يوم الأحد الماضي)
      if (v && /^\d{4}-\d\d-\d\d$/.test(v) && (e.status === 'asserted' || e.status === 'reported') && !/^(منذ|بحلول|حتى|حتي|قبل|بعد|مطلع|نهاية)/.test(e.time!.text) && (!doc.documentDate || !afterDay(v, doc.documentDate)) && !pluperfect(c, sa, tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0]) && !KANA.has(c.norm[sa]!)) narrativeDay = { value: v, text: e.time!.text };
    }
    // merge same-type events of one sentence that do not disagree on the actor
    for (const e of sentEvents) {
      let into: Event | undefined;
      // (not two times nor two troop counts: سحبت 3000 جندي … على أن تسحب 4000 آخرين; nor two
      // modes of a type other than an attack: رحّلت … وفرضت حظراً للتجوال)
      const purpose = PURPOSE_NOUN.test(norm[tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0]]!);
      for (let k = events.length - 1; k >= 0 && events[k]!.sentence === s; k--) if (events[k]!.type === e.type && ((compatible(events[k]!, e) && sameOccasion(events[k]!, e)) || (e.type === 'PROTEST' && purpose)) && !(/^(PROTEST|COERCE|SANCTION|MOBILIZE|RETREAT)$/.test(e.type) && e.mode && events[k]!.mode && e.mode !== events[k]!.mode && !purpose)) { into = events[k]; break; }
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
    // (two sentences or arrests of different people coded alike stay two: compatible)
    const dup = sig ? seen.get(sig) : undefined;
    if (dup && compatible(dup, e)) mergeInto(dup, e); else { out.push(e); if (sig && !dup) seen.set(sig, e); }
  }
  out.forEach((e, k) => { e.id = `e${k + 1}`; });
  return out;
}

/** Verbs of holding talks, whose subject holds the talks named after them (أجرى، عقد). */
const HOLD_TALKS_V = new Set(['اجري', 'عقد', 'بدا', 'اختتم', 'واصل', 'استانف', 'اجرى']);
/** Parts of the day, which place an act on the day being told (صباحاً، بعد الظهر، في المساء). */
const DAY_PART = new Set(['صباحا', 'مساء', 'مساءا', 'ظهرا', 'ليلا', 'فجرا', 'الظهر', 'المساء', 'الصباح', 'الفجر', 'الليل', 'عصرا', 'العصر']);
/** Duals that name the two parties of what was told before (الجانبان، الطرفان، البلدان، الوزيران). */
const TWO_SIDES = /^(ال)?(جانب|طرف|بلد|وزير|زعيم|رئيس|قائد|وفد)(ان|ين)$|^(وزيرا|طرفا|وفدا|زعيما)$/;
/** Words of approximation before a count (نحو، حوالي، قرابة). */
const APPROX_BEFORE = new Set(['نحو', 'حوالي', 'حوالى', 'قرابه', 'زهاء']);
/** The event is told by a word of killing (قُتل، قتلت، مقتل), not by an attack noun. */
function killing(e: Event): boolean { return DEATH_TRIG.has(nounKey(stripConj(normalizeCached(e.trigger.text).split(' ')[0]!).replace(/^(ال|ب|ل)/, ''))) || /^(و|ف)?(قتل|قتلت|قتلوا|قتلا|مقتل)$/.test(normalizeCached(e.trigger.text)); }
function sameOccasion(a: Event, b: Event): boolean {
  if (a.time?.value && b.time?.value && a.time.value !== b.time.value) return false;
  // (two killings of different people with their own tolls: أربعة جنود قُتلوا … وقتلت سبعة من المهاجمين)
  if (a.type === 'ASSAULT' && killing(a) && killing(b) && a.recipient.length && b.recipient.length && !a.recipient.some((x) => b.recipient.some((y) => x.text.includes(y.text) || y.text.includes(x.text)))
    && a.magnitude.some((m) => m.kind === 'dead' && b.magnitude.some((x) => x.kind === 'dead' && x.value !== m.value))) return false;
  // (two troop counts are two moves; the counts an attack's mentions pick up are one toll)
  // (nor two sums: two pledges)
  return !a.magnitude.some((m) => (m.kind === 'troops' || m.kind === 'money') && b.magnitude.some((x) => x.kind === m.kind && x.value !== m.value));
}
function key(args: Argument[]): string { return args.map((a) => a.canonical?.id ?? a.text).sort().join('+'); }
/** Token k, right after the actor a, goes on with its title or its name: إلى + a place after an
 *  envoy (المبعوث الخاص إلى سوريا), لل + a noun and في + a place after a mission or an agency
 *  (بعثة الأمم المتحدة للدعم في ليبيا). The end of that tail, or k. */
function nameTail(c: Ctx, k: number, a: Argument, sb: number): number {
  if (k === 0 || c.doc.tokens[k - 1]!.end !== a.end) return k;
  const [aa, ab] = tokenRangeOf(c.doc, a.start, a.end);
  const heads = c.norm.slice(aa, ab).map((w) => stripConj(w).replace(/^(ال|لل)/, ''));
  if (c.norm[k] === 'الي' && heads.some((w) => /^(مبعوث|مبعوثه|ممثل|ممثله|منسق|منسقه|سفير|سفيره|موفد)$/.test(w)) && k + 1 < sb && ['country', 'capital'].includes(actorAt(c, k + 1)?.info.kind ?? '')) return actorAt(c, k + 1)!.b;
  if (/^لل/.test(c.norm[k]!) && heads.some((w) => /^(بعثه|منظمه|مفوضيه|برنامج|صندوق|وكاله|مكتب|هيئه)$/.test(w))) {
    let e = k + 1;
    if (e + 1 < sb && c.norm[e] === 'في' && ['country', 'capital'].includes(actorAt(c, e + 1)?.info.kind ?? '')) e = actorAt(c, e + 1)!.b;
    return e;
  }
  return k;
}
/** The sentence's estimate verb stands in a relative clause (التي قدّرت) and the event has no
 *  magnitude of its own beside it: the estimate is of something else. */
function estimateOfOther(c: Ctx, sa: number, sb: number, s: number, magnitude: Magnitude[]): boolean {
  for (let k = sa; k < sb; k++) {
    if (!EST.has(stripConj(c.norm[k]!))) continue;
    if (!RELATIVE.has(c.norm[k - 1] ?? '')) return false;
    return !magnitude.some((m) => { const [ma] = tokenRangeOf(c.doc, m.start, m.end); return Math.abs(ma - k) <= 6; });
  }
  return false;
}
/** A code of the state or one of its bodies: a country, a capital, a government, the military,
 *  the police, the courts or the intelligence services. */
function stateBody(cr: ReturnType<typeof codeRange>): boolean {
  return !!cr && (cr.kind === 'country' || cr.kind === 'capital' || (cr.kind === 'sector' && /^(GOV|COP|MIL|JUD|SPY)$/.test(cr.sector ?? '')));
}
/** Counted nouns that are places or things, never the people a toll counts. */
const NOT_PEOPLE = S('مصنع مصانع مصنعا شركه شركات مؤسسه مؤسسات فرع فروع قري قريه بلدات بلده مدن مدينه منازل منزل مباني مبني مواقع موقع احياء حي مراكز مركز سيارات سياره شاحنات شاحنه مستودعات مخازن مدارس مستشفيات قذائف صواريخ غارات طائرات مسيرات ابراج ايام اشهر ساعات');
function compatible(a: Event, b: Event): boolean {
  // two sentences or arrests name whom they fall on: different people, different events
  if ((a.type === 'SANCTION' || a.type === 'COERCE') && a.recipient.length && b.recipient.length && !a.recipient.some((x) => b.recipient.some((y) => (x.entity !== null && x.entity === y.entity) || x.text.includes(y.text) || y.text.includes(x.text)))) return false;
  // (an abduction is not the attack told beside it: احتجاز رهائن … قُتل منفذ الهجوم)
  if (a.type === 'ASSAULT' && (a.mode === 'abduct') !== (b.mode === 'abduct')) return false;
  if (!a.actor.length || !b.actor.length) return true;
  return key(a.actor) === key(b.actor);
}
function mergeInto(into: Event, e: Event): void {
  // (not the victim as the doer: قُتل مزارع … برصاص مستوطنين هاجموا …)
  if (!into.actor.length && e.actor.length && !e.actor.some((a) => into.recipient.some((r) => r.start === a.start))) into.actor = e.actor;
  if (!into.recipient.length && e.recipient.length) into.recipient = e.recipient;
  for (const m of e.magnitude) if (!into.magnitude.some((x) => x.start === m.start || x.kind === m.kind)) into.magnitude.push(m);
  for (const l of e.location) if (into.location.length < 5 && !into.location.some((x) => x.start === l.start || x.text === l.text)) into.location.push(l);
  if (!into.time && e.time) into.time = e.time;
  if (!into.mode && e.mode) into.mode = e.mode;
  if (into.why.length < 600) into.why += `; merged with ${e.trigger.text}`;
}

function documentCountry(c: Ctx): string | null {
  // a dateline "بغداد -" names the country; else the most mentioned country
  const { actors } = lexicons();
  // (past a date in parentheses: عمّان (الخميس 11 آذار/مارس 2027) –)
  let d = 1;
  if (c.norm[1] === '(') { while (d < Math.min(c.n, 24) && c.norm[d] !== ')') d++; d++; }
  if (c.n > d && (c.norm[d] === '-' || c.norm[d] === '–' || c.norm[d] === ':' || (d === 1 && c.norm[2] === '-'))) {
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
  /** The trigger word is written in the passive (قُتل، أُوقفوا). */
  const passive = passiveForm(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end));
  // a bare verb form right after a speaker, with no أن, is the verbal noun it announces (أعلنت
  // السعودية، الجمعة، طرد السفير: the expulsion, not "the ambassador expelled")
  // (or with the speaker carried and an adverb of time between: ثم أعلنت بعد ساعات طرد الملحق)
  const adverbsOnly = (a: number, b: number) => b - a <= 3 && c.norm.slice(a, b).every((w) => /^(بعد|ساعات|ساعه|قليل|لاحقا|ايضا|كذلك|امس|اليوم|مساء|صباح)$/.test(w));
  if (!h.nominal && c.norm[i] === t.words[0] && speeches.some((sp) => sp.at < i && sp.b <= i && sp.b > sp.a && vc(c, sp.at).cores.some((x) => MASDAR_ANNOUNCE_V.has(x)) && (onlyDatesBetween(c, sp.b, i) || (sp.scopeFrom === sp.at + 1 && adverbsOnly(sp.at + 1, i))))) h = { ...h, nominal: true };
  // (a stem in ى with a pronoun written with ي is the noun, possessed, for the verb writes it with ا:
  // نفيه "his denial", نفاه "denied it")
  if (!h.nominal && /ي$/.test(t.words[0]!) && /^(ه|ها|هم|هما)$/.test(stripConj(c.norm[i]!).slice(t.words[0]!.length)) && stripConj(c.norm[i]!).startsWith(t.words[0]!) && /ي(ه|ها|هم|هما)$/.test(bareSurface(c, i))) h = { ...h, nominal: true };
  // (and a verb form with a joined pronoun before an adjective of a noun is the noun, possessed:
  // أعلن الاتحاد الأفريقي «دعمه الكامل»)
  if (!h.nominal && /^(ه|ها|هم)$/.test(stripConj(c.norm[i]!).slice(t.words[0]!.length)) && stripConj(c.norm[i]!).startsWith(t.words[0]!) && /^(الكامل|التام|المطلق|الثابت|الراسخ|المستمر|الكبير|القوي|الشديد)$/.test(c.norm[h.end] ?? '')) h = { ...h, nominal: true };
  const why: string[] = [];
  const trigStart = doc.tokens[i]!.start, trigEnd = doc.tokens[(gapped(h) ? i + 1 : h.end) - 1]!.end;
  why.push(`trigger ${doc.text.slice(trigStart, trigEnd)} (${t.type}${t.mode ? '/' + t.mode : ''}, lexicon: ${t.lexicon} "${t.pattern}"${h.nominal ? ', nominal' : ''})`);
  let actor: Argument[] = [], recipient: Argument[] = [];
  /** The subject was found to suffer the act (a passive or a verb of undergoing). */
  let suffered = false;
  /** The actor was carried from the sentence's last event, not read from this clause. */
  let carried = false;
  /** One who voices a state's reaction (أعرب مصدر … عن «استياء» مقديشو): the source, not the actor. */
  let srcOverride: Argument | null = null;
  let clauseStart = sa;
  for (let k = i - 1; k >= sa; k--) { if ((isPunct(c, k) && !c.inDate[k]) || CLAUSE.has(c.norm[k]!) || COMP.has(c.norm[k]!)) { clauseStart = k + 1; break; } }
  // skip adverbials after the trigger: punctuation-enclosed dates, "في <date>"
  const skipAdv = (j: number): number => {
    for (;;) {
      const d = c.dates.find((x) => x.a === j || (x.a === j + 1 && (c.norm[j] === 'في' || c.norm[j] === 'يوم' || isPunct(c, j))));
      // a date set off by commas (استقبل السيسي، الاثنين، وزير …) is skipped with its closing comma
      if (d) { j = d.b; if (d.a > 0 && isPunct(c, d.a - 1) && c.norm[d.a - 1] === ',' && c.norm[j] === ',' && j + 1 < sb) j++; continue; }
      if (j < sb && isPunct(c, j) && c.norm[j] === ',' && timeAfterComma(c, j)) { j++; continue; }
      // an adjective of the trigger's own last noun (استخدمت الرصاص الحي، أطلقت الغاز المسيل)
      if (j === h.end && j < sb && h.end - 1 > i && /^ال/.test(c.norm[h.end - 1]!) && /^ال.*(ي|يه)$/.test(c.norm[j]!) && !actorAt(c, j)) { j++; continue; }
      if (j < sb && (c.norm[j] === 'امس' || c.norm[j] === 'اليوم' || (j > 0 && /^(نفسه|نفسها|ذاته|ذاتها)$/.test(c.norm[j]!) && (c.inDate[j - 1] || /^(اليوم|اليوم|الوقت|الشهر|الاسبوع|العام)$/.test(c.norm[j - 1]!))) || MANNER.has(c.norm[j]!) || (t.type === 'PROTEST' && SENTENCE_ADV.has(c.norm[j]!)))) { j++; continue; }
      // a time of day before a date (فجر اليوم، مساء الجمعة)
      if (j + 1 < sb && TIME_OF_DAY.has(c.norm[j]!) && c.dates.some((x) => x.a === j + 1 || x.a === j || ((c.norm[j + 1] === 'اليوم' || c.norm[j + 1] === 'امس') && x.a === j + 2))) { j++; continue; }
      // a body's name in quotation marks (ندد "مركز جنيف للعدالة" بالأحكام): the name inside them
      if (j + 1 < sb && isQuote(c, j) && civilHead(c.norm[j + 1]!)) { j++; continue; }
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
  // (a subject quoted by its name: توصلت «كتيبة أبو صرة» و«قوة الإسناد الأولى» …)
  // (or any short name quoted right after a verb of saying or an act, closed before a place or a
  // comma: ونفت «اللجنة المركزية» في درعا)
  if (j < sb && isQuote(c, j) && j + 1 < sb && (actorAt(c, j + 1) || entityIn(c, j + 1, j + 2, (x) => x.type === 'ORG' || x.type === 'PER') || (!h.nominal && DEFINITE.test(c.norm[j + 1]!) && (() => { for (let q = j + 2; q <= Math.min(sb - 1, j + 5); q++) if (isQuote(c, q)) return q + 1 < sb && (c.norm[q + 1] === 'في' || c.norm[q + 1] === ','); return false; })()))) j++;
  if (j < sb && isPunct(c, j) && c.norm[j] === ',') j = skipAdv(j + 1);
  let np1End = j < sb ? argEnd(c, j) : j;
  if (gap && np1End > h.parts[0]!) np1End = h.parts[0]!;
  // ("any …" opens an object, never the subject: نفى أي علاقة لقواته; nor is "between …" a
  // subject: قطع الطريق الدولية بين حلبا والعبدة)
  // (after a noun of talks or fighting the parties "between" whom it is are its genitive: المفاوضات
  // بين إيران والقوى الكبرى)
  const np1 = np1End > j && !/^(و)?(اي|ايه)$/.test(c.norm[j]!) && !(c.norm[j] === 'بين' && !h.nominal) ? [j, np1End] as const : null;
  // a verb right after an indefinite event noun of its type (and its adjective) is a relative
  // clause about that event (قصف مدفعي استهدف بلدة): what follows is its target
  // (not a verdict's: حكم أصدرته المحكمة — the court after it gave it)
  const relOfNoun = !h.nominal && t.gate !== 'verdict' && (() => {
    // (the noun with its adjective or its weapon: قصف مدفعي استهدف، هجوم بطائرات مسيرة استهدف،
    // هجوماً بسيارة مفخخة وقذائف الهاون استهدف)
    const reach = c.norm.slice(Math.max(sa, i - 6), i).some((w) => /^(و)?(ب)?(ال)?(سياره|سيارات|قذائف|صواريخ|طائرات|طائره|عبوه|مسيره|مسيرات)/.test(w)) ? 6 : 3;
    for (let k = i - 1; k >= Math.max(sa, i - reach); k--) {
      if (!isWord(c, k) || (/^(و|ف)?ال/.test(c.norm[k]!) && reach === 3)) return false;
      if (/^(و|ف)?ال/.test(c.norm[k]!)) continue;
      const verbalNoun = k > 0 && PREP_BEFORE.has(c.norm[k - 1]!) && vc(c, k).cores.some((x) => lexicons().verbs.get(x)?.some((tr) => tr.type === t.type));
      // (or a verbal noun with nunation: قصفاً بقذائف الهاون استهدف)
      const nunated = tanween(c, k) && nc(c, k).some((x) => lexicons().verbs.get(x)?.some((tr) => tr.type === t.type));
      if (verbalNoun || nunated || sentEvents.some((e) => e.type === t.type && tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] === k) || nc(c, k).some((x) => lexicons().nouns.get(x)?.some((tr) => tr.type === t.type))) return true;
    }
    return false;
  })();
  // (a protest has no patient: the counted people after its verb are the protesters, تجمع 300 متظاهر)
  // (a dual of a person noun counts two: قُتل جنديان أمريكيان)
  // (and an indefinite noun in the accusative right after an attack verb is its object: شنت غارة
  // "…" استهدفت تجمعاً لمسلحي الشباب)
  const accusative = !h.nominal && np1 !== null && np1[0] === h.end && (t.type === 'ASSAULT' || t.type === 'COERCE') && tanween(c, np1[0]) && /ا$/.test(c.norm[np1[0]]!) && !c.quantities.some((q) => q.a === np1[0]);
  const np1Patient = t.type !== 'PROTEST' && (relOfNoun || accusative || np1 && (c.quantities.some((q) => q.a === np1[0]) || HUMAN.has(c.norm[np1[0]]!) || isDual(c.norm[np1[0]]!) || doc.kinds[np1[0]] === 'number'));
  // a subject before the verb (SVO): nearest coded noun phrase in the clause
  let before: [number, number] | null = null;
  if (!h.nominal) {
    // (a quotation opening on the verb leaves its subject outside: أن واشنطن «سترد بحزم»)
    // (or on its negation: إن الحكومة «لن تتراجع»)
    const cs = clauseStart > sa && isQuote(c, clauseStart - 1) && (clauseStart === i || (clauseStart === i - 1 && NEG.has(c.norm[i - 1]!))) ? clauseBack(c, clauseStart - 1, sa) : clauseStart;
    for (let k = i - 1; k >= cs; k--) {
      // a coded phrase, or a named person or body right before the verb (الملك سلمان سيزور)
      // (a phrase with a preposition is no subject: هجوم بطائرات مسيرة استهدف)
      // (or a speaker's own forces by a pronoun: أعلنت القيادة أن مقاتلاتها قصفت)
      const cr = prepOn(c, k) ? null : actorAt(c, k) ?? ((k === i - 1 && entityIn(c, k, k + 1, (e) => e.type === 'PER' || (e.type === 'ORG' && e.canonical !== null))) || (k === i - 1 && TWO_SIDES.test(stripConj(c.norm[k]!))) || ((k === i - 1 || (k === i - 2 && NEG.has(c.norm[i - 1]!))) && (OWN_FORCE.test(stripConj(c.norm[k]!)) || OWN_FORCE.test(c.norm[k]!))) ? true : null);
      if (cr) { let a = k; while (a > cs && isWord(c, a - 1) && !STOP_NP.has(c.norm[a - 1]!) && !(COMP_PREP.has(c.norm[a - 1]!) && c.entAt[a - 1]! < 0) && !isVerbLike(c, a - 1) && k - a < 3) a--; before = [a, c.counted[k] ? Math.max(npEnd(c, a), k + 1) : npEnd(c, a)]; if (before[1] > i) before[1] = i;
        // (a body in a state is the subject, not the state: محكمة في ميانمار قضت، قوات الجيش في ميانمار ألقت)
        const st = actorAt(c, a);
        if (a - 2 >= cs && c.norm[a - 1] === 'في' && st && st.a === a && (st.info.kind === 'country' || st.info.kind === 'capital')) {
          let p = a - 2;
          while (p > cs && a - 2 - p < 3 && isWord(c, p - 1) && !isVerbLike(c, p - 1) && !STOP_NP.has(c.norm[p - 1]!) && !COMP.has(c.norm[p - 1]!)) p--;
          for (; p <= a - 2; p++) { const b0 = codeRange(c, p, a - 1); if (b0 && b0.kind === 'sector') { before = [p, before[1]]; break; } }
        }
        break; }
    }
  }
  // a title with a name set off by commas right before the verb (لكن المتحدث باسم «قسد»، آرام
  // الحلبي، نفى …): the title is the subject
  if (!h.nominal && !before && i > sa + 3 && !/^و/.test(c.norm[i]!) && c.norm[i - 1] === ',' && c.entAt[i - 2]! >= 0 && doc.entities[c.entAt[i - 2]!]!.type === 'PER') {
    const [pa] = tokenRangeOf(doc, doc.entities[c.entAt[i - 2]!]!.start, doc.entities[c.entAt[i - 2]!]!.end);
    if (pa > sa + 1 && c.norm[pa - 1] === ',') {
      let ts = pa - 1;
      while (ts > sa && pa - 1 - ts < 8 && !(isPunct(c, ts - 1) && !isQuote(c, ts - 1)) && !isVerbLike(c, ts - 1) && !/^(و)?لكن$/.test(c.norm[ts - 1]!)) ts--;
      if (ts < pa - 1 && !/^(مع|من|الي|علي|عن|في|ب|ل)$/.test(c.norm[ts]!) && !prepOn(c, ts) && (codeRange(c, ts, pa - 1) || entityIn(c, ts, pa - 1, (x) => x.canonical !== null))) before = [ts, pa - 1];
    }
  }
  // كان + subject + قد + verb (وكان حزب «فوكس» اليميني المتطرف قد اتهم المغرب، وكانت دمشق و«قسد» قد
  // وقّعتا): the whole phrase between كان and قد is the subject, past quotation marks
  if (!h.nominal && i > sa + 2 && c.norm[i - 1] === 'قد') {
    // (past a name in apposition between commas: وكان موفد الرئيس الفلسطيني، ماجد الغزّاوي، قد التقى)
    for (let k = i - 2; k >= Math.max(sa, i - 12); k--) {
      // (غير is "non-" inside a name, not غير أن: لمعالجة أوضاع المقيمين بصورة غير قانونية)
      if ((CLAUSE.has(c.norm[k]!) && !(c.norm[k] === 'غير' && c.norm[k + 1] !== 'ان')) || COMP.has(c.norm[k]!) || (isPunct(c, k) && !isQuote(c, k) && c.norm[k] !== ',')) break;
      if (!KANA.has(c.norm[k]!)) continue;
      let e = i - 1;
      while (e > k + 1 && isPunct(c, e - 1)) e--;
      const comma = c.norm.slice(k + 1, e).indexOf(',');
      if (comma > 0) e = k + 1 + comma;
      // (or one definite word, the subject whatever it is: وكانت الجماعة قد أغرقت)
      if (e > k + 1 && (codeRange(c, k + 1, e) || entityIn(c, k + 1, e, (x) => x.type === 'PER' || x.type === 'ORG' || x.type === 'GPE') || (e === k + 2 && (TWO_SIDES.test(stripConj(c.norm[k + 1]!)) || /^ال/.test(c.norm[k + 1]!))))) before = [k + 1, e];
      break;
    }
  }
  // مطالبة X بـ Y "asking X for Y": with a بـ complement the genitive is the one asked
  const askedGen = h.nominal && t.type === 'REQUEST' && np1 !== null && np1[0] === h.end && /^ب/.test(c.norm[np1[1]] ?? '') && (c.norm[np1[1]]?.length ?? 0) > 3;
  // a noun with a possessive pronoun (دعمه، إدانتها) has no genitive after it: its possessor is
  // the actor, the subject of the clause that carries it (مؤكدا دعمه: the one who affirms)
  const surf = bareSurface(c, i);
  const bare = c.norm[i]!.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '');
  const possessed = h.nominal && h.end === i + 1 && t.gate !== 'participle' && (/(ها|هم|هما)$/.test(surf) || (surf.endsWith('ه') && bare.slice(0, -1) === t.words[0]));
  // (and an accusation with what it charges after a ب: اتهام الجزائر بـ«إيواء إرهابيين» — the
  // genitive is the accused; with a ل after it, اتهامات المالكي للسعودية, it is the accuser)
  const accusedGen = h.nominal && t.type === 'ACCUSE' && np1 !== null && np1[0] === h.end && /^ب/.test(c.norm[np1[1]] ?? '') && !/^(بين|بعد)$/.test(c.norm[np1[1]] ?? '');
  // (and a measure's object after its two words: وقف استيراد البضائع التركية)
  const patientGen = h.nominal && (askedGen || accusedGen || PATIENT_NOUN.has(t.words[0]!) || nc(c, i).some((x) => PATIENT_NOUN.has(x)) || (t.type === 'SANCTION' && t.mode !== 'convict' && t.words.length > 1 && !/^(و|ف)?(ب|ل)?ال/.test(c.norm[h.end - 1]!) && !gapped(h)));
  // (the genitive is the agent when a state body stands there with the people after it:
  // احتجاز السلطات الليبية 37 سائقاً، توقيف الأجهزة الأمنية الصحفيَّين)
  const agentGen = patientGen && !askedGen && np1 !== null && np1[0] === h.end && (() => {
    const cr = codeRange(c, np1[0], np1[1]);
    const k = np1[1];
    return stateBody(cr) && k < sb && !isPunct(c, k)
      && (c.quantities.some((q) => q.a === k) || concreteWord(c.norm[k]!) || !!entityIn(c, k, k + 1, (e) => e.type === 'PER'));
  })();
  if (agentGen && np1) {
    actor = argsOf(c, np1[0], np1[1]);
    recipient = countedOf(c, np1[1], argEnd(c, np1[1]), sb);
    why.push(`actor = genitive ${actor.map((r) => r.text).join(' + ')}, the agent; recipient = ${recipient.map((r) => r.text).join(' + ')}`);
  } else if (h.nominal) {
    if (possessed) {
      const carrier = [...sentEvents].reverse().find((e) => e.actor.length && tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] < i);
      if (carrier) { actor = carrier.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the possessor (subject of ${carrier.trigger.text})`); }
    } else if (t.type === 'ASSAULT' && np1 && np1[0] === h.end && !tanween(c, i) && !prepOn(c, np1[0]) && !patientGen && !np1Patient && (concreteWord(c.norm[np1[0]]!) || nc(c, np1[0]).some((x) => TARGET_NOUN.has(x)))) {
      // the genitive of an attack noun is its target (بقصف مواقع لحركة حماس: the group's positions)
      const x = np1[1] < sb ? c.entAt[np1[1]]! : -1;
      const owner = x >= 0 && prepOn(c, np1[1]) && doc.entities[x]!.type === 'ORG' ? doc.entities[x]! : null;
      recipient = owner ? argsOf(c, ...tokenRangeOf(doc, owner.start, owner.end)) : argsOf(c, np1[0], np1[1]);
      why.push(`recipient = the target ${recipient.map((r) => r.text).join(' + ')}${owner ? ` (whose ${c.norm[np1[0]]})` : ''}`);
    } else if (np1 && np1[0] === h.end && (nisbaAfterIndefinite(c, i, np1[0]) || (!DEFINITE.test(c.norm[i]!) && relativeAgent(c, h.end, sb) !== null))) {
      // an agentive relative clause after the noun and its adjective names the agent (غارات
      // جوية نفذها الجيش السوري، مسيرة حاشدة نظمها الطلاب)
      const ag = relativeAgent(c, np1[0], sb);
      if (ag) { actor = argsOf(c, ag[1], ag[2]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the agent of the relative clause ${c.norm[ag[0]]}`); }
    } else if (t.gate === 'participle' && np1 && np1[0] === h.end && !prepOn(c, np1[0])) {
      // a participle of calling takes its subject from the clause it goes with, so the phrase
      // after it is the one called on (…، داعياً التجار إلى الرفق بالمواطنين)
      recipient = argsOf(c, np1[0], np1[1]);
      // (a pronoun object, إياها، إياه، إياهم, stands for the subject of the speech before it: قال
      // الوزير إن تركيا «تستخدم المياه سلاحاً»، متهماً إياها)
      if (/^اياه(ا|م|ما)?$/.test(c.norm[np1[0]]!)) {
        recipient = [];
        for (let k = sa; k < i; k++) {
          if (!COMP.has(c.norm[k]!) && !/^(ان|انه|بان)$/.test(c.norm[k]!)) continue;
          const cr = k + 1 < i ? actorAt(c, k + 1) : null;
          if (cr && cr.a === k + 1) { recipient = argsOf(c, k + 1, npEnd(c, k + 1)); break; }
        }
        // (with no speech before it, the one the clause's verb acted on: طالبت المنظمة السلطات
        // العُمانية بالإفراج …، متهمةً إياها)
        if (!recipient.length) { const prev = [...sentEvents].reverse().find((e) => e.recipient.length && e.recipient.every((r) => r.canonical)); if (prev) recipient = prev.recipient; }
      }
      if (recipient.length) why.push(`recipient = object of the participle ${recipient.map((r) => r.text).join(' + ')}`);
    } else if (np1 && np1[0] === h.end && !prepOn(c, np1[0]) && (patientGen || np1Patient || codeRange(c, np1[0], np1[1]) || (!PHYSICAL.has(t.type) && t.type !== 'SANCTION' && (t.type !== 'ACCUSE' || /^ل/.test(c.norm[np1[1]] ?? '')) && !!entityIn(c, np1[0], np1[0] + 1, (x) => x.type === 'PER' && x.start <= doc.tokens[np1[0]]!.start + 1))) && !(DEFINITE.test(c.norm[i]!) && !patientGen && DEFINITE.test(c.norm[np1[0]]!)) && !nisbaAfterIndefinite(c, i, np1[0])) {
      // (a definite noun takes no genitive: the definite words after الهجوم are its adjectives)
      // (forces or a count sent or withdrawn are what moves, no recipient: إرسال نحو 250 عنصراً)
      const movedGen = (t.type === 'MOBILIZE' || t.type === 'RETREAT') && (hasAny(c, TROOP, np1[0], np1[1] + 1, s) || c.quantities.some((q) => q.a === np1[0] && (q.v.unit === 'soldier' || q.v.unit === 'fighter')));
      if ((patientGen || np1Patient) && !movedGen) { recipient = countedOf(c, np1[0], np1[1], sb); why.push(`recipient = genitive ${recipient.map((r) => r.text).join(' + ')}${recipient[0]!.start > doc.tokens[np1[0]]!.start ? ` (the group of ${doc.text.slice(doc.tokens[np1[0]]!.start, doc.tokens[np1[1] - 1]!.end)})` : ''}`); }
      else if (t.type === 'PROTEST' && t.mode === 'riot' && c.norm[np1[0]] === 'بين') {
        // (clashes between protesters and the police: the protesters riot, the police are faced)
        const sides = argsOf(c, np1[0] + 1, np1[1]);
        actor = sides.filter((a) => hasAny(c, PROTESTER, ...tokenRangeOf(doc, a.start, a.end), s));
        recipient = sides.filter((a) => !actor.includes(a));
        why.push(`actor = the protesters of the clash ${actor.map((r) => r.text).join(' + ')}; recipient = ${recipient.map((r) => r.text).join(' + ')}`);
      } else if ((t.type === 'RETREAT' || t.type === 'MOBILIZE') && hasAny(c, TROOP, np1[0], np1[1], s)) {
        // (the forces withdrawn or sent are what moves, their owner the actor: سحب قطعها البحرية)
        const owner = nearestSubject(c, sa, i);
        if (owner.length) { actor = owner; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, whose forces move (${doc.text.slice(doc.tokens[np1[0]]!.start, doc.tokens[np1[1] - 1]!.end)})`); }
      } else {
        // (a nisba after an indefinite noun is the state alone, not what follows it: منحة كويتية | قيمتها)
        const nis = actorAt(c, np1[0]);
        const ge = !DEFINITE.test(c.norm[i]!) && nis && nis.a === np1[0] && nis.info.kind === 'nisba' && nis.b < np1[1] ? nis.b : np1[1];
        actor = argsOf(c, np1[0], ge); why.push(`actor = genitive ${actor.map((r) => r.text).join(' + ')}`);
      }
    }
  } else if (before && relOfNoun && before[1] === i && codeRange(c, before[0], before[1])?.kind === 'nisba' && np1) {
    // (the attack noun before the relative verb names its state by a nisba: غارة جوية أميركية
    // استهدفت الفضلي — the strike is the state's; what follows is the target)
    actor = argsOf(c, before[0], before[1]);
    recipient = argsOf(c, np1[0], np1[1]);
    why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the attack whose nisba names its state; recipient = ${recipient.map((r) => r.text).join(' + ')}`);
  } else if (before && !relOfNoun && (!np1 || np1Patient || !codeRange(c, np1[0], np1[1]) || (before[1] === i && !PREP_BEFORE.has(c.norm[before[0] - 1] ?? '')) || KANA.has(c.norm[before[0] - 1] ?? ''))) {
    // (after كان the phrase before the verb is its subject: وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة)
    actor = argsOf(c, before[0], before[1]);
    why.push(`actor = subject before the verb ${actor.map((r) => r.text).join(' + ')}`);
    // (forces or a count moved by MOBILIZE/RETREAT are what moves, not a recipient)
    const movedObj = np1 && (t.type === 'MOBILIZE' || t.type === 'RETREAT') && (np1Patient || hasAny(c, TROOP, np1[0], np1[1], s));
    // (a protest verb takes no object, and a weapon is no object: مطالبين الحكومة، برصاص الجيش)
    // (nor is a bomb thrown: ألقى مجهولون قنبلة على سيارة — the target follows على)
    // (nor the wounds of the wounded: أصيبوا بجروح طفيفة)
    if (np1 && !movedObj && t.type !== 'PROTEST' && !INSTRUMENT.has(c.norm[np1[0]]!) && !INJ_NEAR.has(c.norm[np1[0]]!) && !/^(ب)?(جروح|اصابات)$/.test(c.norm[np1[0]]!) && !(t.gate === 'dropbomb' && nc(c, np1[0]).some((x) => EXPLOSIVE.has(x)))) { recipient = countedOf(c, np1[0], np1[1], sb); why.push(`recipient = object ${recipient.map((r) => r.text).join(' + ')}`); }
  } else if (np1) {
    // a human subject followed by its object (ذبح عناصر التنظيم رهينة يابانيا): VSO, not agentless
    const k2 = skipAdv(np1[1]);
    const vsoHuman = np1Patient && !relOfNoun && !c.quantities.some((q) => q.a === np1[0]) && !UNDERGO_TRIG.has(t.words[0]!) && !passive
      && k2 < sb && isWord(c, k2) && !STOP_NP.has(c.norm[k2]!) && !prepOn(c, k2) && !/^و/.test(c.norm[k2]!) && !isVerbLike(c, k2) && (concreteWord(c.norm[k2]!) || c.quantities.some((q) => q.a === k2));
    if (vsoHuman && (t.type === 'ASSAULT' || t.type === 'COERCE')) {
      actor = argsOf(c, np1[0], np1[1]);
      recipient = countedOf(c, k2, argEnd(c, k2), sb);
      why.push(`actor = subject ${actor.map((r) => r.text).join(' + ')}; recipient = object ${recipient.map((r) => r.text).join(' + ')}`);
    } else if (np1Patient && (t.type === 'ASSAULT' || t.type === 'COERCE')) {
      recipient = countedOf(c, np1[0], np1[1], sb);
      // (an active plural verb has its subject in it, told before: إن عناصر الحرس المدني أعادوا 1400)
      const sb2 = !passive && /^(و|ف)?[^ي].{2,}وا$/.test(c.norm[i]!) ? subjectBefore(c, i, clauseStart) : null;
      // (a plural verb joined by و past a quoted clause keeps the subject named after إنّ: إن جنود
      // الجيش الإسرائيلي «وفّروا الحماية للمهاجمين» واعتقلوا أربعة)
      const carried2 = !sb2 && !passive && /^و[^ي].{2,}وا$/.test(c.norm[i]!) ? nearestSubject(c, Math.max(sa, i - 14), i) : [];
      if (sb2) { actor = argsOf(c, sb2[0], sb2[1]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the plural verb; recipient = ${recipient.map((r) => r.text).join(' + ')}`); }
      else if (carried2.length && carried2.every((a) => a.canonical)) { actor = carried2; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the verb it is joined to; recipient = ${recipient.map((r) => r.text).join(' + ')}`); }
      // (an arrest joined by و to an earlier act keeps its subject: إن الجيش نشر نحو 800 جندي …،
      // واعتقل ثلاثة مشتبه بهم)
      else if (!passive && t.type === 'COERCE' && /^و/.test(c.norm[i]!) && joinedSubject(c, sentEvents, i, true)?.actor.every((a) => a.canonical)) { actor = joinedSubject(c, sentEvents, i, true)!.actor; carried = true; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the verb it is joined to; recipient = ${recipient.map((r) => r.text).join(' + ')}`); }
      else why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')} (agentless${recipient[0]!.start > doc.tokens[np1[0]]!.start ? ', the group of the people counted' : ''})`);
    } else if (np1Patient) {
      // a count after the verb is its object (ستسحب 2200 جندي): the actor comes from elsewhere
    } else if (PRONOUN_COMP.has(c.norm[clauseStart - 1] ?? '') && clauseStart === i) {
      // after أنها / أنه / أنهم the pronoun is the verb's subject, so the phrase after the verb is
      // its object (أعلنت الوزارة أنها ستخفض عدد جنودها): the actor is the pronoun's referent
      why.push(`subject = the pronoun of ${c.norm[clauseStart - 1]}`);
    } else if (t.type !== 'PROTEST' && !prepOn(c, np1[0]) && (/^(و|ف)?[^ي].{2,}وا$/.test(c.norm[i]!) || (/^(و|ف)?[^يتنا].{2,}[^هن]ا$/.test(c.norm[i]!) && !/هما$/.test(c.norm[i]!) && vc(c, i).cores.includes(stripConj(c.norm[i]!).slice(0, -1)))) && !passive) {
      // a verb marked plural or dual (هاجموا، اعتقلوا، طالبا) agrees with a subject before it or in
      // it: the phrase after it is its object (أن مسلحي الحركة هاجموا قاعدتين عسكريتين)
      recipient = argsOf(c, np1[0], np1[1]);
      const sb2 = subjectBefore(c, i, clauseStart);
      if (sb2) actor = argsOf(c, sb2[0], sb2[1]);
      // (a plural verb joined by و keeps the subject of the sentence's last act: انتقد نواب …،
      // وطالبوا الحكومة)
      else if (/^و/.test(c.norm[i]!)) actor = [...sentEvents].reverse().find((e) => e.actor.length)?.actor ?? [];
      why.push(`recipient = object of the plural verb ${recipient.map((r) => r.text).join(' + ')}${actor.length ? `; actor = ${actor.map((r) => r.text).join(' + ')}, its subject before it` : ''}`);
    } else if ((h.nominal || /ت(ها|ه|هم)$/.test(stripConj(c.norm[i]!))) && np1[0] === h.end && t.words.length > 1 && isPrep(t.words[t.words.length - 1]!)) {
      // a noun whose pattern ends in its preposition (سيطرتها على مدينة الفاشر, a noun with its
      // possessive, as no verb that takes على takes an object pronoun): what follows is what it
      // falls on, never its doer
      recipient = argsOf(c, np1[0], np1[1]);
      why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, after ${t.words[t.words.length - 1]}`);
    } else if (t.gate === 'envoy' && np1[0] === h.end && actorAt(c, np1[0])?.info.kind === 'nisba') {
      // the nisba after a summoned ambassador is his (واستدعت السفير الموريتاني): the subject is
      // the verb's it is joined to
      const prev = [...sentEvents].reverse().find((e) => e.actor.length);
      if (prev && /^و/.test(c.norm[i]!)) { actor = prev.actor; carried = true; }
      why.push(`${doc.text.slice(doc.tokens[np1[0]]!.start, doc.tokens[np1[1] - 1]!.end)}: the ambassador's nisba${actor.length ? `; actor = ${actor.map((r) => r.text).join(' + ')}, carried` : ''}`);
    } else if (/^نظير(ه|ها|يه|يها|هم|تها|ته)$/.test(stripConj(c.norm[np1[0]]!)) || (t.type === 'CONSULT' && /^خلال(ه|ها)$/.test(c.norm[h.end] ?? '')) || objectCasePlural(c, np1[0])) {
      // "his counterpart" is the one met, never the subject (التقى خلالها نظيره العراقي), and so
      // is the one met during a visit told before (في زيارة … يلتقي خلالها مسؤولين عراقيين): the
      // subject is the one the sentence is about, carried from its last event
      recipient = argsOf(c, np1[0], np1[1]);
      const prev = [...sentEvents].reverse().find((e) => e.actor.length);
      if (prev) { actor = prev.actor; carried = true; }
      why.push(`recipient = the counterpart ${recipient.map((r) => r.text).join(' + ')}${actor.length ? `; actor = ${actor.map((r) => r.text).join(' + ')}, carried` : ''}`);
    } else if (fathatan(c, np1[0]) && !/^(و|ف)?(ب|ل|ك)/.test(c.norm[np1[0]]!) && !/يا$/.test(c.norm[np1[0]]!) && !MANNER.has(c.norm[np1[0]]!) && !/^(ابدا|سابقا|جميعا|ايضا|مجددا|حاليا|دائما|قريبا|فورا|معا|كثيرا|اخيرا|تماما)$/.test(c.norm[np1[0]]!)) {
      // an accusative with fathatan is the object, the subject before the verb (أن بغداد «قد تطلب
      // تمويلاً إضافياً»); only a party is a recipient
      if (codeRange(c, np1[0], np1[1]) || concreteWord(c.norm[np1[0]]!) || c.quantities.some((q) => q.a === np1[0])) recipient = argsOf(c, np1[0], np1[1]);
      const sb2 = subjectBefore(c, i, clauseStart);
      if (sb2) actor = argsOf(c, sb2[0], sb2[1]);
      why.push(`object ${doc.text.slice(doc.tokens[np1[0]]!.start, doc.tokens[np1[1] - 1]!.end)} (accusative)${actor.length ? `; actor = ${actor.map((r) => r.text).join(' + ')}, its subject before it` : ''}`);
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
      // (a body's own patrols or members doing the joined act are that body: ونشرت قيادة الأمن
      // الداخلي …، واعتقلت دورياتها أربعة مشتبه بهم)
      if (/^و/.test(c.norm[i]!) && np1[1] - np1[0] === 1 && /^(دوريات|عناصر|قوات|وحدات|جنود|افراد)(ها|ه|هم)$/.test(c.norm[np1[0]]!) && !actor[0]?.canonical) {
        const prev = [...sentEvents].reverse().find((e) => e.actor.length && e.actor.every((a) => a.canonical));
        if (prev) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, whose ${c.norm[np1[0]]} they are`); }
      }
      // (not past "in a statement", handled below: في بيان بغداد is no place)
      const k0 = gap ? h.end : np1[1];
      let k = c.norm[k0] === 'في' && /^(بيان|تصريح|تصريحات|كلمه|رساله|تغريده|خطاب|مقابله)$/.test(c.norm[k0 + 1] ?? '') ? k0 : skipAdv(k0);
      // (past the quotation mark closing the subject's name: دعا «حزب الله» الفصائل كافة)
      if (k + 1 < sb && isQuote(c, k) && k > np1[0] && (isQuote(c, np1[0]) || isQuote(c, np1[0] - 1))) k = skipAdv(k + 1);
      // a sentence passed on someone (قضت المحكمة بسجن ثلاثة متظاهرين): the sentenced
      if (t.type === 'SANCTION' && k + 1 < sb && SENTENCE_N.has(c.norm[k]!)) k++;
      // an aside set off by commas between subject and object (ودعت جامعة الدول العربية، في بيان
      // صادر عن أمينها العام، مجلس الأمن الدولي إلى): the object after it
      if (k + 2 < sb && c.norm[k] === ',' && /^(في|خلال|عبر)$/.test(c.norm[k + 1]!) && /^(بيان|تصريح|تصريحات|كلمه|اتصال|مؤتمر|رساله|تغريده|خطاب|مقابله|لقاء|اجتماع)$/.test(c.norm[k + 2]!)) {
        let q = k + 3;
        while (q < Math.min(sb, k + 18) && !isPunct(c, q)) q++;
        if (q < sb && c.norm[q] === ',') k = q;
      }
      // (and "in a statement" with no commas: واتهم الجهاز في بيان اللواء بمحاولة …)
      // (a capital right after it is the object, not a place: واتهم الحزب في بيان بغداد بـ…)
      if (c.norm[k] === 'في' && /^(بيان|تصريح|تصريحات|كلمه|رساله|تغريده|خطاب|مقابله)$/.test(c.norm[k + 1] ?? '')) { k += 2; while (k < sb && /^(مقتضب|رسمي|صحفي|مشترك|مكتوب|متلفز)$/.test(c.norm[k]!)) k++; const st = actorAt(c, k); if (!(st && st.a === k && (st.info.kind === 'capital' || st.info.kind === 'country'))) k = skipAdv(k); }
      // (and where the subject is based, set off by commas: منظمة «مسقط للحقوق»، ومقرها جنيف، السلطات)
      { const q = basedAsideEnd(c, k, sb); if (q >= 0) k = skipAdv(q + 1); }
      // (an envoy's post is part of the subject: ودعت المبعوثة الأممية إلى ليبيا الطرفين)
      if (c.norm[k] === 'الي' && /^(و)?(ال)?(مبعوث|مبعوثه|ممثل|ممثله|سفير|سفيره|منسق|منسقه)$/.test(c.norm[np1[0]]!) && k + 1 < sb) { const x = actorAt(c, k + 1); if (x && x.a === k + 1 && (x.info.kind === 'country' || x.info.kind === 'capital')) k = skipAdv(x.b); }
      // (an MP's constituency is part of the subject: ودعا النائب عن بعلبك الهرمل، علي المصري، …)
      if (c.norm[k] === 'عن' && /^(و)?(ال)?نائب(ه)?$/.test(c.norm[np1[0]]!)) {
        let q = k + 1; while (q < Math.min(sb, k + 6) && !isPunct(c, q)) q++;
        if (q < sb && c.norm[q] === ',') k = q;
        else {
          // (with no commas: the place, then the MP's name — واتهم النائب عن الأنبار رعد الأردني الحكومة)
          const pe = c.entAt[k + 1]! >= 0 ? doc.entities[c.entAt[k + 1]!]! : null;
          let r = pe && PLACE_ENT.has(pe.type) ? tokenRangeOf(doc, pe.start, pe.end)[1] : actorAt(c, k + 1)?.a === k + 1 ? actorAt(c, k + 1)!.b : -1;
          if (r > k + 1 && r < sb) {
            const per = c.entAt[r]! >= 0 ? doc.entities[c.entAt[r]!]! : null;
            // (with a family name the names layer left out: رعد | الأردني)
            if (per && per.type === 'PER') { r = tokenRangeOf(doc, per.start, per.end)[1]; if (r < sb && c.entAt[r]! < 0 && /^ال.{2,}ي$/.test(c.norm[r]!)) r++; }
            else if (loadKb().givenNames.has(c.norm[r]!)) r = Math.min(sb, r + 2);
            else r = -1;
            if (r > 0 && r < sb) k = r;
          }
        }
      }
      // (and a person's name in apposition to the subject: وطالب وزير الخارجية الصومالي، محمد علي
      // الحبشي، الجانب الكيني بالإفراج)
      if (k + 2 < sb && c.norm[k] === ',' && c.entAt[k + 1]! >= 0 && doc.entities[c.entAt[k + 1]!]!.type === 'PER' && doc.entities[c.entAt[k + 1]!]!.start === doc.tokens[k + 1]!.start) {
        const pe = tokenRangeOf(doc, doc.entities[c.entAt[k + 1]!]!.start, doc.entities[c.entAt[k + 1]!]!.end)[1];
        if (pe < sb && c.norm[pe] === ',') k = pe;
      } else if (k + 2 < sb && c.norm[k] === ',' && (loadKb().givenNames.has(c.norm[k + 1]!) || c.norm[k + 1]!.startsWith('عبد'))) {
        // (a name the tagger missed, opening with a given name: …، علي المصري، …)
        let q = k + 2;
        while (q < Math.min(sb, k + 5) && isWord(c, q) && !isVerbLike(c, q)) q++;
        if (q < sb && c.norm[q] === ',') k = q;
      }
      // a comma closing adverbials between subject and object (… بجدة أمس، رئيس وزراء باكستان)
      if ((k > np1[1] || (k > 0 && c.norm[k] === ',' && c.norm[k - 1] !== ',' && k !== np1[1])) && k + 1 < sb && isPunct(c, k) && c.norm[k] === ',' && !CLAUSE.has(c.norm[k + 1]!) && !/^و/.test(c.norm[k + 1]!)) k = skipAdv(k + 1);
      const physical = t.type === 'ASSAULT' || t.type === 'COERCE';
      // (past the means, with ب: فرّقت قوات الأمن بخراطيم المياه والهراوات اعتصاماً)
      if (physical && (t.mode === 'crowd-control' || t.gate === 'force') && k < sb && /^ب[^ا]/.test(c.norm[k]!) && c.norm[k]!.length > 3 && !actorAt(c, k) && c.entAt[k]! < 0) { const me = npEnd(c, k); if (me > k && me < sb && !isPunct(c, me)) k = skipAdv(me); }
      // forces sent or withdrawn are what moves, not a recipient (أرسلت حاملة طائرات وألفي جندي)
      const moved = (t.type === 'MOBILIZE' || t.type === 'RETREAT') && k < sb && (hasAny(c, TROOP, k, argEnd(c, k), s) || c.quantities.some((q) => q.a >= k && q.a < argEnd(c, k) && q.v.unit === 'soldier'));
      // (what a threat or demand holds out, with ب, is its content: هدد النائب بمقاطعة كتلته جلسات البرلمان)
      const content = SPEECH_ACT.has(t.type) && k < sb && /^ب[^ا]/.test(c.norm[k]!) && c.norm[k]!.length > 4 && !actorAt(c, k) && c.entAt[k]! < 0;
      if (!moved && !content && k < sb && !isPunct(c, k) && !STOP_NP.has(c.norm[k]!) && !INSTRUMENT.has(c.norm[k]!) && !(t.gate === 'dropbomb' && nc(c, k).some((x) => EXPLOSIVE.has(x))) && !/^(ب|ل)ال/.test(c.norm[k]!) && !isVerbLike(c, k) && (physical ? argEnd(c, k) > k : codeRange(c, k, argEnd(c, k)) || (argEnd(c, k) === k + 1 && TWO_SIDES.test(c.norm[k]!)))) {
        recipient = countedOf(c, k, argEnd(c, k), sb); why.push(`recipient = object ${recipient.map((r) => r.text).join(' + ')}`);
      }
    }
  }
  // the subject of a verb of undergoing (أصيب، استشهد، لقي مصرعه) or of a verb written passive
  // (قُتل، اعتُقل) is the one who suffers the act, not its agent
  // (and so is a person with no arms named before an unvocalised قتل with nothing after it: إن
  // جندياً تركياً قتل وأصيب آخر)
  const killedBefore = !h.nominal && t.type === 'ASSAULT' && t.words[0] === 'قتل' && before && actor.length > 0 && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] < i
    && (!np1 || prepOn(c, np1[0]) || /^و/.test(c.norm[np1[0]]!)) && /^(و|ف)?قتل$/.test(c.norm[i]!)
    && concreteText(actor[0]!.text) && !hasAny(c, ARMED, ...tokenRangeOf(doc, actor[0]!.start, actor[0]!.end), s);
  if (!h.nominal && actor.length && (UNDERGO_TRIG.has(t.words[0]!) || killedBefore || passive)) {
    // (a passive has no object: what follows a subject before it is another clause — جنديين قُتلا
    // وأُصيب ثالث)
    if (!recipient.length || killedBefore || (before && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] < i && passive)) recipient = actor;
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
      // (or armed men or settlers named by a plural: برصاص مستوطنين، بنيران مسلحين مجهولين)
      if (agentless && ((cr && AGENT_SECTOR.has(cr.sector ?? '')) || (!actor.length && /^(مستوطن|مسلح|مجهول|مهاجم)(ون|ين)$/.test(c.norm[a]!)))) {
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
    // (the envoy with his nisba: السفير الإثيوبي)
    recipient = x && x.info.kind === 'nisba' && x.a === k ? [makeArg(c, k > i + 1 && nc(c, k - 1).some((y) => ENVOY.has(y)) ? k - 1 : k, x.b)] : [];
    why.push(recipient.length ? `recipient = ${recipient[0]!.text}, the ambassador's state` : 'no state named for the ambassador');
  }
  // an envoy summoned further on, named with the embassy (استدعت وزارة الخارجية، أمس، القائم
  // بالأعمال في السفارة الفرنسية): the envoy, coded by the embassy's state
  // (also over an envoy read as the object without the state the embassy names: القائم بالأعمال)
  if (t.gate === 'envoyfar' && t.type === 'ACCUSE' && (!recipient.length || (recipient.length === 1 && nc(c, tokenRangeOf(doc, recipient[0]!.start, recipient[0]!.end)[0]).some((x) => ENVOY.has(x))))) {
    let k = h.end;
    while (k < Math.min(sb, h.end + 12) && !nc(c, k).some((x) => ENVOY.has(x))) k++;
    if (k < sb && nc(c, k).some((x) => ENVOY.has(x))) {
      let e = k + 1;
      if (c.norm[e] === 'بالاعمال') e++;
      const nis = actorAt(c, e);
      if (nis && nis.a === e && (nis.info.kind === 'nisba' || nis.info.kind === 'country')) e = nis.b;
      else if ((c.norm[e] === 'في' || c.norm[e] === 'لدي') && /^(ال)?سفار/.test(c.norm[e + 1] ?? '')) { e += 2; const n2 = actorAt(c, e); if (n2 && n2.a === e && (n2.info.kind === 'nisba' || n2.info.kind === 'country' || n2.info.kind === 'capital')) e = n2.b; }
      else if (/^(ال)?سفار/.test(c.norm[e] ?? '')) { e++; const n2 = actorAt(c, e); if (n2 && n2.a === e) e = n2.b; }
      recipient = [makeArg(c, k, Math.min(e, sb))];
      why.push(`recipient = ${recipient[0]!.text}, the envoy summoned`);
    }
  }
  // a pattern with its object between its words (حمّلت الرياض الحكومة اللبنانية مسؤولية التصعيد):
  // the object follows the actor
  if (gap && actor.length && !recipient.length) {
    let ae = tokenRangeOf(doc, actor[actor.length - 1]!.start, actor[actor.length - 1]!.end)[1];
    // (past an aside set off by commas: …، في تصريح لقناة «زاخو»، حزب العمال مسؤولية)
    if (c.norm[ae] === ',') { let e = ae + 1; while (e < h.parts[0]! && c.norm[e] !== ',') e++; if (e < h.parts[0]! - 1) ae = e + 1; }
    if (ae < h.parts[0]! && codeRange(c, ae, h.parts[0]!)) { recipient = argsOf(c, ae, h.parts[0]!); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, between the pattern's words`); }
  }
  // a police act joined by و to an earlier one keeps that verb's subject (وفرقت قوات الأمن
  // المعتصمين، واعتقلت 15 منهم)
  // (not a verb of suffering: وأصيب اثنان آخران)
  if (!h.nominal && !actor.length && (t.type === 'COERCE' || t.type === 'ASSAULT') && /^و/.test(c.norm[i]!) && t.gate !== 'injure' && !passiveForm(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end))) {
    const v = verbAt(c, REPRESS_V, sa, i, s);
    let e = v >= 0 ? npEnd(c, v + 1) : -1;
    let cr = v >= 0 && e > v + 1 && e <= i ? codeRange(c, v + 1, e) : null;
    // (or its subject before it: وحدات الجيش ضبطت 40 طناً …، وأوقفت ستة أشخاص)
    let from = v + 1;
    if (v >= 0 && !cr) { const sv = subjectBefore(c, v, sa); if (sv) { cr = codeRange(c, sv[0], sv[1]); from = sv[0]; e = sv[1]; } }
    // (an armed or state agent of an active verb: قُتل سبعة مدنيين، وأصيب … has no agent)
    if (cr && AGENT_SECTOR.has(cr.sector ?? '') && !passiveForm(doc.text.slice(doc.tokens[v]!.start, doc.tokens[v]!.end))) { actor = argsOf(c, from, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${c.norm[v]} it is joined to`); }
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
  // a protest noun's actor may follow it with ل (اعتصاماً لعمال النسيج المضربين، مسيرة للطلاب)
  if (h.nominal && t.type === 'PROTEST' && !actor.length && h.end < sb && /^ل/.test(c.norm[h.end]!) && (concreteWord(c.norm[h.end]!.replace(/^لل?/, '')) || PROTESTER.has('ال' + c.norm[h.end]!.replace(/^لل?/, '')) || hasAny(c, PROTESTER, h.end, h.end + 4, s) || hasAny(c, CROWD, h.end, h.end + 1, s))) {
    const e = npEnd(c, h.end);
    if (e > h.end) { actor = argsOf(c, h.end, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, whose protest it is (ل)`); }
  }
  // a protest noun's actor is the subject of the verb that reports it (دخل عمال النقل في إضراب،
  // نظم الطلاب مسيرة)
  if (h.nominal && t.type === 'PROTEST' && !actor.length) {
    let v = verbAt(c, PROTEST_ACTOR_V, Math.max(clauseStart, i - 6), i, s);
    // (back over a date set off by commas: شارك نحو أربعة آلاف معلّم، اليوم الخميس، في مسيرة)
    if (v < 0) { const v2 = verbAt(c, PROTEST_ACTOR_V, Math.max(sa, i - 12), i, s); if (v2 >= 0 && !clauseBreakBesideDates(c, v2 + 1, i)) v = v2; }
    // the subject before the verb (إن الجامعة العامة للنقل ستنفّذ إضراباً): the nearest coded phrase
    const svo = v >= 0 && (v + 1 === i || (v + 2 === i && ORGANISE_N.has(stripConj(c.norm[i - 1]!)))) ? subjectBefore(c, v, clauseStart) : null;
    if (svo) { actor = argsOf(c, svo[0], svo[1]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]}`); }
    else
    // شارك في المظاهرة نواب …: the subject comes after the protest noun
    if (v >= 0 && v + 1 < i && c.norm[v + 1] === 'في' && v + 2 === i && np1 && (codeRange(c, np1[0], np1[1]) || hasAny(c, CROWD, np1[0], np1[1], s))) { actor = argsOf(c, np1[0], np1[1]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]}`); }
    else if (v >= 0 && v + 1 < i) {
      const e = Math.min(argEnd(c, v + 1), i);
      if (e > v + 1 && !c.dates.some((d) => d.a === v + 1) && !(PREP_BEFORE.has(c.norm[v + 1]!))) { actor = argsOf(c, v + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]}`); }
    }
  }
  // an attack whose doer is named only by an adjective (غارة إسرائيلية، قصف مدفعي حوثي، طائرة
  // مسيرة أمريكية): that state or group
  // (a killing during a raid or an attack someone carried out is theirs: قُتل أربعة فلسطينيين …
  // خلال اقتحام نفذته القوات الإسرائيلية)
  if (t.type === 'ASSAULT' && !actor.length) {
    for (let k = h.end; k < Math.min(sb - 2, h.end + 16); k++) {
      if (!/^(و)?(خلال|اثناء|في|اثر|جراء|عقب|بعد)$/.test(c.norm[k]!)) continue;
      if (!nc(c, k + 1).some((x) => /^(اقتحام|هجوم|غاره|قصف|عمليه|حمله|توغل|مداهمه|كمين|ضربه|اشتباكات|مواجهات)$/.test(x))) continue;
      const ag = relativeAgent(c, k + 2, sb);
      if (ag) { actor = argsOf(c, ag[1], ag[2]); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who carried out the ${c.norm[k + 1]} it happened in`); }
      // (or the parties of the clashes it happened in: في اشتباكات اندلعت مساء أمس بين «جهاز الردع»
      // و«اللواء 444 قتال»)
      else if (CLASH.has(stripConj(c.norm[k + 1]!))) {
        for (let b = k + 2; b < Math.min(sb, k + 12); b++) {
          if (isPunct(c, b) && !isQuote(c, b)) break;
          if (c.norm[b] !== 'بين') continue;
          // (names in quotation marks: بين «جهاز الردع» و«اللواء 444 قتال» — each name a party)
          const parts: Argument[] = [];
          let a = b + 1;
          while (a < sb && parts.length < 4) {
            const q = isQuote(c, a);
            const a0 = q ? a + 1 : a;
            let e = a0;
            if (q) { while (e < Math.min(sb, a0 + 6) && !isQuote(c, e)) e++; } else e = npEnd(c, a0, 6);
            if (e <= a0) break;
            parts.push(...argsOf(c, a0, e));
            a = q ? e + 1 : e;
            if (a < sb && /^و/.test(c.norm[a]!) && c.norm[a]!.length === 1) a++;
            else if (a < sb && c.norm[a] === 'و') a++;
            else if (!(a < sb && isQuote(c, a) && /^و$/.test(c.norm[a - 1] ?? ''))) break;
          }
          if (parts.length >= 2) { actor = parts; why.push(`actors = the parties of the ${c.norm[k + 1]} it happened in: ${actor.map((r) => r.text).join(' + ')}`); }
          break;
        }
      }
      break;
    }
  }
  // (an attack a group claims in the same sentence: تبنّت حركة الشباب … قصفاً بقذائف الهاون استهدف …)
  if (t.type === 'ASSAULT' && !actor.length) {
    const v = verbAt(c, S('تبني'), sa, i, s);
    // (the first attack told after the claim: not one named later as its cause, ردا على الهجوم)
    if (v >= 0 && !sentEvents.some((e) => e.type === 'ASSAULT' && e.trigger.start > doc.tokens[v]!.end && e.trigger.start < doc.tokens[i]!.start)) {
      const e = claimant(c, v);
      if (e > 0) { actor = argsOf(c, v + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who claims it (${c.norm[v]})`); }
    }
  }
  if (t.type === 'ASSAULT' && !actor.length) {
    // (not the victims' own nisba: قُتل أربعة فلسطينيين)
    const inRec = (k: number) => recipient.some((r) => { const [ra, rb] = tokenRangeOf(doc, r.start, r.end); return k >= ra && k < rb; });
    for (let k = h.end; k < Math.min(sb, h.end + 3); k++) {
      const x = actorAt(c, k);
      if (x && x.a === k && x.info.kind === 'nisba' && !DEFINITE.test(c.norm[k]!) && !(!h.nominal && inRec(k))) {
        actor = argsOf(c, k, x.b); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the attack's adjective`); break;
      }
      // (past the attack's other adjectives only: مدفعي، جوية، مسيرة)
      if (!isWord(c, k) || DEFINITE.test(c.norm[k]!) || isVerbLike(c, k) || !/(ي|يه|ه)$/.test(c.norm[k]!)) break;
    }
  }
  // fighting between two parties (المعارك بين الجيش السوداني وقوات الدعم السريع أسفرت عن مقتل …):
  // both are its actors
  // (or after the clash noun itself, past its adjective and a time: اندلعت اشتباكات عنيفة فجر اليوم
  // بين الجيش اللبناني ومسلحين يعملون في التهريب — the party named with a code, the other
  // perhaps not)
  if (t.type === 'ASSAULT' && !actor.length) {
    const clashNoun = h.nominal && CLASH.has(stripConj(c.norm[i]!).replace(/^(ب|ل)/, ''));
    for (let k = Math.max(sa, i - 12); k < (clashNoun ? Math.min(sb, h.end + 8) : i); k++) {
      if (k > i && (isPunct(c, k) || (isVerbLike(c, k) && !c.inDate[k] && !TIME_OF_DAY.has(c.norm[k]!)))) break;
      if (c.norm[k] !== 'بين' || (k < i && !hasAny(c, CLASH, Math.max(sa, k - 2), k, s))) continue;
      const e = npEnd(c, k + 1, 8);
      const parts = e > k + 1 ? argsOf(c, k + 1, e) : [];
      if (parts.length >= 2 && (k > i ? parts.some((p) => p.canonical) : parts.every((p) => p.canonical))) { actor = parts; why.push(`actors = the parties of the fighting: ${actor.map((r) => r.text).join(' + ')}`); }
      break;
    }
  }
  // a noun event carried by a support verb (أجرى الوزير محادثات، نفذت القوات غارة، جددت مصر
  // دعوتها، صوّت البرلمان على مطالبة …): the verb's subject is the actor, after the verb (VSO)
  // or before it (SVO)
  // an act named as a decision's content has the decider as actor (قرار الرئيس عبد الفتاح
  // السيسي، في 20 تشرين الأول، العفو عن …)
  if (h.nominal && !actor.length && t.gate !== 'participle') {
    for (let k = i - 1; k >= Math.max(sa, i - 16); k--) {
      if (!/^(و|ب|ل)?قرار$/.test(c.norm[k]!)) continue;
      const e = k + 1 < i ? Math.min(npEnd(c, k + 1), i) : k + 1;
      if (e > k + 1 && (codeRange(c, k + 1, e) || entityIn(c, k + 1, e, (x) => x.type === 'PER'))) { actor = argsOf(c, k + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, whose decision it is (${c.norm[k]})`); }
      break;
    }
  }
  // a visit or talks someone is making, named after the noun (خلال زيارة يقوم بها وزير الدولة …)
  if (h.nominal && !actor.length && h.end + 2 < sb && /^(و)?(يقوم|تقوم|قام|قامت|يجريها|يجريه|اجراها|اجراه|اجرتها|يؤديها|اداها)$/.test(c.norm[h.end]!)) {
    const a = /^(بها|به)$/.test(c.norm[h.end + 1]!) ? h.end + 2 : h.end + 1;
    let e = a < sb ? npEnd(c, a) : a;
    // (with the body he serves in: وزير الدولة في وزارة الخارجية القطرية)
    if (e > a && e + 1 < sb && c.norm[e] === 'في') { const be = npEnd(c, e + 1); const body = be > e + 1 ? codeRange(c, e + 1, be) : null; if (body?.country && body.sector) e = be; }
    if (e > a && (codeRange(c, a, e) || entityIn(c, a, e, (x) => x.type === 'PER' || x.type === 'ORG'))) { actor = [makeArg(c, a, e)]; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who is making it (${c.norm[h.end]})`); }
  }
  // a verb right after الذي / التي with no subject of its own is the act of the body before the
  // pronoun (إلى الجيش السوري الذي نشر نحو 400 جندي في محيطه)
  // (and a place after it, read as a subject, is its object: وقال الوزير الذي زار بغداد)
  // (not when the verb holds the antecedent by a pronoun: إيران التي اتهمها، داعش الذي يتهمونه)
  const np1Kind = np1 ? actorAt(c, np1[0])?.info.kind : undefined;
  const vsoAfterRel = actor.length > 0 && np1 !== null && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0] && (np1Kind === 'capital' || np1Kind === 'country');
  if (!h.nominal && (!actor.length || vsoAfterRel) && !passive && i > sa + 1 && /^(الذي|التي|الذين)$/.test(c.norm[i - 1]!) && !/(ه|ها|هم|هما)$/.test(bareSurface(c, i)) && ![h.end, h.end + 1, i + 1].some((k) => RESUMPTIVE.has(c.norm[k] ?? '')) && (vsoAfterRel || !np1 || c.quantities.some((q) => q.a === np1[0]) || !codeRange(c, np1[0], np1[1]))) {
    // (the shortest coded phrase before the pronoun, past a comma, that is no nisba alone)
    const end = c.norm[i - 2] === ',' ? i - 2 : i - 1;
    let found = -1;
    for (let a = end - 1; a >= Math.max(sa, end - 5); a--) {
      if (!isWord(c, a) || isVerbLike(c, a) || /^(و)?(الي|علي|في|من|عن|مع)$/.test(c.norm[a]!)) break;
      const cr = codeRange(c, a, end);
      if (cr && actorAt(c, a)?.info.kind !== 'nisba' && !prepOn(c, a)) { found = a; break; }
    }
    if (found >= 0) {
      if (vsoAfterRel && !recipient.length) recipient = actor;
      actor = argsOf(c, found, end); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, before the relative pronoun`);
    }
  }
  // a noun after the lead verb, its subject and an aside set off by commas (وجدّد وزير الخارجية
  // السوري، مازن الأرناؤوط، مطالبة موسكو؛ أكملت القوات الروسية، اليوم، انسحابها): the subject's act
  if (h.nominal && !actor.length && i - 3 > sa && c.norm[i - 1] === ',') {
    let p = i - 2;
    while (p > sa && c.norm[p] !== ',' && i - p < 8) p--;
    const v = c.norm[p] === ',' ? leadSubjectTo(c, sa, sb, p, (k) => isVerbLike(c, k) || /^(و)?(جدد|اكمل|استكمل|واصل|بدا|اعلن|اكد)(ت)?$/.test(c.norm[k]!)) : -1;
    if (v >= 0) { actor = argsOf(c, v + 1, p); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]} before the aside`); }
  }
  // a noun a participle of announcing carries is the clause's subject's act (…، معلناً تقديم شحنة قمح)
  if (h.nominal && !actor.length && i > sa && /^(و)?(معلن|مجدد|مقدم)(ا|ه)$/.test(c.norm[i - 1]!)) {
    const prev = [...sentEvents].reverse().find((e) => e.actor.length && e.actor.every((a) => a.canonical));
    const own = prev ? prev.actor : nearestSubject(c, sa, i - 1);
    if (own.length) { actor = own; carried = !!prev; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the participle ${c.norm[i - 1]}`); }
  }
  // a call or talks set off by a comma after the verb and its subject (وبحث الرئيس القمري، في اتصال
  // هاتفي مساء أمس مع رئيس الوزراء الفرنسي، …): the verb's subject holds it
  if (h.nominal && !actor.length && t.type === 'CONSULT' && i - 2 > sa && c.norm[i - 1] === 'في' && c.norm[i - 2] === ',') {
    const v = leadSubjectTo(c, sa, sb, i - 2, (k) => isVerbLike(c, k));
    if (v >= 0) { actor = argsOf(c, v + 1, i - 2); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of ${c.norm[v]} before the comma`); }
  }
  if (h.nominal && !actor.length) {
    const v = supportVerb(c, i, clauseStart, s);
    // تلقى اتصالا من X: the one who receives is the recipient, X the actor
    if (v >= 0 && vc(c, v).cores.includes('تلقي')) {
      const e = Math.min(npEnd(c, v + 1), i);
      if (e > v + 1) { recipient = argsOf(c, v + 1, e); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, who received it (${c.norm[v]})`); }
      for (let k = h.end; k < Math.min(sb, h.end + 3); k++) if (c.norm[k] === 'من' && k + 1 < sb) { const ae = npEnd(c, k + 1); if (ae > k + 1) { actor = argsOf(c, k + 1, ae); why.push(`actor = ${actor.map((r) => r.text).join(' + ')} (من)`); } break; }
    } else if (v >= 0 && /^و/.test(c.norm[v]!) && vc(c, v).cores.some((x) => x === 'سلم' || x === 'ابلغ') && sentEvents.some((e) => e.actor.length)) {
      // a note handed over by a verb joined to an earlier act (واستدعت الخارجية … وسلّمته مذكرة
      // احتجاج، وسلّمت القائم بالأعمال الإيراني مذكرة احتجاج): the earlier act's subject hands it,
      // the one it is handed to is its recipient
      const prev = [...sentEvents].reverse().find((e) => e.actor.length)!;
      actor = prev.actor; carried = true;
      const e = Math.min(npEnd(c, v + 1), i);
      if (/(ه|ها|هم)$/.test(c.norm[v]!) && prev.recipient.length) recipient = prev.recipient;
      else if (e > v + 1 && codeRange(c, v + 1, e)) recipient = argsOf(c, v + 1, e);
      why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${prev.trigger.text} that ${c.norm[v]} is joined to${recipient.length ? `; recipient = ${recipient.map((r) => r.text).join(' + ')}, to whom it is handed` : ''}`);
    } else if (v >= 0) {
      const e = Math.min(npEnd(c, v + 1), i);
      const named = (a: number, b: number) => codeRange(c, a, b) || entityIn(c, a, b, (x) => x.start === doc.tokens[a]!.start && (x.type === 'ORG' || x.type === 'PER' || x.type === 'GPE'));
      // (a phrase with ل after the verb is whom it is for, no subject: ستصرف للعمال منحة)
      const forWhom = /^ل/.test(c.norm[v + 1] ?? '') && !/^ل(ا|ن|م)$/.test(c.norm[v + 1] ?? '');
      if (forWhom && e > v + 1 && !recipient.length && (t.type === 'AID' || t.type === 'SUPPORT')) { recipient = argsOf(c, v + 1, e); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, whom it is for`); }
      if (e > v + 1 && !forWhom && named(v + 1, e) && !recipient.some((r) => r.start === doc.tokens[v + 1]!.start)) {
        actor = argsOf(c, v + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, subject of the support verb ${c.norm[v]}`);
      } else {
        // (the verb's own clause: it may stand before a date set off by commas)
        const vStart = Math.min(clauseStart, v);
        for (let k = v - 1; k >= sa && (k >= vStart || !isPunct(c, k) || isQuote(c, k)); k--) {
          if (isPunct(c, k)) { if (isQuote(c, k)) continue; break; }
          if (k < vStart && (COMP.has(c.norm[k]!) || CLAUSE.has(c.norm[k]!))) break;
          const cr = actorAt(c, k);
          if (!cr) continue;
          let a = k;
          while (a > sa && isWord(c, a - 1) && !STOP_NP.has(c.norm[a - 1]!) && !isVerbLike(c, a - 1) && k - a < 3) a--;
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
    // (a crowd read as the subject after فرّق is what is dispersed; the agent stands before the
    // verb: قوات الأمن التي انتشرت بأعداد كبيرة فرّقت المظاهرة بالقوة)
    if (!recipient.length && actor.length === 1 && np1 && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0] && (hasAny(c, CROWD, np1[0], np1[0] + 1, s) || hasAny(c, PROTESTER, np1[0], np1[0] + 1, s) || /^(ال)?(مظاهر|تظاهر|مسير|تجمع|اعتصام|حشود)/.test(stripConj(c.norm[np1[0]]!)))) {
      recipient = actor; actor = [];
      for (let k = i - 1; k >= sa; k--) {
        if (isPunct(c, k)) break;
        if (actorAt(c, k) && !prepOn(c, k) && (k === sa || !actorAt(c, k - 1))) { const e = npEnd(c, k); if (e > k && e <= i) actor = argsOf(c, k, e); break; }
      }
      why.push(`recipient = the crowd dispersed, ${recipient.map((r) => r.text).join(' + ')}${actor.length ? `; actor ${actor.map((r) => r.text).join(' + ')}, before the verb` : ''}`);
    }
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
    // (from the trigger's own word on: the pattern may hold the عن, أفرج عن)
    for (let k = i + 1; k < Math.min(sb, h.end + 10); k++) {
      if (CLAUSE.has(c.norm[k]!)) break;
      // (أخلت السلطات سبيل الناشطة: the one whose way was cleared)
      if (c.norm[k] === 'سبيل' && k + 1 < sb && isWord(c, k + 1)) { const e = argEnd(c, k + 1); if (e > k + 1) { recipient = argsOf(c, k + 1, e); why.push(`recipient = the released ${recipient.map((r) => r.text).join(' + ')}`); } break; }
      if (c.norm[k] !== 'عن') continue;
      // (a bare sum freed is no one released: أُفرج عن 150 ملياراً)
      const q = c.quantities.find((x) => x.a === k + 1);
      if (q && (q.v.kind === 'money' || (!q.v.unit && /(مليار|مليون)/.test(q.v.text)))) break;
      const e = argEnd(c, k + 1);
      const ee = e < sb && actorAt(c, e)?.info.kind === 'nisba' ? actorAt(c, e)!.b : e;
      if (ee > k + 1) { recipient = argsOf(c, k + 1, ee); why.push(`recipient = the released ${recipient.map((r) => r.text).join(' + ')}`); }
      break;
    }
  }
  // the one sentenced is the noun after the sentence in construct (قضت المحكمة … بسجن الناشط …
  // ثماني سنوات), past the court's own name and a date, never the court (بالمحكمة الابتدائية)
  if (t.type === 'SANCTION' && t.mode === 'convict') {
    for (let k = h.end; k < Math.min(sb, h.end + 20); k++) {
      if (SENTENCE_W.has(c.norm[k]!) && !CONVICT_CONSTRUCT.has(c.norm[k]!) && !recipient.length) {
        for (let j = k + 1; j < Math.min(sb, k + 8); j++) {
          if (isPunct(c, j)) break;
          if (c.norm[j] !== 'علي') continue;
          const e = j + 1 < sb ? argEnd(c, j + 1) : j + 1;
          if (e > j + 1) { recipient = argsOf(c, j + 1, e); why.push(`recipient = the one sentenced, ${recipient.map((r) => r.text).join(' + ')} (على after ${c.norm[k]})`); }
          break;
        }
        if (recipient.length) break;
      }
      if (!CONVICT_CONSTRUCT.has(c.norm[k]!)) continue;
      if (recipient.some((r) => r.start >= doc.tokens[k]!.end && r.canonical?.sector !== 'JUD')) break;
      // (a sentence and its term, then على and the one sentenced: بالسجن المشدد خمس سنوات على الباحث)
      const e = k + 1 < sb && isWord(c, k + 1) ? argEnd(c, k + 1) : k + 1;
      if (e > k + 1) { recipient = argsOf(c, k + 1, e); why.push(`recipient = the one sentenced, ${recipient.map((r) => r.text).join(' + ')} (after ${c.norm[k]})`); }
      break;
    }
  }
  // people arrested, told in the passive after their count (بأن 47 شخصاً أُوقفوا): the count
  // (and so are the counted wounded or killed before their verb: وإن ثمانية آخرين أُصيبوا بجروح)
  if ((t.type === 'COERCE' || (t.type === 'ASSAULT' && UNDERGO_TRIG.has(t.words[0]!) && !recipient.length)) && !h.nominal && passive) {
    const q = c.quantities.find((x) => doc.tokenSentence[x.a] === s && x.b >= i - 1 && x.b <= i && (x.v.unit == null || HUMAN_UNITS.has(x.v.unit)));
    if (q) { const e = Math.min(i, c.counted[q.b] ? q.b + 1 : q.b); recipient = argsOf(c, q.a, e); actor = actor.filter((a) => !recipient.some((r) => r.start === a.start)); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, ${t.type === 'COERCE' ? 'arrested' : 'struck'} (passive)`); }
  }
  // a sum of money is what is given, never who receives it (تعهد المانحون بتقديم 1.2 مليار دولار)
  recipient = recipient.filter((r) => !c.quantities.some((q) => q.v.kind === 'money' && q.v.start <= r.start && r.start < q.v.end));
  // recipient through a preposition
  if (!recipient.length) {
    let lim = h.end + 8;
    for (let k = h.end; k < Math.min(sb, lim); k++) {
      const w = c.norm[k]!;
      // (not inside the actor: وأدان الأمين العام للأمم المتحدة …)
      if (actor.some((a) => doc.tokens[k]!.start >= a.start && doc.tokens[k]!.end <= a.end)) continue;
      // (nor in the rest of its title or name right after it: نائبة المبعوث الأممي الخاص إلى سوريا،
      // بعثة الأمم المتحدة للدعم في ليبيا)
      const tail = actor.length ? nameTail(c, k, actor[0]!, sb) : k;
      if (tail > k) { k = tail - 1; continue; }
      // (past an aside naming some of the actor: ونددت أحزاب مغربية، بينها حزب العدالة والتنمية، بالقرار)
      if (w === ',' && /^(بينها|بينهم|منها|منهم|ومنها|ومنهم|ابرزها|ابرزهم)$/.test(c.norm[k + 1] ?? '')) { let q = k + 2; while (q < Math.min(sb, k + 10) && !isPunct(c, q)) q++; if (q < sb && c.norm[q] === ',') { lim += q - k; k = q; continue; } }
      if (isPunct(c, k) || CLAUSE.has(w) || (k > h.end && w[0] === 'و' && isVerbLike(c, k))) break;
      // (a demand's or a threat's content, told with ب, holds its own prepositions: مطالباً بتسليم الملف
      // الأمني إلى أبناء العشائر — the clan sons are not the ones asked)
      if ((t.type === 'REQUEST' || t.type === 'THREATEN' || t.type === 'CONCEDE') && /^ب[^ي].{2,}/.test(w) && !/^(بحق|بين|بعد|بعض)$/.test(w) && !actorAt(c, k)) break;
      // (an envoy's post: استدعت الجزائر سفيرها لدى الرباط — the state it is to)
      if (w === 'لدي' && t.type === 'SANCTION' && k + 1 < sb) { const x = actorAt(c, k + 1); if (x && x.a === k + 1 && (x.info.kind === 'capital' || x.info.kind === 'country')) { recipient = argsOf(c, k + 1, x.b); why.push(`recipient = ${recipient[0]!.text}, where the envoy is posted (لدى)`); break; } }
      let a = -1;
      // a pattern that ends in its preposition (حكم … على): the phrase right after it
      const lastPart = h.parts.length ? c.norm[h.parts[h.parts.length - 1]!]! : '';
      const viaPart = k === h.end && h.parts.length > 0 && (lastPart === 'علي' || lastPart === 'ضد' || lastPart === 'الي') && !isPunct(c, h.parts[h.parts.length - 1]! + 1);
      if (viaPart) a = h.parts[h.parts.length - 1]! + 1;
      else if (w === 'علي' || (w === 'ضد' && t.type !== 'CONSULT' && t.type !== 'COOPERATE' && t.type !== 'AGREE') || (w === 'الي' && !(t.type === 'ASSAULT' && UNDERGO_TRIG.has(t.words[0]!))) || w === 'مع' || (w === 'بحق' && (t.type === 'SANCTION' || t.type === 'COERCE')) || (w === 'من' && t.type === 'SANCTION' && t.mode === 'discontinue' && ['country', 'capital'].includes(actorAt(c, k + 1)?.info.kind ?? '')) || (w === 'من' && t.type === 'RETREAT' && t.mode !== 'release' && !hasAny(c, TROOP, k + 1, k + 2, s) && !/^(جنود|قوات|عناصر)/.test(c.norm[k + 1] ?? ''))) a = k + 1;

      // (a protest is against someone through ضد or على only: مؤيدون لليمين belongs to its noun)
      // (a call made to someone, joined with ب right after it: اتصالاً هاتفياً بنظيره السوري)
      else if (t.type !== 'PROTEST' && (/^(ب|ل)ال/.test(w) || (t.mode === 'phone' && k === h.end && /^ب/.test(w) && w.length > 4) || (w.startsWith('لل') && w.length > 4) || (t.type === 'SUPPORT' && /^ل/.test(w) && w.length > 3))) a = k;
      // (a preposition written apart before a quotation: أشاد الرئيس بـ"وقوف قطر الدائم إلى جانب لبنان")
      else if ((t.type === 'SUPPORT' || t.type === 'ACCUSE') && /^[بل]$/.test(w) && isQuote(c, k + 1) && k + 2 < sb) {
        const qe = Math.min(sb, k + 10);
        for (let j = k + 2; j < qe && !isPunct(c, j); j++) { const x = actorAt(c, j); if (x && (x.info.kind === 'country' || x.info.kind === 'capital') && x.info.country) { recipient = [makeArg(c, j, x.b)]; why.push(`recipient = ${recipient[0]!.text}, the state named in what is praised or condemned`); break; } }
        if (recipient.length) break;
        continue;
      }
      if (a < 0 || a >= sb) continue;
      // (a protest or condemnation of an act named as a noun falls on the act's agent in its
      // genitive: احتجّت الحكومة على احتجاز السلطات الإريترية 40 صياداً)
      if ((t.type === 'ACCUSE' || t.type === 'REJECT') && (w === 'علي' || w === 'ضد') && a + 1 < sb && nc(c, a).some((x) => lexicons().nouns.has(x)) && !DEFINITE.test(c.norm[a]!)) {
        const ge = npEnd(c, a + 1);
        const g = ge > a + 1 ? codeRange(c, a + 1, ge) : null;
        if (g?.country && stateBody(g)) { recipient = argsOf(c, a + 1, ge); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, the agent of ${c.norm[a]}`); break; }
      }
      // (على in an adverbial phrase names no one: على إثرها، على خلفية، على الرغم، على مدار)
      if (w === 'علي' && ALA_ADVERBIAL.test(c.norm[a]!)) continue;
      let e = npEnd(c, a);
      // people counted or named by their role, members of a coded body (عقوبات على أربعة قادة في قوات
      // الدعم السريع): the phrase runs to the body, which codes it
      const human = c.quantities.some((q) => q.a === a) || nc(c, a).some((x) => HUMAN_WORD_SET.has(x));
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
  // the verb that carries a noun event in its clause (صوّت على، ستصرف، قررت), found once for the
  // rules below: a joined subject, a "may", a future
  const nounVerb = h.nominal ? supportVerb(c, i, clauseBack(c, i, sa), s) : -1;
  // (and so does the noun a joined verb of deciding carries: استدعت الجزائر سفيرها …، وقررت إغلاق مجالها الجوي)
  if (!actor.length && h.nominal) {
    const v = nounVerb;
    if (v > sa && /^و/.test(c.norm[v]!) && (v + 1 === i || !codeRange(c, v + 1, Math.min(npEnd(c, v + 1), i)))) {
      const prev = joinedSubject(c, sentEvents, v, true);
      if (prev) {
        actor = prev.actor; carried = true;
        why.push(`actor = ${actor[0]!.text}, the subject of ${prev.trigger.text} that ${c.norm[v]} is joined to`);
      }
    }
  }
  // a closure "before" a state's planes or people is against that state (أمام الطائرات المغربية)
  if ((t.type === 'SANCTION' || t.type === 'COERCE') && !recipient.length) {
    for (let k = h.end; k < Math.min(sb, h.end + 5); k++) {
      if (isPunct(c, k)) break;
      if (c.norm[k] !== 'امام' || k + 1 >= sb) continue;
      const e = npEnd(c, k + 1);
      const cr = e > k + 1 ? codeRange(c, k + 1, e) : null;
      if (cr?.country) { recipient = argsOf(c, k + 1, e); why.push(`recipient = ${recipient[0]!.text}, whom it is closed to (أمام)`); }
      break;
    }
  }
  // fighters counted after a verb of handing over their weapons are its doers (سلّم نحو 120 من
  // مقاتلي «حزب العمال الكردستاني» أسلحتهم)
  if (t.type === 'RETREAT' && t.mode === 'disarm' && !actor.length && np1 && c.quantities.some((q) => q.a === np1[0])) {
    actor = countedOf(c, np1[0], argEnd(c, np1[0]), sb);
    if (actor.length) why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the fighters counted who hand over their weapons`);
  }
  // a verb with the verbal noun it orders (أمر بحبس، أمرت باعتقال): the phrase after the noun is
  // that noun's object, never the verb's subject (وأمرت بحبس الستة الآخرين عشرة أيام)
  if (!h.nominal && t.words.length > 1 && /^ب.{3,}/.test(t.words[t.words.length - 1]!) && np1 && np1[0] === h.end && actor.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0]) {
    let objEnd = c.quantities.some((q) => q.a === np1[0]) ? argEnd(c, np1[0]) : Math.min(np1[1], npEnd(c, np1[0]));
    // (not the term after it: الستة الآخرين | عشرة أيام)
    for (let k = np1[0] + 1; k < objEnd; k++) if (DURATION.test(c.norm[k + 1] ?? '') || DURATION.test(c.norm[k]!)) { objEnd = k; break; }
    recipient = argsOf(c, np1[0], objEnd); actor = [];
    const prev = /^و/.test(c.norm[i]!) ? joinedSubject(c, sentEvents, i, true) : null;
    if (prev) { actor = prev.actor; carried = true; }
    why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, the object of ${t.words[t.words.length - 1]}${actor.length ? `; actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the verb it is joined to` : ''}`);
  }
  // a verb joined by و with no subject of its own (its complement follows with a preposition) keeps
  // the subject of the sentence's last act that agrees with it in gender (ونددت الكونفدرالية …،
  // ولوّحت بإضراب عام)
  if (!actor.length && !h.nominal && !passive && /^و/.test(c.norm[i]!) && (!np1 || prepOn(c, np1[0]) || /^ب/.test(c.norm[np1[0]]!))) {
    const prev = joinedSubject(c, sentEvents, i, false);
    if (prev) {
      actor = prev.actor; carried = true;
      why.push(`actor = ${actor[0]!.text}, the subject of ${prev.trigger.text} the verb is joined to`);
    }
  }
  // displeasure or concern voiced in a state's name is the state's (أعرب مصدر في وزارة الدفاع
  // الصومالية عن «استياء» مقديشو، أعرب خلاله عن «استياء» بيروت): the state after the noun is the
  // actor, the one who voices it the source; what it is at follows من (من «صمت» الرباط)
  if (t.type === 'ACCUSE' && t.words.length >= 2 && t.words[t.words.length - 2] === 'عن') {
    let g = h.end;
    if (g < sb && isQuote(c, g)) g++;
    const st = g < sb ? actorAt(c, g) : null;
    if (st && st.a === g && (st.info.kind === 'capital' || st.info.kind === 'country')) {
      const voiced = actor.length && !actor.some((a) => a.canonical?.country === st.info.country) ? actor[0]! : null;
      if (voiced && !srcOverride) srcOverride = voiced;
      actor = argsOf(c, g, st.b);
      why.push(`actor = ${actor[0]!.text}, whose ${c.norm[h.end - 1]} it is${voiced ? ` (voiced by ${voiced.text})` : ''}`);
      if (!recipient.length || recipient.every((r) => r.canonical?.country === actor[0]!.canonical?.country)) {
        recipient = [];
        for (let k = st.b; k < Math.min(sb, st.b + 5); k++) {
          if (c.norm[k] !== 'من') continue;
          let a = k + 1;
          if (a < sb && isQuote(c, a)) { while (a < Math.min(sb, k + 6) && !(isQuote(c, a) && a > k + 1)) a++; a++; }
          const x = a < sb ? actorAt(c, a) : null;
          if (x && x.a === a && (x.info.kind === 'capital' || x.info.kind === 'country')) { recipient = argsOf(c, a, x.b); why.push(`recipient = ${recipient[0]!.text}, what it is at`); }
          break;
        }
      }
    }
  }
  // a threat falls on the one its condition names (هددت النقابة بإضراب مفتوح في حال لم تتراجع
  // الحكومة عن قرارها) or on the object of the act it threatens (ملوّحاً بطرد السفير الكيني)
  if (t.type === 'THREATEN' && !recipient.length) {
    for (let k = h.end; k < Math.min(sb, h.end + 14); k++) {
      if (isPunct(c, k) && c.norm[k] !== ',') break;
      let a = -1;
      if (/^(اذا|ان|لو)$/.test(c.norm[k]!) || (c.norm[k] === 'حال' && c.norm[k - 1] === 'في') || (c.norm[k] === 'لم' && c.norm[k - 1] === 'ما')) {
        a = k + 1;
        while (a < sb && (NEG.has(c.norm[a]!) || c.norm[a] === 'ما')) a++;
        // (the condition's verb, a lexicon verb or an imperfect: ما لم تتخذ بغداد «خطوات»)
        if (a < sb && (isVerbLike(c, a) || (/^(ت|ي)/.test(c.norm[a]!) && !actorAt(c, a) && c.entAt[a]! < 0))) a++;
      } else if (k === h.end && /^ب/.test(c.norm[k]!) && c.norm[k]!.length > 3 && nc(c, k).some((x) => lexicons().verbs.has(x) || lexicons().nouns.has(x))) a = k + 1;
      if (a < 0) continue;
      const e = a < sb ? npEnd(c, a) : a;
      const cr = e > a ? codeRange(c, a, e) : null;
      if (cr && (cr.country || cr.sector)) { recipient = argsOf(c, a, e); why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, whom the threat is aimed at`); }
      break;
    }
  }
  // a call or talks the sentence's subject holds in the course of its act (تعهّد الوزير، في اتصال
  // هاتفي مع محافظ عكار، بإعادة فرز …): the subject holds it with the one after مع
  if (!actor.length && h.nominal && t.type === 'CONSULT' && i > sa && /^(في|خلال)$/.test(c.norm[i - 1]!)) {
    // (the subject of the verb right before, a verb of saying too: فيما أكد رئيس الوزراء في اتصال
    // هاتفي مع رئيس إقليم كردستان أن …)
    const own = nearestSubject(c, Math.max(sa, i - 8), i - 1);
    if (own.length && own.every((a) => a.canonical) && isVerbLike(c, tokenRangeOf(doc, own[0]!.start, own[0]!.end)[0] - 1)) { actor = own; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of the verb it is told with`); }
    const carrier = actor.length ? undefined : [...sentEvents].reverse().find((e) => e.actor.length && tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] < i);
    if (carrier) { actor = carrier.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who holds it in the course of ${carrier.trigger.text}`); }
  }
  // an act someone was driven to (ما دفع مالي والنيجر وبوركينا فاسو إلى استدعاء سفرائها): the
  // object of دفع / اضطر is its actor
  if (!actor.length && h.nominal && i > sa + 2 && c.norm[i - 1] === 'الي') {
    for (let k = i - 2; k >= Math.max(sa, i - 10); k--) {
      if (isPunct(c, k)) break;
      if (verbAt(c, S('دفع اضطر حمل قاد'), k, k + 1, s) !== k) continue;
      if (k + 1 < i - 1 && (codeRange(c, k + 1, i - 1) || entityIn(c, k + 1, i - 1, (x) => x.canonical !== null))) { actor = argsOf(c, k + 1, i - 1); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, driven to it (${c.norm[k]})`); }
      break;
    }
  }
  // a visit after a verb of arriving or setting off (وصل وزير الخارجية الأردني إلى بغداد في زيارة
  // رسمية): the one who arrives visits
  if (!actor.length && h.nominal && t.type === 'CONSULT') {
    for (let k = i - 1; k >= Math.max(sa, i - 25); k--) {
      // (back over a date and a place set off by commas: وصل آشتون كارتر …، اليوم (الخميس)، إلى
      // بغداد، في زيارة)
      if (isPunct(c, k)) { if (c.norm[k] === ',' || c.norm[k] === '(' || c.norm[k] === ')') continue; break; }
      if (CLAUSE.has(c.norm[k]!)) break;
      if (verbAt(c, ARRIVE_V, k, k + 1, s) !== k) continue;
      const e = npEnd(c, k + 1);
      if (e > k + 1 && e <= i && (codeRange(c, k + 1, e) || entityIn(c, k + 1, e, (x) => x.type === 'PER'))) { actor = argsOf(c, k + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, who ${c.norm[k]} on the visit`); }
      // (the state of the capital or country arrived in is the one visited: إلى بغداد)
      if (!recipient.length) for (let j = k + 1; j < i - 1; j++) {
        if (c.norm[j] !== 'الي') continue;
        const x = actorAt(c, j + 1);
        if (x && x.a === j + 1 && (x.info.kind === 'capital' || x.info.kind === 'country') && x.info.country && !actor.some((a) => a.canonical?.country === x.info.country)) { recipient = [makeArg(c, j + 1, x.b)]; why.push(`recipient = ${recipient[0]!.text}, the state visited`); }
        break;
      }
      break;
    }
  }
  // talks held by a subject named after a verb of holding (أجرى العاهل الأردني … وأمير دولة
  // الكويت …، اليوم الثلاثاء، مباحثات رسمية): that subject, up to the comma or the noun
  if (!actor.length && h.nominal && t.type === 'CONSULT' && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!)) {
    for (let k = i - 1; k >= Math.max(sa, i - 24); k--) {
      if (isPunct(c, k)) { if (c.norm[k] === ',' && (c.inDate[k + 1] || c.inDate[k - 1] || c.norm[k + 1] === 'اليوم' || c.norm[k + 1] === 'امس')) continue; break; }
      if (CLAUSE.has(c.norm[k]!)) break;
      if (verbAt(c, HOLD_TALKS_V, k, k + 1, s) !== k) continue;
      let e = k + 1;
      while (e < i && !isPunct(c, e) && !c.inDate[e]) e++;
      if (e > k + 1 && (codeRange(c, k + 1, e) || entityIn(c, k + 1, e, (x) => x.type === 'PER'))) { actor = argsOf(c, k + 1, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${c.norm[k]} that holds the talks`); }
      break;
    }
  }
  // the speech act whose scope holds the trigger
  let sp: Speech | null = null;
  for (const x of speeches) if (x.scopeFrom <= i && x.at !== i) sp = x;
  // a masculine verb joined by و after a speech cannot take a feminine subject carried from inside
  // it: it is the speaker's (قال الناطق إن الحكومة «لن تتراجع» …، ودعا المعلمين إلى الحوار)
  if (carried && sp && sp.at < i && sp.b > sp.a && /^و/.test(c.norm[i]!) && masculineVerb(c.norm[i]!) && actor.length === 1 && feminineHead(c, tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0])) {
    actor = argsOf(c, sp.a, sp.b);
    why.push(`actor = ${actor[0]!.text}, the speaker the verb is joined to (a masculine verb)`);
    sp = null;
  }
  // (and a verb of its own after the speech and a comma, agreeing with the speaker, is the
  // speaker's act: قالت الشرطة في بيان إن عددهم لم يتجاوز 250، ونفت أن تكون عناصرها …)
  if (!actor.length && !h.nominal && sp && sp.at < i && sp.b > sp.a && /^و/.test(c.norm[i]!) && c.norm[i - 1] === ',' && SPEECH_ACT.has(t.type)
    && (masculineVerb(c.norm[i]!) ? !feminineHead(c, sp.a) : feminineHead(c, sp.a)) && !/^(حين|عندما|بعد|قبل|انه|انها)$/.test(c.norm[sp.a]!) && (codeRange(c, sp.a, sp.b) || entityIn(c, sp.a, sp.b, (e) => e.type === 'PER' || !!e.canonical))) {
    actor = argsOf(c, sp.a, sp.b);
    why.push(`actor = ${actor[0]!.text}, the speaker the verb is joined to`);
    sp = null;
  }
  // the reporter's own clause after فيما / بينما / في حين is outside the speech
  if (sp && sp.at < i && hasAny(c, SCOPE_END, sp.b, i, s)) sp = null;
  if (sp && sp.at > i && sp.scopeFrom !== sa) sp = null;
  // a denial of a thing named (نفت قوات الدعم السريع أي صلة لها بقصف السوق) ends at the comma:
  // a joined verb after it (، واتهمت الجيش بشن غارات) is said, not denied
  if (sp?.denial && sp.at < i && !c.norm.slice(sp.b, i).some((w) => COMP.has(w)) && c.norm.slice(sp.b, i).includes(',')) sp = null;
  // "his government", "her country", "its forces" in someone's words are the speaker's state's
  // (قال وزير الدفاع الدنماركي إن حكومته لن تطلب …، بلاده ستنسحب)
  if (sp && sp.b > sp.a) {
    const spCode = codeRange(c, sp.a, sp.b);
    const spEntity = entityIn(c, sp.a, sp.b, (e) => !!e.canonical?.country);
    const spCountry = spCode?.country ?? spEntity?.canonical?.country ?? null;
    // (the sector of a named body in the speaker's phrase wins over a title's: قائد قوات سوريا الديمقراطية)
    const spSector = spEntity?.type === 'ORG' && spEntity.canonical?.country === spCountry && spEntity.canonical?.sector ? spEntity.canonical.sector : spCode?.sector ?? null;
    if (spCountry && spCountry !== 'IGO') {
      const own = (r: Argument): Argument => {
        const k = tokenRangeOf(doc, r.start, r.end)[0];
        // (وحداته keeps its و: it is no conjunction)
        const m = OWN_BODY.exec(stripConj(c.norm[k]!)) ?? OWN_BODY.exec(c.norm[k]!);
        if (!m) return r;
        // (a rebel or opposition leader's "forces" are his group's: قائد قوات سوريا الديمقراطية … قواته)
        const group = OWN_MIL.includes(m[1]!) && NON_STATE.has(spSector ?? '') ? spSector! : null;
        if (r.canonical?.country === spCountry && (!group || r.canonical.sector === group)) return r;
        const sector = group ?? (OWN_MIL.includes(m[1]!) ? 'MIL' : 'GOV');
        why.push(group ? `${r.text}: the speaker's group (${spCountry} ${group})` : `${r.text}: the speaker's state (${spCountry})`);
        return { ...r, canonical: { id: `${spCountry}-${sector}`, name: `${lexicons().countryName.get(spCountry) ?? spCountry} ${group ? 'armed group' : sector === 'MIL' ? 'military' : 'government'}`, nameAr: r.text, kind: 'actor', country: spCountry, sector } };
      };
      actor = actor.map(own);
      recipient = recipient.map(own);
    }
  }
  // a verb joined by و to a statement, with a thing after it (وأكدت المديرية … أن …، ونفت استخدام
  // أي قوة): the thing is its object and the speaker its subject
  if (!h.nominal && /^و/.test(c.norm[i]!) && sp && sp.at < i && np1 && actor.length && !recipient.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0]
    && !actor.some((a) => a.canonical) && !entityIn(c, np1[0], np1[1]) && !HUMAN.has(c.norm[np1[0]]!) && !c.quantities.some((q) => q.a === np1[0]) && SPEECH_ACT.has(t.type)) {
    // (a call, accusation or threat is addressed to the phrase after it: وناشدت طرفي النزاع)
    recipient = t.type === 'REQUEST' || t.type === 'ACCUSE' || t.type === 'THREATEN' ? actor : [];
    actor = argsOf(c, sp.a, sp.b);
    why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the speaker the joined verb goes with (the phrase after it is ${recipient.length ? 'the one addressed' : 'a thing'})`);
  }
  // a call joined by و to a statement (قالت الوزارة … ، ودعت الأساتذة إلى العودة): the phrase
  // before إلى/على/بـ is the one called on, the speaker the caller
  if (t.type === 'REQUEST' && !h.nominal && /^و/.test(c.norm[i]!) && i > sa && sp && sp.at < i && sp.b > sp.a && np1 && actor.length && !recipient.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0] && /^(الي|علي|لل|ب)/.test(c.norm[np1[1]] ?? '')) {
    recipient = actor;
    actor = argsOf(c, sp.a, sp.b);
    why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the speaker the call is joined to; recipient = ${recipient.map((r) => r.text).join(' + ')}, called on`);
  }
  // a physical act joined by و inside a sentence, with its patient after it and no subject of its
  // own (فرّقت قوات الأمن المتظاهرين …، واعتقلت 23 شخصاً): the subject of the act before
  if (!actor.length && !h.nominal && !suffered && i > sa && /^و/.test(c.norm[i]!) && (t.type === 'ASSAULT' || t.type === 'COERCE') && !passive) {
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
  // (past a verbal noun of giving before it: أعلن الصندوق الكويتي تقديم منحة)
  // (the speech verb right before the noun, even when a source named later in the sentence scopes
  // it: وأعلن الاتحاد الأوروبي عن مساهمة …، وفقاً لأرقام وزّعتها المفوضية)
  const near = speeches.filter((x) => x.at < i && x.b > x.a && x.b <= i && x.b >= i - 4).pop();
  if (near && sp && sp.at > i && !actor.length && h.nominal) sp = near;
  const giving = sp !== null && sp.b <= i - 1 && sp.b >= i - 4 && (/^(تقديم|منح|تخصيص|ارسال|صرف|اطلاق|استكمال|بدء|اكتمال)$/.test(c.norm[i - 1]!) || (c.norm[i - 1] === 'عن' && sp.b === i - 1)) && c.norm.slice(sp.b, i - 1).every((w) => /^(و|ل|لل)?ال/.test(w) || w.startsWith('لل'));
  // (an arrest announced by a ministry, the police or the army is their own: أعلنت وزارة الداخلية
  // توقيف 31 محتجاً)
  const ownForce = t.type === 'COERCE' && sp !== null && sp.b > sp.a && ['COP', 'MIL', 'GOV', 'JUD', 'SPY'].includes(codeRange(c, sp.a, sp.b)?.sector ?? '');
  // (a possessed noun the speaker announces, in quotation marks: أعلن الاتحاد الأفريقي «دعمه الكامل»)
  const quotedOwn = possessed && sp !== null && sp.b < i && i - sp.b <= 2 && c.norm.slice(sp.b, i).every((_, n) => isQuote(c, sp!.b + n));
  // (past the nisba the speaker's phrase was cut before: القيادة العامة للجيش الوطني | الليبي إرسال)
  const nisbaOnly = sp !== null && sp.b < i && i - sp.b <= 2 && c.norm.slice(sp.b, i).every((_, n) => actorAt(c, sp!.b + n)?.info.kind === 'nisba');
  if (!actor.length && sp && h.nominal && (sp.b === i || giving || quotedOwn || nisbaOnly || (sp.b < i && onlyDatesBetween(c, sp.b, i)) || (sp.scopeFrom === sp.at + 1 && adverbsOnly(sp.at + 1, i))) && sp.at < i && (sp.denial || ownForce || (t.type !== 'ASSAULT' && t.type !== 'PROTEST' && t.type !== 'COERCE'))) {
    actor = argsOf(c, sp.a, nisbaOnly ? i : sp.b); why.push(`actor = ${actor[0]!.text}, who ${sp.denial ? 'denies' : 'announces'} it`);
  }
  // a possessed noun an outlet reports someone's words with is that someone's (نقلت وكالة «كارون» عن
  // محافظ خوزستان، مهدي بحريني، نفيه استخدام الرصاص الحي)
  if (!actor.length && possessed && sp && sp.at < i && vc(c, sp.at).cores.includes('نقل')) {
    for (let k = sp.a; k < i - 1; k++) {
      if (c.norm[k] !== 'عن') continue;
      const e = Math.min(npEnd(c, k + 1), i);
      if (e > k + 1 && codeRange(c, k + 1, e)) { actor = argsOf(c, k + 1, e); why.push(`actor = ${actor[0]!.text}, whose words the outlet reports (عن)`); }
      break;
    }
  }
  // a strike or a sit-in a civil body or a party announces is its own, past a place after the
  // announcer (أعلنت القوى الوطنية والإسلامية في محافظة جنين إضراباً شاملاً)
  // (past an aside set off by commas too: وأعلنت خمسة أحزاب معارضة، في بيان مشترك، مقاطعة الاقتراع)
  if (!actor.length && sp && h.nominal && t.type === 'PROTEST' && sp.at < i && sp.b <= i && i - sp.b <= 7 && /^(و)?اعلن/.test(c.norm[sp.at]!) && !stateBody(codeRange(c, sp.a, sp.b))
    && c.norm.slice(sp.b, i).every((w, n) => (isWord(c, sp!.b + n) || w === ',') && !CLAUSE.has(w) && !COMP.has(w))) {
    actor = argsOf(c, sp.a, sp.b); why.push(`actor = ${actor[0]!.text}, who announces it`);
  }
  // a participle of calling after a comma (قال المحافظ …، داعيا إلى الحفاظ …) has the subject of
  // its sentence as actor: the speaker, or the actor of the sentence's last event
  // a participle's object named in quotation marks, with what it is charged with or asked after it
  // (…، متهماً «جبهة استعادة الوحدة والديمقراطية المسلحة» بتنفيذ الهجوم)
  if (t.gate === 'participle' && !recipient.length && h.end < sb && isQuote(c, h.end)) {
    const q = quoteClose(c, h.end, 10);
    if (q > h.end + 1 && /^(ب|الي|علي)/.test(c.norm[q + 1] ?? '')) { recipient = [makeArg(c, h.end + 1, q)]; why.push(`recipient = ${recipient[0]!.text}, named in quotation marks`); }
  }
  if (!actor.length && t.gate === 'participle') {
    // (the subject of an act told inside the speech, before the participle: وأضاف البيان أن
    // السلطات قررت طرد أربعة موظفين، ملوّحةً بإجراءات أخرى)
    // (agreeing in gender: a masculine participle does not go with a feminine subject, وقال الوزير
    // إن الحكومة لن تتراجع، متهماً إياها — the minister accuses)
    const masc = /(ا|ين)$/.test(c.norm[i]!);
    // (a denial is the speaker's: …، نافيةً ما أوردته قناة «المسيرة»)
    // (nor a refusal told with لن inside the speech: the participle goes with the speaker)
    const inner = sp && sp.at < i && t.type !== 'REJECT' ? [...sentEvents].reverse().find((e) => e.actor.length && e.trigger.start > doc.tokens[sp!.at]!.end && e.trigger.start < doc.tokens[i]!.start && THREAT_AGENT.has(e.type)
      && !/^(و|ف)?لن$/.test(c.norm[tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0] - 1] ?? '')
      && !(masc && e.actor.length === 1 && feminineHead(c, tokenRangeOf(doc, e.actor[0]!.start, e.actor[0]!.end)[0]))) : undefined;
    // (an accusation or a call after a use of force told in the speech is the speaker's, when the
    // participle agrees with the speaker too: وأضاف الإريتري أن الجيش ردّ وقتل ثلاثة …، متهماً «جبهة …»)
    const speakerOwn = inner && sp && (t.type === 'ACCUSE' || t.type === 'REQUEST') && PHYSICAL.has(inner.type) && masc === !feminineHead(c, sp.a);
    if (inner && !speakerOwn) { actor = inner.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${inner.trigger.text} the participle goes with`); }
    else if (sp && sp.at < i) { actor = argsOf(c, sp.a, sp.b); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the speaker the participle goes with`); }
    else { const prev = [...sentEvents].reverse().find((e) => e.actor.length); if (prev) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject the participle goes with`); } }
  }
  // a call on the parties (ودعا جميع الأطراف إلى ضبط النفس، وحث المانحين على الوفاء): the phrase
  // after the verb is the one called on, and the caller is the subject carried from before
  // (and so is a feminine phrase after a masculine verb, which cannot be its subject: دعا مدريد
  // إلى، يطالب الحكومة بتقديم، ودعا السلطات المصرية إلى الإفراج)
  const calledOn = t.type === 'REQUEST' && !h.nominal && np1 && actor.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0] && /^(الي|علي|لل|ب)/.test(c.norm[np1[1]] ?? '')
    ? (ADDRESSEE.has(stripConj(c.norm[np1[0]]!)) ? 'addressee' : masculineVerb(c.norm[i]!) && feminineHead(c, np1[0]) ? 'agreement'
      // (a verb right after a text that asks: صوّت المجلس على مذكرة تطالب الحكومة بتقديم …)
      : /^(مذكره|مقترح|قرار|بيان|عريضه|رساله|توصيه|مشروع|قانون|اقتراح)$/.test(c.norm[i - 1] ?? '') ? 'relative' : null) : null;
  if (calledOn) {
    recipient = actor; actor = [];
    const carrier = sp && sp.at < i ? argsOf(c, sp.a, sp.b) : calledOn === 'relative' ? nearestSubject(c, sa, i) : ([...sentEvents].reverse().find((e) => e.actor.length)?.actor ?? (i === sa || /^و/.test(c.norm[i]!) ? prevActor : nearestSubject(c, sa, i)));
    if (carrier.length) actor = carrier;
    why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')}, those called on${calledOn === 'agreement' ? ' (a feminine phrase after a masculine verb is its object)' : ''}; actor ${actor.map((r) => r.text).join(' + ') || 'unnamed'}`);
  }
  // a sentence opening with a verb joined by و and no subject of its own continues the last
  // sentence's coded subject (… اتهمت الوزارة الفصائل. وتوعدت بالرد)
  if (!actor.length && !h.nominal && !suffered && /^و/.test(c.norm[i]!) && (!np1 || prepOn(c, np1[0])) && SPEECH_ACT.has(t.type)) {
    // (inside a sentence, the coded subject of its last event: ورفضت الوزارة …، معتبرة …، وهددت)
    const carrier = i === sa ? prevActor : ([...sentEvents].reverse().find((e) => e.actor.length)?.actor ?? []);
    if (carrier.length && carrier.every((a) => a.canonical)) { actor = carrier; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject ${i === sa ? 'of the last sentence' : 'before'} (و)`); }
  }
  // a verb with a resumptive فيه after it sits in a relative clause: the phrase after it is its
  // object, its subject the agent before (البيان الذي أصدره المجلس العسكري …، واتهم فيه موريتانيا بـ)
  if (!h.nominal && SPEECH_ACT.has(t.type) && /^(فيه|فيها)$/.test(c.norm[h.end] ?? '') && np1 && actor.length && tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0] === np1[0]) {
    recipient = actor;
    actor = nearestSubject(c, sa, i).filter((a) => !recipient.some((r) => r.start === a.start));
    why.push(`recipient = ${recipient.map((r) => r.text).join(' + ')} (after the resumptive ${c.norm[h.end]}); actor ${actor.map((r) => r.text).join(' + ') || 'unnamed'}, the agent before`);
  }
  // a verb after قبل أن / بعد أن / ثم with no subject of its own goes on with the subject of the
  // act before it (اعتقلت قوات الأمن 12 أستاذاً قبل أن تفرج عن سبعة منهم)
  if (!actor.length && !h.nominal && i > sa + 1 && ((c.norm[i - 1] === 'ان' && /^(و)?(قبل|بعد)$/.test(c.norm[i - 2]!)) || /^(و)?ثم$/.test(c.norm[i - 1]!)) && (!np1 || prepOn(c, np1[0]) || /^(عن|علي|الي|من)$/.test(c.norm[h.end] ?? '') || /^(عن|علي|الي|من)$/.test(c.norm[i + 1] ?? '') || recipient.some((r) => r.start === doc.tokens[np1[0]]!.start))) {
    const prev = [...sentEvents].reverse().find((e) => e.actor.length && e.actor.every((a) => a.canonical));
    if (prev) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject of ${prev.trigger.text} it goes on from`); }
  }
  // a dual verb joined by و after an event of two parties has those two as subject (أدان الملك
  // والأمير الاستيطان، وطالبا مجلس الأمن بـ …)
  if (!actor.length && !h.nominal && /^و.{3,}ا$/.test(c.norm[i]!) && !tanween(c, i)) {
    const pair = [...sentEvents].reverse().find((e) => e.actor.length === 2);
    if (pair) { actor = pair.actor; if (recipient.length && recipient.some((r) => actor.some((a) => a.start === r.start))) recipient = []; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the two the dual verb goes with`); }
  }
  // an agreement signed is no signer (لم يوقعا اتفاقية التعاون الأمني)
  if (t.type === 'AGREE' && actor.length === 1 && AGREE_W.has(stripConj(c.norm[tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0]]!))) {
    why.push(`${actor[0]!.text} is what is signed, not who signs`); actor = [];
  }
  // a signing with the agreement before its signer (ووقّع الاتفاق عن الجانب العراقي وزير
  // التخطيط علي الشامي): the subject follows the object and the side it signed for
  if (t.type === 'AGREE' && !h.nominal && !actor.length && np1 && nc(c, np1[0]).some((x) => AGREE_W.has(x) || AGREE_W.has('ال' + x))) {
    // (past the side it signed for: the first word after it that names a party)
    let k = np1[1];
    if (k < sb && /^(عن|مع|باسم)$/.test(c.norm[k]!)) {
      k += 2;
      while (k < Math.min(sb, np1[1] + 7) && !isPunct(c, k) && !(actorAt(c, k)?.info.kind === 'sector' || entityIn(c, k, k + 1, (x) => x.type === 'PER' && x.start === doc.tokens[k]!.start))) k++;
    }
    const e = k < sb ? npEnd(c, k) : k;
    if (e > k && (codeRange(c, k, e) || entityIn(c, k, e, (x) => x.type === 'PER' || x.type === 'ORG'))) { actor = argsOf(c, k, e); why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the signer after the agreement`); }
  }
  // على أن + imperfect continues the clause before it with its subject (سحبت البعثة 3000 جندي، على
  // أن تسحب 4000 آخرين)
  if (!actor.length && !h.nominal && c.norm[i - 2] === 'علي' && c.norm[i - 1] === 'ان') {
    const prev = [...sentEvents].reverse().find((e) => e.actor.length);
    if (prev) { actor = prev.actor; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the subject على أن continues`); }
  }
  // a pronoun on لكن or on أنّ after إلا / غير / بيد / كما is the subject told before (لكنه نفى،
  // غير أنها رفضت): the last coded subject of the sentence, else of the sentence before
  if (!actor.length && !h.nominal && !np1 && i > sa && (/^(و)?لكن(ه|ها|هم)$/.test(c.norm[i - 1]!) || (/^ان(ه|ها|هم)$/.test(c.norm[i - 1]!) && /^(و)?(الا|غير|بيد|كما)$/.test(c.norm[i - 2] ?? '')))) {
    const carrier = [...sentEvents].reverse().find((e) => e.actor.length)?.actor ?? (i - sa <= 3 ? prevActor : []);
    if (carrier.length && carrier.every((a) => a.canonical)) { actor = carrier; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the one ${c.norm[i - 1]} refers to`); }
  }
  // continuation (وأضاف، كما): the previous sentence's actor
  if (!actor.length && !h.nominal && !np1 && prevActor.length && /^(و|ف)?(اضاف|تابع)/.test(c.norm[sa] ?? '')) { actor = prevActor; why.push('actor carried over from the previous sentence'); }
  // location: في/قرب + a place
  const location: Argument[] = [];
  for (let k = h.end; k < Math.min(sb, h.end + 12); k++) {
    const w = c.norm[k]!;
    // (a place told in the next clause is its act's: رحّلت …، وفرضت حظراً للتجوال في مدينة باسكنو)
    if (w === ',' && k + 1 < sb && /^و/.test(c.norm[k + 1]!) && isVerbLike(c, k + 1)) break;
    // (sub-Saharan Africa is no place of the act: مهاجراً من دول إفريقيا جنوب الصحراء)
    if (w === 'جنوب' && c.norm[k + 1] === 'الصحراء' && /(افريقيا|الافريقيه)$/.test(c.norm[k - 1] ?? '')) { k++; continue; }
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
    // (a party coded as the recipient is not also the place: في بيان بغداد)
    for (let x = location.length - 1; x >= 0; x--) if (recipient.some((r) => r.start === location[x]!.start)) location.splice(x, 1);
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
  // foreign forces withdrawn or deployed with no place named are in the country the report is
  // filed from (بغداد - … أعلنت واشنطن أنها ستسحب 2200 جندي: from Iraq)
  if (!location.length && (t.type === 'RETREAT' && t.mode === 'withdraw' || t.type === 'MOBILIZE') && c.norm[1] === '-' && c.entAt[0]! >= 0) {
    const dl = doc.entities[c.entAt[0]!]!;
    const dlc = dl.type === 'GPE' ? dl.canonical?.country : null;
    const own = actor.map((a) => a.canonical?.country).find(Boolean);
    if (dlc && own && own !== dlc && dl.start === doc.tokens[0]!.start) { location.push(makeArg(c, ...tokenRangeOf(doc, dl.start, dl.end))); why.push(`location = ${location[0]!.text}, the dateline, where the foreign forces are`); }
  }
  // a body or people with no country named takes the country of the place it is said to be in,
  // right after it (الحركة الإسلامية في الأردن، أطباء القطاع العام في الجزائر → DZA HLH)
  // (a preposition written apart, بـ"…", is no party)
  // (nor an adverb in -ياً: أفرجت السلطات فعلياً عن نحو 900 منهم)
  // (nor a participle of saying, nor a preposition with a pronoun: مؤكدةً، خلالهما)
  const realArg = (a: Argument) => (!/^[بلك]ـ*$/.test(a.text.trim()) && !/^[^\s]{3,}يا[\u064B]?$/.test(normalizeCached(a.text).replace(/ً/g, '')) || !!a.canonical)
    && !/^(و)?(مؤكد|مشير|مضيف|موضح|معتبر|لافت|مشدد)(ا|ه|ين)?$/.test(normalizeCached(a.text).replace(/[\u064B-\u0652]/g, ''))
    && !/^(و)?(خلال|بين|عن|مع|لدي|عند|من|علي|الي)(ه|ها|هم|هما)$/.test(normalizeCached(a.text))
    && !/^(و)?(كذلك|ايضا|ايضاً)$/.test(normalizeCached(a.text))
    // (nor a lone definite adjective left after a pattern's noun: استأنفا علاقاتهما الدبلوماسية)
    && !(!a.canonical && !a.entity && /^ال[^\s]{2,}يه$/.test(normalizeCached(a.text)) && !concreteText(a.text))
    && !/^(تحت|فوق|دون|بدون|قبل|بعد|حتي|رغم)( |$)/.test(normalizeCached(a.text));
  // (nor is a protest's participle of demanding part of whom it addresses: مطالبين الحكومة)
  const noParticiple = (a: Argument): Argument => {
    const [aa, ab] = tokenRangeOf(doc, a.start, a.end);
    return ab - aa > 1 && /^(مطالبين|منددين|مطالبا|مطالبه|داعين)$/.test(c.norm[aa]!) ? makeArg(c, aa + 1, ab) : a;
  };
  actor = actor.filter(realArg).map((a) => withCountryOfPlaceAfter(c, a, sb, why));
  recipient = recipient.filter(realArg).map(noParticiple).map((a) => withCountryOfPlaceAfter(c, a, sb, why));
  // people a state's police or court arrests or sentences, with no nationality named, are that
  // state's (اعتقلت الشرطة التونسية 14 طبيباً → TUN)
  // (an army arresting abroad, in the document's country, takes that country's people: قال الجيش
  // الإسرائيلي إن قواته اعتقلت 11 مطلوباً in a report from Jenin)
  const abroad = actor.length === 1 && actor[0]!.canonical?.sector === 'MIL' && c.docCountry && c.docCountry !== 'IGO' && c.docCountry !== actor[0]!.canonical.country ? c.docCountry : null;
  // (an international court is no state: its convict keeps no country from it)
  const stateActor = abroad ?? (actor.length === 1 && actor[0]!.canonical?.country && actor[0]!.canonical.country !== 'IGO' && ['COP', 'JUD', 'GOV', 'MIL', 'SPY'].includes(actor[0]!.canonical.sector ?? '') ? actor[0]!.canonical.country : null);
  if (stateActor && ((t.type === 'COERCE' && t.mode === 'arrest') || (t.type === 'SANCTION' && t.mode === 'convict'))) {
    recipient = recipient.map((r) => {
      const [ra, rb] = tokenRangeOf(doc, r.start, r.end);
      // (not one whose origin follows: مواطن من الشيشان)
      if (r.canonical?.country || entityIn(c, ra, rb, (e) => e.type === 'ORG' || e.type === 'GPE') || (c.norm[rb] === 'من' && entityIn(c, rb + 1, rb + 2, (e) => e.type === 'GPE'))) return r;
      why.push(abroad ? `${r.text}: country ${stateActor}, the document's, where the army arrests` : `${r.text}: country ${stateActor}, that of the ${t.type === 'COERCE' ? 'arresting' : 'sentencing'} state`);
      return withCountry(r, stateActor);
    });
  }
  // a crowd counted out of a coded people or body is that people or body (تظاهر عشرات الآلاف من
  // السودانيين، نحو 300 من أنصار الجبهة)
  if (t.type === 'PROTEST' && actor.length === 1 && !actor[0]!.canonical) {
    const body = codedBodyAfter(c, tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[1], sb);
    if (body) { actor = body; why.push(`actor = ${actor.map((r) => r.text).join(' + ')}, the crowd's people`); }
  }
  // a counted crowd of people (أكثر من ألفي شخص، آلاف المواطنين) protesting is civilians
  if (t.type === 'PROTEST') actor = actor.map((a) => {
    if (a.canonical) return a;
    const [aa, ab] = tokenRangeOf(doc, a.start, a.end);
    if (!c.quantities.some((q) => q.a >= aa && q.a < ab && (q.v.unit == null || HUMAN_UNITS.has(q.v.unit))) && !hasAny(c, CROWD_COUNT, aa, ab, s)) return a;
    if (!concreteText(a.text) && !c.quantities.some((q) => q.a >= aa && q.a < ab && q.v.unit != null && HUMAN_UNITS.has(q.v.unit))) return a;
    return { ...a, canonical: { id: 'CVL', name: 'civilians', nameAr: a.text, kind: 'actor', country: null, sector: 'CVL' } };
  });
  // protesters with no nationality named take the country of the place they protest in, else
  // the document's (its dateline or the country it names most) (ألفي متظاهر تجمعوا في ساحة التحرير وسط بغداد → IRQ CVL)
  if (t.type === 'PROTEST' && actor.length && actor.every((a) => a.canonical && !a.canonical.country && a.canonical.sector)) {
    const cc = location.find((l) => l.canonical?.country)?.canonical?.country ?? c.docCountry;
    if (cc) { actor = actor.map((a) => ({ ...a, canonical: { ...a.canonical!, country: cc } })); why.push(`actor country ${cc} from ${location.some((l) => l.canonical?.country) ? 'the place' : 'the document'}`); }
  }
  // "the two sides", "the two ministers" are the two parties of the last event that had two
  // (استقبل الملك الوزير الكويتي … ووقّع الجانبان مذكرة تفاهم → JOR + KWT)
  const head0 = actor.length === 1 ? c.norm[tokenRangeOf(doc, actor[0]!.start, actor[0]!.end)[0]]! : '';
  // (and so is the unnamed subject of a dual verb: أجرى الوزير اتصالاً بنظيره السوري، اتفقا خلاله)
  const w0 = stripConj(c.norm[i]!);
  // (of a meeting or an agreement, with a sound root: اتفقا، بحثا، وقّعا — not دعا, a weak root)
  const dualVerb = !h.nominal && !actor.length && (t.type === 'AGREE' || t.type === 'CONSULT' || t.type === 'COOPERATE') && !/وا$/.test(w0) && vc(c, i).cores.some((x) => x.length >= 3 && !/[اوي]$/.test(x) && [w0, c.norm[i]!, c.norm[i]!.replace(/^(و|ف)/, '')].some((w) => w === x + 'ا' || w === x + 'تا'));
  if (dualVerb || (actor.length === 1 && (TWO_SIDES.test(head0) || TWO_SIDES.test(stripConj(head0))))) {
    // (the last meeting, agreement or visit between two states, or a last event of two states)
    const MEET = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'AID']);
    const pair = [...sentEvents, ...all].reverse().find((e) => (MEET.has(e.type) && e.actor.length && e.recipient.length && e.actor[0]!.canonical?.country && e.recipient[0]!.canonical?.country && e.actor[0]!.canonical.country !== e.recipient[0]!.canonical.country)
      || (e.actor.length === 2 && e.actor[0]!.canonical?.country && e.actor[1]!.canonical?.country && e.actor[0]!.canonical.country !== e.actor[1]!.canonical.country));
    // (else the first two states the document's events name)
    const named: Argument[] = [];
    if (!pair) for (const e of [...all, ...sentEvents]) for (const a of [...e.actor, ...e.recipient]) if (a.canonical?.country && !named.some((x) => x.canonical!.country === a.canonical!.country) && named.length < 2) named.push(a);
    const two = pair ? (pair.actor.length === 2 && !(MEET.has(pair.type) && pair.recipient.length) ? [pair.actor[0]!, pair.actor[1]!] : [pair.actor[0]!, pair.recipient[0]!]) : named.length === 2 ? named : null;
    if (two) {
      why.push(`actor = ${actor.length ? actor[0]!.text : `the subject of the dual ${c.norm[i]}`}: ${two[0]!.text} + ${two[1]!.text}, the two parties ${pair ? `of ${pair.trigger.text}` : 'the report names first'}`);
      actor = two;
      recipient = recipient.filter((r) => !actor.some((a) => a.canonical?.country === r.canonical?.country));
    }
  }
  // "the two sides" called on or met are the two parties of the report (ودعت الرياض البلدين إلى
  // ضبط النفس → DZA + MAR)
  if (recipient.length === 1 && TWO_SIDES.test(c.norm[tokenRangeOf(doc, recipient[0]!.start, recipient[0]!.end)[0]]!)) {
    // (the two actors of the report's last event of two, else the last two states it names)
    const pairEv = [...all, ...sentEvents].reverse().find((e) => e.actor.length === 2 && /^(ASSAULT|AGREE|CONSULT|COOPERATE|COERCE)$/.test(e.type) && !e.actor.some((a) => actor.some((x) => x.start === a.start || (!!x.canonical?.country && x.canonical.country === a.canonical?.country))));
    const named: Argument[] = [];
    if (!pairEv) for (const e of [...all, ...sentEvents].reverse()) for (const a of [...e.actor, ...e.recipient]) if (a.canonical?.country && a.canonical.country !== 'IGO' && !actor.some((x) => x.canonical?.country === a.canonical!.country) && !named.some((x) => x.canonical!.country === a.canonical!.country) && named.length < 2) named.push(a);
    if (pairEv) { why.push(`recipient = ${recipient[0]!.text}: ${pairEv.actor[0]!.text} + ${pairEv.actor[1]!.text}, the two parties of ${pairEv.trigger.text}`); recipient = [pairEv.actor[0]!, pairEv.actor[1]!]; }
    else if (named.length === 2) { why.push(`recipient = ${recipient[0]!.text}: ${named[1]!.text} + ${named[0]!.text}, the two parties the report names last`); recipient = [named[1]!, named[0]!]; }
  }
  // a duration is no party (اعتُقل أسبوعاً), nor an act demanded or named (طالبت بالإفراج)
  const headOf = (r: Argument) => stripConj(c.norm[tokenRangeOf(doc, r.start, r.end)[0]]!).replace(/^(ب|ل)/, '');
  recipient = recipient.filter((r) => !DURATION.test(headOf(r)) && !(SPEECH_ACT.has(t.type) && PATIENT_NOUN.has(headOf(r))));
  // (nor the agreement signed: وقّعت مذكرة تفاهم مماثلة مع «أرض الصومال»)
  if (t.type === 'AGREE') recipient = recipient.filter((r) => !AGREE_W.has(headOf(r).replace(/^ال/, '')) && !AGREE_W.has(nounKey(headOf(r))));
  // an accusative with its fathatan is an object, never the actor (قد تطلب تمويلاً إضافياً) — save
  // the subject of إنّ and its sisters, which takes it (إن جنوداً إسرائيليين اقتحموا)
  actor = actor.filter((a) => { const k = tokenRangeOf(doc, a.start, a.end)[0]; return !fathatan(c, k) || (k > 0 && /^(و|ف|ب)?(ان|لكن|لان|كان)$/.test(c.norm[k - 1]!)); });
  // "others" alone is the rest of a count (وأصيب 11 آخرون), never a doer; nor is a particle
  // (ولم ينسحب منها إلا بعد وساطة، بين الطرفين)
  actor = actor.filter((a) => !/^(و)?(اخرون|اخرين|الا|بين|غير|ان|انه|انها|قد|لم|لن|فيه|فيها|فيهم|منه|منها|عنه|عنها|به|بها|له|لها|عليه|عليها)$/.test(normalizeCached(a.text)));
  // (and "however" opens no name: غير أن المتحدث باسم الحكومة نفى)
  actor = actor.map((a) => { const m = /^(غير|إلا|الا) (أنّ|أن|ان) /.exec(a.text); return m ? { ...a, start: a.start + m[0].length, text: a.text.slice(m[0].length) } : a; });
  // the target of an attack is not coded with the attacker's state by default: a phrase that names
  // no state (طائرة مسيّرة، مستودع وقود) takes the document's country only when the attacker has
  // another one
  if (t.type === 'ASSAULT' && actor.some((a) => a.canonical?.country)) recipient = recipient.map((r) => {
    return !namesState(c, ...tokenRangeOf(doc, r.start, r.end)) && r.canonical?.country && actor.some((a) => a.canonical?.country === r.canonical!.country) ? { ...r, canonical: { ...r.canonical, id: r.canonical.sector ?? r.canonical.id, country: null } } : r;
  });
  // no party is its own recipient (ودانت الحكومة الصومالية الهجوم: the attack's doer is unknown)
  if (actor.length) recipient = recipient.filter((r) => !actor.some((a) => a.start === r.start || a.text === r.text));
  // (nor is a speaker's own state, named in its words: أعرب المتحدث الليبي عن «أسف طرابلس»)
  if (actor.length && SPEECH_ACT.has(t.type)) recipient = recipient.filter((r) => !(r.canonical?.country && actor.some((a) => a.canonical?.country === r.canonical!.country && a.canonical?.sector === r.canonical!.sector)));
  // magnitudes: quantities near the trigger in the sentence
  const magnitude: Magnitude[] = [];
  /** Counts already read as the end of a change (من 280 إلى 100 جندي). */
  const skipQ = new Set<number>();
  for (const q of c.quantities) {
    if (doc.tokenSentence[q.a] !== s) continue;
    // (a count inside a pattern's gap is right after the verb: خرج نحو ثلاثة آلاف متظاهر … إلى الشوارع)
    const inGap = h.parts.length > 0 && q.a > i && q.b <= h.parts[0]!;
    const dist = inGap ? q.a - i - 1 : q.a > i ? q.a - h.end : i - q.b;
    // (a change of strength, من … إلى …, may stand after the place the forces are in)
    const change = (t.type === 'RETREAT' || t.type === 'MOBILIZE') && q.a > i && dist <= 14 && c.norm[q.a - 1] === 'من' && c.norm[q.b] === 'الي' && !hasAny(c, CLAUSE, h.end, q.a, s);
    // (and so may the strength of a unit sent, told after its name: ستُرسل وحدة «تشونغهاي» البحرية
    // التي تضم نحو 300 جندي)
    const strength = (t.type === 'RETREAT' || t.type === 'MOBILIZE') && q.a > i && dist <= 12 && (q.v.unit === 'soldier' || q.v.unit === 'fighter') && hasAny(c, STRENGTH, q.a - 3, q.a, s) && !c.norm.slice(h.end, q.a).some((w, n) => isPunct(c, h.end + n) && !isQuote(c, h.end + n));
    // (and soldiers sent past the subject and a time set off by commas: ونشرت قيادة العمليات المشتركة،
    // مساء أمس، نحو 1500 جندي)
    const pastAside = (t.type === 'RETREAT' || t.type === 'MOBILIZE') && q.a > i && dist <= 10 && (q.v.unit === 'soldier' || q.v.unit === 'fighter') && !clauseBreakBesideDates(c, h.end, q.a);
    if ((dist > 6 && !change && !strength && !pastAside) || dist < 0) continue;
    // a count before the trigger belongs to it only within its clause (… من 800 إلى 400 جندي
    // بحلول آذار، بعد مقتل ثلاثة: the soldiers are the other clause's): no clause word or time
    // word between them (a parenthesis or a date is no break: 25 شخصا، معظمهم مدنيون، قتلوا)
    // (nor past a comma before a verb joined by و: ونشرت … نحو 400 عنصر في محيط طفس، واعتقلت …)
    // (nor a count after an earlier act of the sentence, before a verb joined by و: أفرجت … عن 11 من
    // الموقوفين بكفالة وأمرت بحبس الستة الآخرين)
    if (q.b <= i && (hasAny(c, CLAUSE, q.b, i, s) || c.norm.slice(q.b, i).some((w) => SAY_PARTICIPLE.test(w)) || hasAny(c, TIME_PREP, q.b, i, s) || (!h.nominal && /^و/.test(c.norm[i]!) && (c.norm.slice(q.b, i).includes(',') || sentEvents.some((e) => { const k = tokenRangeOf(doc, e.trigger.start, e.trigger.end)[0]; return k < q.a && e.type !== t.type; }))))) continue;
    // (a noun joined by و has its count after it: مقتل مهرّبَين اثنين وإصابة جنديين — the two are
    // the dead)
    // (and so does a verb of wounding joined by و: قُتل خمسة أشخاص، بينهم طفل، وأصيب 23 آخرون)
    if (q.b <= i && (h.nominal || (t.type === 'ASSAULT' && (t.gate === 'injure' || UNDERGO_TRIG.has(t.words[0]!)))) && /^و/.test(c.norm[i]!) && !c.norm[i]!.startsWith('وو') && t.words[0]![0] !== 'و') continue;
    if (q.v.kind === 'number' && dist > 3 && !(np1 && q.a === skipAdv(np1[1]))) continue;
    // (a count of things is no toll or arrest: ضبطت 40 طناً من المازوت وثلاث شاحنات، وأوقفت ستة أشخاص)
    if (q.v.kind === 'number' && /^(و)?(شاحن|سيار|مركب|قارب|اليه|اليات|دراج|صندوق|صناديق|قطع|بندقي|قذيف|صاروخ|منزل|منازل|مبان|محل|طائر|مسير|دباب|عرب)/.test(c.norm[q.b] ?? '')) continue;
    if (q.v.kind === 'money') {
      if (t.type !== 'AID' && t.type !== 'SANCTION') continue;
      magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind: 'money', value: typeof q.v.value === 'number' ? q.v.value : null, approx: !!q.v.approx, unit: q.v.unit ?? null });
      continue;
    }
    if (q.v.kind === 'number' && q.v.value !== null && typeof q.v.value === 'number' && (q.v.value >= 1900 && q.v.value <= 2100)) continue;
    // a whole the count is taken out of is no magnitude of the act (ستسحب 120 جندياً من أصل نحو 180)
    if (c.norm[q.a - 1] === 'اصل' || (c.norm[q.a - 2] === 'اصل' && APPROX_BEFORE.has(c.norm[q.a - 1]!))) continue;
    // nor a part of a count told before it (قُتل 14 مدنياً، بينهم خمسة أطفال؛ اعتقلت 17 عاملاً بينهم ثلاثة)
    if (/^(بينهم|منهم|بينهن|منهن|بينها|منها)$/.test(c.norm[q.a - 1]!) && c.quantities.some((x) => x.b <= q.a - 1 && x.b >= q.a - 6 && doc.tokenSentence[x.a] === s)) continue;
    // the count right after a word of killing is the dead, whatever follows (قتل سبعة مدنيين
    // وأصيب 15 آخرون: the injured are the next verb's)
    // (not past a verb of wounding: قُتلا وأصيب ثلاثة آخرون)
    const deadCount = q.a >= h.end && q.a <= h.end + 1 && DEATH_TRIG.has(t.words[0]!) && !hasAny(c, INJ_NEAR, h.end, q.a, s);
    // (a count right after an injury noun is of the injured: مقتل أربعة وإصابة عشرة آخرين)
    // (a count before a verb of killing is of the killed, whatever wounding is told after the verb:
    // أربعة جنود قُتلوا وأُصيب تسعة آخرون)
    const killedBefore2 = q.b <= i && DEATH_TRIG.has(t.words[0]!) && !hasAny(c, INJ_NEAR, q.b, i, s);
    const injured = !deadCount && !killedBefore2 && (hasAny(c, INJ_NEAR, q.b, q.b + 3, s) || hasAny(c, INJ_NEAR, q.a - 1, q.a, s) || (t.gate === 'injure') || t.words[0] === 'جرح');
    // a count of a force's members (نحو 500 من جنودها، عشرات من عناصر الشرطة) counts soldiers
    // (and "N others" after a count of soldiers: سحبت 3000 جندي … على أن تسحب 4000 آخرين)
    const ofTroops = !q.v.unit && ((c.norm[q.b] === 'من' && (hasAny(c, TROOP, q.b + 1, q.b + 2, s) || /^(جنود|قوات|عناصر)/.test(c.norm[q.b + 1] ?? ''))) || (/^(اخرين|اضافيين)$/.test(c.norm[q.b] ?? '') && c.quantities.some((x) => x.v.unit === 'soldier' && x.b <= q.a)));
    // (troops taking part in an attack are its strength, not its toll: بمشاركة نحو 3000 جندي)
    const taking = t.type === 'ASSAULT' && [q.a - 1, q.a - 2].some((k) => k >= 0 && /^(و)?بمشارك(ه|تها|ته)$/.test(c.norm[k]!)) && (q.v.unit === 'soldier' || q.v.unit === 'fighter' || ofTroops);
    const kind = taking ? 'troops' as MagnitudeKind : magKind(t.type, ofTroops ? 'soldier' : q.v.unit, injured, t.words[0]!, t.mode);
    if (!kind) continue;
    // (a bare sum freed is no one released: أُفرج عن 150 ملياراً)
    if (kind === 'people' && t.type === 'RETREAT' && !q.v.unit && /(مليار|مليون)/.test(q.v.text)) continue;
    // people counted before an active verb of attack that does not kill are its attackers, no
    // toll (اعتقال 23 شخصا قالت إنهم اعتدوا على عناصر الأمن)
    if (t.type === 'ASSAULT' && q.b <= i && !h.nominal && !injured && !suffered && !DEATH_TRIG.has(t.words[0]!) && !UNDERGO_TRIG.has(t.words[0]!)) continue;
    // (a count of places or things is no toll: قصفت ثلاث قرى)
    if (t.type === 'ASSAULT' && !q.v.unit && [q.b - 1, q.b].some((k) => k < c.n && doc.tokenSentence[k] === s && nc(c, k).some((x) => NOT_PEOPLE.has(x)))) continue;
    if (q.v.kind === 'number' && t.type === 'ASSAULT' && !(t.gate === 'injure' || dist <= 1 || hasAny(c, CASUALTY_AFTER, q.b, q.b + 2, s) || t.gate === 'casualty')) continue;
    // a bare number after an attack noun is a name or a date (هجمات 11 سبتمبر), not a toll
    // (people counted are a toll: إصابة 12 عاملاً)
    if (q.v.kind === 'number' && t.type === 'ASSAULT' && h.nominal && !deadCount && !hasAny(c, CASUALTY_AFTER, q.b, q.b + 2, s) && !hasAny(c, INJ_NEAR, q.b, q.b + 3, s) && !(t.gate === 'casualty' && concreteWord(c.norm[q.b] ?? ''))) continue;
    // a change of strength written as a range (ستخفض عدد جنودها من 800 إلى 400 جندي; ترفع قواتها
    // من 400 إلى 800): the troops withdrawn or added are the difference
    // (and so is a change told as two counts: من نحو 280 جندياً إلى 100 جندي)
    if (kind === 'troops' && (t.type === 'RETREAT' || t.type === 'MOBILIZE') && typeof q.v.value === 'number' && c.norm[q.a - 1] === 'من' && c.norm[q.b] === 'الي') {
      const q2 = c.quantities.find((x) => x.a === q.b + 1 && typeof x.v.value === 'number' && (x.v.unit === 'soldier' || x.v.unit == null));
      if (q2 && ((t.type === 'RETREAT' && q.v.value > (q2.v.value as number)) || (t.type === 'MOBILIZE' && q.v.value < (q2.v.value as number)))) {
        const diff = Math.abs(q.v.value - (q2.v.value as number));
        magnitude.push({ start: q.v.start, end: q2.v.end, text: doc.text.slice(q.v.start, q2.v.end), kind, value: diff, approx: !!q.v.approx || !!q2.v.approx, unit: 'soldier' });
        why.push(`troops ${diff}: the change from ${q.v.value} to ${q2.v.value}`);
        skipQ.add(q2.a);
        continue;
      }
    }
    if (skipQ.has(q.a)) continue;
    const r = q.v.range;
    if (kind === 'troops' && r && typeof r.min === 'number' && typeof r.max === 'number' && ((t.type === 'RETREAT' && r.min > r.max) || (t.type === 'MOBILIZE' && r.min < r.max))) {
      magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind, value: Math.abs(r.min - r.max), approx: false, unit: q.v.unit ?? null });
      why.push(`troops ${Math.abs(r.min - r.max)}: the change from ${r.min} to ${r.max}`);
      continue;
    }
    magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind, value: typeof q.v.value === 'number' ? q.v.value : null, approx: !!q.v.approx, unit: q.v.unit ?? null });
  }
  // a dual is a count of two (قُتل جنديان عراقيان، اعتقال شخصين)
  const dualKind: MagnitudeKind = t.type === 'COERCE' ? 'arrested' : t.gate === 'injure' || /^(جرح|جرحي|اصاب|اصابه)$/.test(t.words[0]!) ? 'injured' : DEATH_TRIG.has(t.words[0]!) ? 'dead' : 'people';
  if ((t.type === 'ASSAULT' || t.type === 'COERCE') && !magnitude.some((m) => m.kind === dualKind) && recipient.length) {
    const k = tokenRangeOf(doc, recipient[0]!.start, recipient[0]!.end)[0];
    // (and a singular person with no article is one: قُتل جندي كيني، مقتل شرطي، اعتقال صحفي)
    // (and so is "a third", "another": مقتل جنديين وإصابة ثالث)
    const one = (PERSON_SG.has(stripConj(c.norm[k]!)) || /^(ثالث|رابع|خامس|اخر)$/.test(stripConj(c.norm[k]!))) && !c.quantities.some((q) => q.a === k + 1 || q.b === k);
    if (isDual(c.norm[k]!) || one) {
      const tok = doc.tokens[k]!;
      const kind = dualKind;
      if (kind !== 'people' || t.type === 'COERCE') magnitude.push({ start: tok.start, end: tok.end, text: doc.text.slice(tok.start, tok.end), kind, value: one ? 1 : 2, approx: false, unit: null });
    }
  }
  // (the people sentenced, counted: بإعدام سبعة متهمين)
  if (t.type === 'SANCTION' && t.mode === 'convict' && !magnitude.length && recipient.length) {
    const ra = tokenRangeOf(doc, recipient[0]!.start, recipient[0]!.end)[0];
    const q = c.quantities.find((x) => x.a === ra && typeof x.v.value === 'number');
    if (q) magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind: 'people', value: q.v.value as number, approx: !!q.v.approx, unit: q.v.unit ?? null });
  }
  // (the protesters counted in the actor's own phrase: شارك نحو أربعة آلاف معلّم … في مسيرة)
  if (t.type === 'PROTEST' && !magnitude.some((m) => m.kind === 'people') && actor.length === 1) {
    const [aa, ab] = tokenRangeOf(doc, actor[0]!.start, actor[0]!.end);
    const q = c.quantities.find((x) => x.a >= aa && x.a < ab && typeof x.v.value === 'number' && (x.v.unit == null || HUMAN_UNITS.has(x.v.unit)));
    if (q) magnitude.push({ start: q.v.start, end: q.v.end, text: q.v.text, kind: 'people', value: q.v.value as number, approx: !!q.v.approx, unit: q.v.unit ?? null });
  }
  if (magnitude.length) why.push(`magnitude ${magnitude.map((m) => `${m.kind} ${m.value ?? '?'}${m.approx ? ' (approx)' : ''} from "${m.text}"`).join(', ')}`);
  // what a claim says names the one accused (وزعم الجيش أن القتيلين عنصران في «قوة الرضوان»
  // التابعة لـ«حزب الله»)
  if (t.gate === 'claimparty') {
    const k = claimedParty(c, h, s);
    if (k >= 0) {
      const x = actorAt(c, k);
      const e = c.entAt[k]! >= 0 ? doc.entities[c.entAt[k]!]! : null;
      const kb = x && x.a === k ? x.b : e ? tokenRangeOf(doc, e.start, e.end)[1] : k + 1;
      const r = makeArg(c, k, kb);
      if (!actor.some((a) => a.canonical?.country === r.canonical?.country && a.canonical?.sector === r.canonical?.sector)) { recipient = [r]; why.push(`recipient = ${r.text}, the party named in what is claimed`); }
    }
  }
  // "his counterpart" holds the actor's kind of office (نظيره السوري is Syria's minister when a
  // minister calls him)
  const actorSector = actor.find((a) => a.canonical?.sector)?.canonical?.sector;
  if (actorSector) recipient = recipient.map((r) => /^(و|ب|ل)?نظير/.test(normalizeCached(r.text)) && r.canonical?.country && !r.canonical.sector ? { ...r, canonical: { ...r.canonical, id: `${r.canonical.country}-${actorSector}`, sector: actorSector } } : r);
  // mode cues for ASSAULT
  let mode = t.mode;
  if (t.type === 'ASSAULT' && !mode) {
    for (const [cue, m] of ASSAULT_MODE) if (hasAny(c, S(cue), i - 4, i + 8, s)) { mode = m; break; }
  }
  // talks held by telephone (بحث هاتفياً مع نظيره، تباحثا عبر الهاتف)
  if (t.type === 'CONSULT' && !mode && !h.nominal && (hasAny(c, S('هاتفيا'), h.end, h.end + 6, s) || (hasAny(c, S('عبر'), h.end, h.end + 6, s) && hasAny(c, S('الهاتف'), h.end, h.end + 7, s)))) { mode = 'phone'; why.push('mode phone (هاتفياً)'); }
  // status and negation
  let status: EventStatus = 'asserted';
  const statusWhy: string[] = [];
  const prev1 = c.norm[i - 1] ?? '', prev2 = c.norm[i - 2] ?? '';
  // ما after a pronoun or a quantifier is "what" (وهو ما تنفيه إيران), not a negation
  // (and after a noun it counts or measures: أقل من نصف ما طلبته الأمم المتحدة)
  const relMa = stripConj(prev1) === 'ما' && (/^(و|ف)?(هو|هي|هذا|هذه|ذلك|تلك|كل|مما|بما|عما|لما)$/.test(prev2) || /^(نصف|ثلث|ربع|اضعاف|ضعف|اكثر|اقل|بعض|معظم|غالبيه|جميع)$/.test(prev2));
  const negated = i > sa && !relMa && t.gate !== 'refusal' && (NEG.has(prev1) || NEG.has(stripConj(prev1)) || (prev1 === 'قد' && NEG.has(prev2)));
  if (negated) statusWhy.push(`negated by ${prev1}`);
  let source: Source | null = null;
  if (sp) source = { start: sp.start, end: sp.end, text: sp.text, entity: sp.entity, kind: sp.kind };
  else if (srcOverride) { const [oa, ob] = tokenRangeOf(doc, srcOverride.start, srcOverride.end); source = { start: srcOverride.start, end: srcOverride.end, text: srcOverride.text, entity: srcOverride.entity, kind: sourceKind(c, oa, ob) }; }
  if (sp?.denial) { status = 'denied'; statusWhy.push('denied: inside نفى'); }
  else if (hasAny(c, HYPO, Math.max(clauseStart - 4, sa), i, s) && conditional(c, Math.max(sa, i - 8), i)) { status = 'hypothetical'; statusWhy.push('hypothetical: إذا/لو/في حال'); }
  // قد before an imperfect is "may"; a future or present act with a condition after it depends on
  // it (قد يدعو إلى إضراب إذا واصلت الحكومة …، ستفرض عقوبات إذا انتهكا الاتفاق)
  else if (!h.nominal && ((prev1 === 'قد' && h.imperfect) || ((h.future || h.imperfect) && conditional(c, h.end, Math.min(sb, h.end + 12))))) { status = 'hypothetical'; statusWhy.push(prev1 === 'قد' ? 'hypothetical: قد before an imperfect' : 'hypothetical: a condition after it'); }
  // (a noun carried by a verb that "may" happen: البرلمان قد يصوّت على وقف استيراد البضائع)
  else if (h.nominal && (() => { const v = nounVerb; if (v <= sa || c.norm[v - 1] !== 'قد') return false; const x = vc(c, v); const w = stripConj(c.norm[v]!); return x.cores.some((y, n) => SUPPORT_V.has(y) && x.imp[n]) && (/^ي/.test(w) || (/^(ت|ن)/.test(w) && !/ت$/.test(w))); })()) { status = 'hypothetical'; statusWhy.push('hypothetical: قد before the imperfect that carries it'); }
  // (an act named as a purpose, with ل, is yet to come: جهود للتوصل إلى اتفاق، وفد لبحث …; a visit
  // someone arrived for is being made: وصل إلى نيروبي لزيارة رسمية)
  else if (h.nominal && !PHYSICAL.has(t.type) && /^(و|ف)?ل[^ل]/.test(c.norm[i]!) && !/^(و|ف)?ل(ل|ا$)/.test(c.norm[i]!) && t.type !== 'ACCUSE' && t.type !== 'REJECT' && t.type !== 'SUPPORT' && !(t.mode === 'visit' && verbAt(c, ARRIVE_V, Math.max(sa, i - 12), i, s) >= 0)) { status = 'planned'; statusWhy.push('planned: named as a purpose (ل)'); }
  // (an act a plan or a proposal is for is yet to come: خطة نزع سلاح المخيمات، مقترح سحب القوات)
  else if (h.nominal && i > sa && /^(و)?(ب|ل)?(ال)?(خطه|خطط|مشروع|مقترح|اقتراح|مبادره)$/.test(c.norm[i - 1]!)) { status = 'planned'; statusWhy.push(`planned: what a plan is for (${c.norm[i - 1]})`); }
  // (an act someone is ready for, or that an agreement provides for, is yet to come:
  // معربة عن استعدادها لاستضافة محادثات، ينص الاتفاق على سحب مسلحي الطرفين)
  else if (hasAny(c, S('استعداد استعدادها استعداده استعدادهم مستعد مستعده مستعدون مستعدين ينص تنص'), Math.max(sa, i - 5), i, s)) { status = 'planned'; statusWhy.push('planned: offered or provided for'); }
  // (and so is a noun under a future verb, with the condition after it: لن تتردد في سحب قطعها
  // البحرية إذا قرر الاتحاد الأوروبي إنهاء المهمة)
  else if (h.nominal && (hasAny(c, S('لن سوف'), Math.max(sa, i - 4), i, s) || (i > sa + 1 && /^(و|ف)?س(ت|ي|ن)/.test(c.norm[i - 2]!) && isVerbLike(c, i - 2)) || (/^(و|ف)?س(ت|ي|ن)/.test(prev1) && isVerbLike(c, i - 1))) && conditional(c, h.end, Math.min(sb, h.end + 12))) { status = 'hypothetical'; statusWhy.push('hypothetical: a future act with a condition after it'); }
  // (a noun is as planned as the future verb that governs it: ستواصل التنسيق، ستبدأ انسحابها)
  else if (t.gate === 'refusal') statusWhy.push('a refusal stated now (لن تتراجع)');
  // (a threat told as a future response is made now: ستتعامل بحزم، سيرد بقوة)
  else if (t.type === 'THREATEN' && t.gate === 'future') statusWhy.push('a threat stated now (a future response)');
  else if (h.future || (h.nominal && /^(و|ف)?س(ت|ي|ن)/.test(prev1) && vc(c, i - 1).cores.some((x) => SUPPORT_V.has(x) || ANNOUNCE_V.has(x))) || (h.nominal && nounVerb >= 0 && nounVerb < i - 1 && vc(c, nounVerb).fut.some(Boolean)) || prev1 === 'سوف' || prev1 === 'لن' || hasAny(c, FUT, i - 3, i, s) || (c.norm[i - 2] === 'من' && c.norm[i - 1] === 'المقرر') || (t.type === 'AID' && vc(c, i).cores.includes('تعهد')) || (h.nominal && /^ب/.test(c.norm[i]!) && i > sa && vc(c, i - 1).cores.some((x) => x === 'تعهد' || x === 'وعد')) || (c.norm[i - 2] === 'علي' && c.norm[i - 1] === 'ان' && h.imperfect) || (COMP.has(prev1) && hasAny(c, EXPECTED, i - 3, i - 1, s))) { status = 'planned'; statusWhy.push('planned: future or intended'); }
  else if (hasAny(c, SPECULATE, sa, i, s) && hasAny(c, COMP, sa, i, s)) { status = 'hypothetical'; statusWhy.push('hypothetical: what someone does not rule out or expects'); }
  // (an estimate in a relative clause about the source is the source's, of its own figure, not of
  // every act: بحسب نقابة المعلمين التي قدّرت عدد المتظاهرين بعشرة آلاف)
  // (an estimate before a participle of saying is that clause's own: قدّرت المديرية عددهم بأقل من 600،
  // مؤكدةً أنها أوقفت 27 منهم)
  else if (hasAny(c, EST, sa, sb, s) && ((hasAny(c, EST, sa, i, s) && !c.norm.slice(sa, i).some((w, n) => SAY_PARTICIPLE.test(w) && hasAny(c, EST, sa, sa + n, s))) || hasAny(c, ACCORDING, h.end, sb, s)) && !estimateOfOther(c, sa, sb, s, magnitude)) { status = 'estimated'; statusWhy.push('estimated'); }
  else if (source && !(actor.length && sp && overlaps(actor, sp))) { status = 'reported'; statusWhy.push(`reported by ${source.text}`); }
  if (source) why.push(`source = ${source.text} (${source.kind})`);
  why.push(`status ${status}${statusWhy.length ? ` (${statusWhy.join('; ')})` : ''}`);
  // a definite nominal that refers back to an earlier event of the type adds nothing
  const definite = h.nominal && /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!);
  if (t.ref && definite && !actor.length && !magnitude.length && !recipient.length) {
    let earlier: Event | undefined;
    for (let k = sentEvents.length - 1; k >= 0 && !earlier; k--) if (sentEvents[k]!.type === t.type) earlier = sentEvents[k];
    // (an earlier event named by the same noun, else the last of the type: ونددت روما وأنقرة
    // بالاشتباكات — the clashes told before, not the abduction told after them)
    if (!earlier) {
      const core = c.norm[i]!.replace(/^(و|ف)?(ب|ل|ك)?ال/, '');
      earlier = [...all].reverse().find((e) => e.type === t.type && (normalizeCached(e.trigger.text).includes(core) || e.why.includes(doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end).replace(/^(و|ف)?(ب|ل|ك)?ال/, ''))));
    }
    earlier ??= c.lastOfType.get(t.type);
    if (earlier) {
      // the accusing event in the same sentence points at the earlier event's actor
      const acc = sentEvents.filter((e) => e.type === 'ACCUSE').pop();
      if (acc && !acc.recipient.length && earlier.actor.length && !earlier.actor.some((a) => acc.actor.some((x) => x.text === a.text || (x.canonical?.id && x.canonical.id === a.canonical?.id)))) { acc.recipient = earlier.actor; acc.why += `; recipient = the actor of ${earlier.id || 'the earlier'} ${t.type} (${earlier.trigger.text}) that ${acc.trigger.text} targets`; }
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
    // (a denied act never ran the check: nothing of another event's reading is reported here)
    why.push(`reported: ${deniedAct ? 'a use of force the speaker denies' : accepted}`);
    if (!deniedAct && plannedBy && status !== 'hypothetical' && status !== 'denied') {
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
  // a visit named as a noun with no party coded is a visit to a place or a person, not between
  // parties (زيارة المعرض، للزيارات للأهل): no event
  if (t.type === 'CONSULT' && t.mode === 'visit' && h.nominal && ![...actor, ...recipient].some((a) => a.canonical?.country || a.canonical?.sector) && !entityIn(c, sa, sb, (e) => e.type === 'PER' || e.type === 'ORG')) { tracer?.(`CONSULT ${c.norm[i]}: a visit with no party`); return null; }
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
/** A claim of responsibility in sentence s (تبنت حركة الشباب الهجوم): the claimant becomes the
 *  actor of the last attack of the last three sentences whose attacker is unnamed (none, or a
 *  bare انتحاري / مسلحون with no country). */
/** The end of the group that claims an attack, the subject of تبنى at v (a coded armed group or a
 *  linked organisation), or -1. */
function claimant(c: Ctx, v: number): number {
  const e = npEnd(c, v + 1);
  const cr = e > v + 1 ? codeRange(c, v + 1, e) : null;
  return cr?.kind === 'group' || entityIn(c, v + 1, e, (x) => x.type === 'ORG' && x.canonical !== null) ? e : -1;
}
function claimAttack(c: Ctx, sa: number, sb: number, s: number, events: Event[]): void {
  const v = verbAt(c, S('تبني'), sa, sb, s);
  if (v < 0 || v + 1 >= sb) return;
  const e = claimant(c, v);
  if (e < 0 || !hasAny(c, CLAIMED, e, Math.min(sb, e + 3), s)) return;
  for (let k = events.length - 1; k >= 0 && events[k]!.sentence >= s - 3; k--) {
    const x = events[k]!;
    if (x.type !== 'ASSAULT' || x.sentence >= s) continue;
    if (x.actor.some((a) => a.canonical?.country || (a.canonical && a.canonical.kind !== 'actor'))) return;
    x.actor = argsOf(c, v + 1, e);
    x.why += `; actor = ${x.actor.map((r) => r.text).join(' + ')}, who claimed it (${c.norm[v]})`;
    return;
  }
}

/** Events named by a definite protest noun: they may refer back to a protest coded before. */
const anaphoric = new WeakSet<Event>();
