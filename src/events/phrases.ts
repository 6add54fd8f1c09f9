// Events layer: noun phrases and their codes — actors, recipients, places as arguments.
// See docs/events.md for the rules.

import type { Argument, Canonical, Entity, Event } from '../schema.js';
import { lexicons, nounCores, nounKey, type ActorInfo } from './lexicon.js';
import { loadKb } from '../entities/kb.js';
import { normalizeCached } from '../text/normalize.js';
import { ADDRESSEE, S, AGENT_REL, ATTACK_REL_VERB, DURATION, NEG, BODY_NOUN, BROKEN_PL_SG, COMP, COMP_PREP, CROWD_COUNT, CROWD_SUBJECT, DEFINITE, HAPPEN_BEFORE, HUMAN, HUMAN_WORD_SET, PERSON_SG, PROTESTER, STOP_NP, SUBJECT_OPENER, TITLE, TITLE_TAIL } from './words.js';
import { type Ctx, type Surname, isQuote, quoteClose, entityIn, isPunct, isVerbLike, isWord, nc, prepOn, stripConj, tokenRangeOf, verbAt } from './context.js';

// ---------------------------------------------------------------- actors
export interface ActorHit { a: number; b: number; info: ActorInfo }

export function actorAt(c: Ctx, i: number): ActorHit | null {
  const hit = c.ac[i];
  if (hit !== undefined) return hit;
  return (c.ac[i] = actorAt1(c, i));
}
/** Token i lies inside a person's name of two words or more. */
function inPersonName(c: Ctx, i: number): boolean {
  const x = c.entAt[i]!;
  if (x < 0) return false;
  const e = c.doc.entities[x]!;
  return e.type === 'PER' && e.text.includes(' ');
}
/** A word's readings without its proclitics and article (ولبنان → لبنان، بالعراق → عراق). */
function nameForms(w: string): string[] {
  const x = stripConj(w);
  // (and the word whole: واشنطن، فرنسا begin with what reads as a conjunction)
  return [w, w.replace(/^(ب|ل|ك)/, ''), x, x.replace(/^ال/, ''), x.replace(/^(ب|ل|ك)ال/, ''), x.replace(/^(ب|ل|ك)/, ''), x.replace(/^لل/, '')];
}
/** Token w is the name n as written, with proclitics and, for a name that has it, the article
 *  (مالي takes none: المالي is "the financial"). */
function isNameAs(w: string, n: string): boolean {
  if (!n.startsWith('ال')) { const x = stripConj(w); return [w, w.replace(/^(ب|ل|ك)/, ''), x, x.replace(/^(ب|ل|ك)/, '')].includes(n); }
  const b = n.slice(2);
  return nameForms(w).some((f) => f === n || f === b);
}
export function actorAt1(c: Ctx, i: number): ActorHit | null {
  const { actors } = lexicons();
  if (c.doc.kinds[i] !== 'word') return null;
  // (a short name after a و the segmenter split off: وتل أبيب)
  const seg = c.doc.tokens[i]!.segments;
  const seg1 = seg.length === 2 && seg[0] === 'و' ? normalizeCached(seg[1]!) : null;
  const split = seg1 && !nc(c, i).includes(seg1) ? seg1 : null;
  const keys = split ? [...nc(c, i), split] : nc(c, i);
  for (const core of keys) {
    for (const info of actors.get(core) ?? []) {
      if (core === split && ((info.kind !== 'capital' && info.kind !== 'country') || info.words.length < 2)) continue;
      // a group named with the article is named only with it: قاعدة is a base, القاعدة the group
      if (info.kind === 'group' && info.nameAr.startsWith('ال') && !DEFINITE.test(c.norm[i]!)) continue;
      // a capital or a country written without the article inside a person's name is the name
      // (الناشط رياض بن عمر، عمان in a surname): the entity layer has read the words as a person
      // (and so is a family name after the given name: محمود السعودي)
      // a state's name takes no ending it does not own: مالية and الماليين are "financial", not Mali,
      // الرياضة is sport, not Riyadh (its nisba has an entry of its own)
      if ((info.kind === 'capital' || info.kind === 'country') && core !== split && !isNameAs(c.norm[i]!, info.head)) continue;
      if ((info.kind === 'capital' || info.kind === 'country') && inPersonName(c, i) && (!DEFINITE.test(c.norm[i]!) || c.doc.entities[c.entAt[i]!]!.start < c.doc.tokens[i]!.start)) continue;
      // (a governor is no governorate: محافظ، not محافظة or محافظات)
      if (info.kind === 'sector' && /^(ال)?محافظ$/.test(info.head) && /(ه|ات|ين|ون)$/.test(stripConj(c.norm[i]!))) continue;
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
export function objectCasePlural(c: Ctx, k: number): boolean {
  const w = stripConj(c.norm[k]!).replace(/^(ال)/, '');
  return w.length >= 5 && w.endsWith('ين') && !/(يين|تين)$/.test(w) && c.entAt[k]! < 0 && !c.counted[k] && !c.quantities.some((q) => q.a === k) && (HUMAN.has(w) || HUMAN_WORD_SET.has(w));
}

/** The subject right before verb v in its clause: the nearest coded phrase or named body or
 *  person, with up to two words before its head; [start, end) or null. */
export function subjectBefore(c: Ctx, v: number, clauseStart: number): [number, number] | null {
  for (let k = v - 1; k >= clauseStart; k--) {
    // (a quotation opening on the verb leaves its subject outside: بأن إيطاليا «لن تتردد …»)
    if (isPunct(c, k) && isQuote(c, k) && c.norm.slice(k + 1, v).every((x) => NEG.has(x) || x === 'قد' || x === 'سوف')) continue;
    if (isPunct(c, k)) return null;
    // (after إنّ / بأنّ the whole phrase up to the verb is its subject: إن الجامعة العامة للنقل ستنفّذ)
    // (or a noun in construct with a definite one: إن عناصر الحرس المدني أعادوا)
    if (COMP.has(c.norm[k]!) || COMP_PREP.has(c.norm[k]!)) return k + 1 < v && v - k <= 6 && (/^(و|ف)?ال/.test(c.norm[k + 1]!) || (k + 2 < v && /^ال/.test(c.norm[k + 2]!) && isWord(c, k + 1) && !isVerbLike(c, k + 1) && !c.quantities.some((q) => q.a === k + 1))) ? [k + 1, v] : null;
    // (or the two sides, resolved later to the two parties: بأن البلدين سيّرا دوريات)
    const cr = prepOn(c, k) ? null : actorAt(c, k) ?? (entityIn(c, k, k + 1, (e) => e.type === 'PER' || e.type === 'ORG') || /^(ال)?(بلدين|طرفين|جانبين|دولتين)$/.test(stripConj(c.norm[k]!)) ? true : null);
    if (!cr) continue;
    let a = k;
    while (a > clauseStart && isWord(c, a - 1) && !STOP_NP.has(c.norm[a - 1]!) && !COMP_PREP.has(c.norm[a - 1]!) && !COMP.has(c.norm[a - 1]!) && !isVerbLike(c, a - 1) && k - a < 2) a--;
    return [a, Math.min(npEnd(c, a), v)];
  }
  const p = clauseStart - 1;
  if (p >= 0 && (COMP.has(c.norm[p]!) || COMP_PREP.has(c.norm[p]!)) && clauseStart < v && v - clauseStart <= 5 && (/^(و|ف)?ال/.test(c.norm[clauseStart]!) || (clauseStart + 1 < v && /^ال/.test(c.norm[clauseStart + 1]!) && isWord(c, clauseStart) && !isVerbLike(c, clauseStart) && !c.quantities.some((q) => q.a === clauseStart)))) return [clauseStart, v];
  // (a quotation opening the clause leaves the subject of أنّ before it: أن بغداد «قد تطلب …»)
  if (p >= 2 && isQuote(c, p)) {
    for (let k = p - 1; k >= Math.max(0, p - 5); k--) {
      if (isPunct(c, k)) break;
      if (COMP.has(c.norm[k]!) || /^(و|ف)?بان$/.test(c.norm[k]!)) { if (k + 1 < p && (codeRange(c, k + 1, p) || entityIn(c, k + 1, p, (e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'GPE'))) return [k + 1, p]; break; }
    }
  }
  return null;
}

/** A person mention whose first word is a known given name (or عبد …). */
export function startsWithGivenName(c: Ctx, e: Entity): boolean {
  const k = tokenRangeOf(c.doc, e.start, e.end)[0];
  const w = stripConj(c.norm[k]!);
  return w.startsWith('عبد') || loadKb().givenNames.has(w) || loadKb().givenNames.has(w.replace(/^(ب|ل|ك)/, ''));
}

/** Codes a token range: sector from a sector noun, country from a name, nisba or capital. */
export function codeRange(c: Ctx, a: number, b: number): { country: string | null; sector: string | null; kind: string; name: string } | null {
  let country: string | null = null, sector: string | null = null, kind = '', name = '';
  for (let i = a; i < b; i++) {
    const h = actorAt(c, i);
    if (!h) continue;
    const inf = h.info;
    // a nisba inside a person's name is a family name (سالم التونسي), not a country
    // (one whose name starts with a given name: قصف جوي تركي is no person named جوي)
    if (inf.kind === 'nisba' && c.entAt[i]! >= 0 && c.doc.entities[c.entAt[i]!]!.type === 'PER' && c.doc.entities[c.entAt[i]!]!.start < c.doc.tokens[i]!.start && startsWithGivenName(c, c.doc.entities[c.entAt[i]!]!)) { i = h.b - 1; continue; }
    // (and right after a given name the tagger missed: الناشط أحمد المصري)
    // (or tagged as a place: النائب رعد | الأردني)
    if (inf.kind === 'nisba' && i > a && (c.entAt[i]! < 0 || /^(GPE|LOC)$/.test(c.doc.entities[c.entAt[i]!]!.type)) && /^ال/.test(c.norm[i]!) && loadKb().givenNames.has(stripConj(c.norm[i - 1]!))) { i = h.b - 1; continue; }
    // (and a family name standing alone for its person: الإفراج عن المغربي)
    if ((inf.kind === 'nisba' || inf.kind === 'country') && c.entAt[i]! >= 0 && c.doc.entities[c.entAt[i]!]!.type === 'PER' && c.doc.entities[c.entAt[i]!]!.start === c.doc.tokens[i]!.start + (c.doc.tokens[i]!.segments.length > 1 && /^[وف]$/.test(c.doc.tokens[i]!.segments[0]!) ? 1 : 0) && !c.doc.entities[c.entAt[i]!]!.text.includes(' ')) { i = h.b - 1; continue; }
    // a capital inside a body's name (مركز القاهرة لدراسات حقوق الإنسان، جامعة دمشق) places the
    // body, it does not stand for the government
    // (a state's name too, where it is its capital's: مركز تونس، جامعة الكويت)
    if ((inf.kind === 'capital' || (inf.kind === 'country' && !DEFINITE.test(c.norm[i]!) || inf.kind === 'country' && /^الكويت$/.test(c.norm[i]!))) && i > a && (NAMED_BODY_HEAD.has(stripConj(c.norm[i - 1]!)) || (isQuote(c, i - 1) && i - 1 > a && NAMED_BODY_HEAD.has(stripConj(c.norm[i - 2]!))))) { if (!country) country = inf.country; i = h.b - 1; continue; }
    if (!kind) { kind = inf.kind; name = inf.name; }
    if (inf.kind === 'group' || inf.kind === 'people' || inf.kind === 'sector') { if (!sector) sector = inf.sector; if (inf.country && !country) country = inf.country; if (inf.kind === 'group') { kind = 'group'; name = inf.name; } }
    else if (!country) { country = inf.country; if (inf.kind === 'capital' && !sector) sector = inf.sector; if (inf.kind === 'country' && kind === 'country') sector = sector ?? 'GOV'; }
    i = h.b - 1;
  }
  // a civil body by its name (مركز عمّان لدراسات حقوق الإنسان، جمعية الدفاع عن الحريات)
  if ((!kind || (kind === 'capital' && !sector) || (kind === 'sector' && !sector)) && unionBody(c, a, b)) return { country: country ?? (c.docCountry !== 'IGO' ? c.docCountry : null), sector: 'LAB', kind: 'sector', name: 'trade union' };
  if ((!kind || (kind === 'capital' && !sector) || (kind === 'sector' && !sector)) && civilBody(c, a, b)) return { country, sector: 'NGO', kind: 'sector', name: 'civil-society body' };
  if (!kind) return null;
  // (المالي after a state's body is Malian where the report names Mali: الجيش المالي، هيئة الأركان
  // العامة للجيوش المالية; elsewhere it is "financial")
  if (kind === 'sector' && !country && /^(MIL|GOV|COP|JUD|SPY)$/.test(sector ?? '') && malianReport(c)) {
    for (let i = a + 1; i < b; i++) if (/^(و)?(لل|ال)?(مالي|ماليه|ماليين|ماليون)$/.test(c.norm[i]!) && /^(ال|لل)/.test(c.norm[i]!)) { country = 'MLI'; break; }
  }
  // (and so are people named by what they are: المتظاهرون، الأهالي، قبائل — the report's country's)
  // (armed men named by what they are stay without one: انتحاري، مسلحون)
  if ((kind === 'sector' || (kind === 'people' && CIVIL_SECTOR.has(sector ?? ''))) && !country && c.docCountry !== 'IGO') country = c.docCountry;
  return { country, sector, kind, name };
}

/** Sectors of unarmed people, who belong to the report's country when no other is named. */
const CIVIL_SECTOR = new Set(['CVL', 'LAB', 'MED', 'AGR', 'EDU', 'HLH', 'BUS', 'REF']);

/** The report names Mali as a state: باماكو, or مالي after a word that places a state (في مالي،
 *  دولة مالي، شمال مالي، ومالي). Computed once per document. */
function malianReport(c: Ctx): boolean {
  if (c.mali !== undefined) return c.mali;
  let m = false;
  for (let k = 0; k < c.n && !m; k++) {
    const w = stripConj(c.norm[k]!);
    if (w === 'باماكو') m = true;
    else if (c.norm[k] === 'مالي' || c.norm[k] === 'ومالي') m = c.norm[k] === 'ومالي' || /^(في|الي|من|دوله|جمهوريه|شمال|جنوب|وسط|شرق|غرب|حدود|مع|داخل|عاصمه)$/.test(c.norm[k - 1] ?? '');
  }
  return (c.mali = m);
}

/** Heads of the names civil bodies take (مركز، جمعية، مرصد، شبكة …). */
const CIVIL_HEAD = new Set(['مركز', 'جمعيه', 'رابطه', 'شبكه', 'مرصد', 'مؤسسه', 'مفوضيه', 'منظمه', 'تنسيقيه', 'منتدي', 'مبادره', 'حمله', 'ائتلاف', 'نقابه', 'جامعه', 'اتحاد']);
/** Heads of a trade union's name (الجامعة العامة للتعليم الثانوي، النقابة الوطنية للصحافيين). */
const UNION_HEAD = new Set(['نقابه', 'جامعه', 'اتحاد']);
/** Trades a union's name says it is for, after ل. */
const UNION_AIM = new Set(['التعليم', 'تعليم', 'الصحه', 'النقل', 'الصحافيين', 'الصحفيين', 'المحامين', 'الاطباء', 'المعلمين', 'الشغل', 'العمال', 'المهندسين', 'الصيادله', 'الممرضين', 'البريد', 'الكهرباء', 'الفلاحين', 'المزارعين', 'الطلبه', 'الطلاب', 'الاساتذه']);
/** What a civil body's name says it is for, after ل (لحقوق الإنسان، للدراسات، للعدالة). */
const CIVIL_AIM = new Set(['حقوق', 'الحقوق', 'دراسات', 'الدراسات', 'العداله', 'عداله', 'الحريات', 'حريات', 'الحقوق', 'التنميه', 'الديمقراطيه', 'رصد', 'مناهضه', 'حمايه', 'الدفاع', 'الاعلام', 'الصحافه', 'السلام', 'الحوار', 'الابحاث', 'البحوث', 'الاصلاح', 'المواطنه', 'الشفافيه', 'النزاهه', 'ضحايا', 'الضحايا', 'الاسري', 'المعتقلين', 'السجناء', 'المراه', 'الطفل', 'الطفوله', 'التوثيق', 'المساعده', 'الاغاثه']);
/** A word that heads a civil body's name (مركز، جمعية، المرصد). */
export function civilHead(w: string): boolean { return CIVIL_HEAD.has(stripConj(w).replace(/^(ب|ل)?ال/, '')); }
/** Token k is a ل-phrase that names what a civil body or a union is for. */
export function civilAim(c: Ctx, k: number): boolean {
  const m = /^(و)?(لل|ل)(.+)$/.exec(c.norm[k]!);
  return m !== null && (CIVIL_AIM.has(m[3]!) || CIVIL_AIM.has('ال' + m[3]!) || UNION_AIM.has(m[3]!) || UNION_AIM.has('ال' + m[3]!));
}
/** [a, b) is a trade union's name: its head and a ل-phrase of a trade. */
function unionBody(c: Ctx, a: number, b: number): boolean {
  if (!UNION_HEAD.has(stripConj(c.norm[a]!).replace(/^(ب|ل)?ال/, ''))) return false;
  for (let k = a + 1; k < b; k++) { const m = /^(و)?(لل|ل)(.+)$/.exec(c.norm[k]!); if (m && (UNION_AIM.has(m[3]!) || UNION_AIM.has('ال' + m[3]!))) return true; }
  return false;
}
/** [a, b) is a civil body's name: its head noun and a ل-phrase of its aim (or the body's own
 *  nisba: المفوضية المصرية للحقوق والحريات). */
export function civilBody(c: Ctx, a: number, b: number): boolean {
  if (!civilHead(c.norm[a]!)) return false;
  for (let k = a + 1; k < b; k++) if (civilAim(c, k)) return true;
  return false;
}

/**
 * A nisba adjective closes its noun phrase; token b, right after it, starts the next one when
 * it is a place (زار رئيس الوزراء العراقي بغداد: the visitor, then the place visited), a
 * definite institution or group (طالب البرلمان العراقي الحكومة: two parties), or an
 * indefinite noun that is no name in apposition (هاجم الجيش اللبناني مواقع …, but الرئيس
 * الأمريكي دونالد ترامب).
 */
export function startsAfterNisba(c: Ctx, b: number, h: ActorHit | null): boolean {
  const w = c.norm[b]!;
  if (h) {
    if (h.info.kind === 'country' || h.info.kind === 'capital') return !/^و/.test(w);
    return (h.info.kind === 'sector' || h.info.kind === 'group') && /^ال/.test(w);
  }
  // (a conjunct — والمجلس، وتركيا — continues the phrase as a compound)
  return !/^ال/.test(w) && !/^و/.test(w) && /^ال/.test(c.norm[b - 1]!) && !entityIn(c, b, b + 1, (e) => e.type === 'PER');
}

/** A unit of a body, named with the body after ب (الدائرة الجنائية بالمحكمة). */
/** Heads of a body's name that an adjective and a ل-phrase of its aim follow (المديرية العامة للأمن الوطني). */
const BODY_NAME_HEAD = new Set(['برنامج', 'صندوق', 'مديريه', 'هيئه', 'مؤسسه', 'اداره', 'مفوضيه', 'لجنه', 'مجلس', 'اتحاد', 'كونفدراليه', 'نقابه', 'جمعيه', 'منظمه', 'مركز', 'رابطه', 'شبكه', 'جبهه', 'وكاله', 'شركه', 'مصلحه', 'قياده', 'امانه']);
const SUBUNIT = new Set(['دائره', 'قسم', 'اداره', 'مكتب', 'فرع', 'مديريه', 'غرفه', 'شعبه', 'وحده']);
/** Heads of a body's name that a capital can follow (مركز القاهرة، جامعة دمشق، إعلان بيروت). */
const NAMED_BODY_HEAD = new Set(['مركز', 'مرصد', 'شبكه', 'رابطه', 'جمعيه', 'معهد', 'جامعه', 'صحيفه', 'منظمه', 'مؤسسه', 'اعلان', 'مؤتمر', 'اتفاق', 'اتفاقيه', 'بلديه', 'محافظه', 'جريده', 'مجله', 'اذاعه', 'قناه', 'ميناء', 'مطار']);
/** Nouns a number names (اللواء 22، القرار 2254، المادة 7). */
const NUMBERED = new Set(['اللواء', 'الفرقه', 'الكتيبه', 'القرار', 'الماده', 'الفقره', 'البند', 'الدوره', 'الطريق', 'المنطقه', 'الرحله', 'القطاع']);
/** Spokespersons, who speak in the name of a body (باسم). */
const SPOKES = new Set(['المتحدث', 'الناطق', 'متحدث', 'ناطق', 'المتحدثه', 'الناطقه', 'متحدثه', 'ناطقه']);
const ADVERB = S('هاتفيا رسميا علنا مجددا ايضا شخصيا مؤخرا حاليا سابقا لاحقا فورا');

/** Heads of a group's name (تنظيم، حركة، جماعة …), which may quote the name after them. */
const GROUP_HEAD = /^(و|ف)?(ب|ل)?(ال)?(تنظيم|حركه|جماعه|حزب|ميليشيا|مليشيا|ميليشيات|فصيل|كتائب|كتيبه|لواء|جبهه|تحالف|ائتلاف|هيئه|مجلس|قوات)$/;
export function npEnd(c: Ctx, a: number, limit = 5): number {
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
    const adj = (w: string) => ((/^ال(م|ت)|يه?$/.test(w) && /^ال/.test(w)) || /^ال(خاصه|عامه|خاص|عام)$/.test(w)) && !PROTESTER.has(w);
    while (generic && ee < c.n && ee - a < limit && c.doc.tokenSentence[ee] === c.doc.tokenSentence[a] && adj(c.norm[ee]!)) ee++;
    const nx = c.norm[ee] ?? '';
    // (an indefinite head is in construct with the noun after it: حكومة الوحدة الوطنية، قوات الأمن)
    // (a one-word name is definite by itself: حماس، داعش)
    const headDef = /^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[ee - 1]!) || ex.type === 'PER' || (!generic && ex.type === 'ORG' && ee - a === 1 && actorAt(c, a)?.info.kind !== 'sector');
    if (headDef && ee > a && ee < c.n && ee - a <= limit && c.doc.tokenSentence[ee] === c.doc.tokenSentence[a] && /^ال/.test(nx) && actorAt(c, ee)?.info.kind !== 'nisba' && !(generic && adj(nx))) return ee;
    // a person's name or a named body ends before any word but a nisba or a conjunct (يزور أوباما
    // موقع التفجير، دعا الاتحاد الأوروبي جميع الأطراف)
    if ((ex.type === 'PER' || (!generic && headDef)) && ee > a && ee < c.n && ee - a <= limit && c.doc.tokenSentence[ee] === c.doc.tokenSentence[a] && isWord(c, ee) && !/^و/.test(nx) && actorAt(c, ee)?.info.kind !== 'nisba') return ee;
    // (and a named body's whole name before a punctuation mark is the phrase, whatever words are
    // in it: جامعة الدول العربية، في بيان …)
    if (!generic && ee - a > 1 && (ee >= c.n || isPunct(c, ee) && !isQuote(c, ee) || c.doc.tokenSentence[ee] !== c.doc.tokenSentence[a])) return ee;
  }
  let b = a, titleBody = -1;
  while (b < c.n && (b - a < limit || c.norm[b] === 'باسم' || (titleBody >= 0 && b - titleBody < 3 && (titleOf(c, b) || c.entAt[b] === c.entAt[titleBody]))) && c.doc.tokenSentence[b] === c.doc.tokenSentence[a]) {
    const w = c.norm[b]!;
    // a civil body's name may quote its own name before its aim (مرصد «بغداد» لحقوق الإنسان)
    if (b === a + 1 && isQuote(c, b) && civilHead(c.norm[a]!)) {
      const q = quoteClose(c, b, 5);
      if (q >= 0 && q + 1 < c.n && civilAim(c, q + 1)) return Math.min(c.n, q + 3);
      // (or its whole name in quotation marks: منظمة «مسقط للحقوق»)
      if (q > b + 1) return q + 1;
    }
    // a group's head with its known name in quotation marks is one phrase (تنظيم «داعش»، حركة «حماس»)
    if (b === a + 1 && isQuote(c, b) && GROUP_HEAD.test(c.norm[a]!) && b + 2 < c.n) {
      const q = quoteClose(c, b, 5);
      if (q > b + 1 && entityIn(c, b + 1, q, (e) => e.type === 'ORG' && e.canonical !== null && e.start === c.doc.tokens[b + 1]!.start)) return q + 1;
    }
    if (!isWord(c, b) && c.doc.kinds[b] !== 'number') break;
    // the words of a title of several words stay together past a preposition (القائم بالأعمال)
    if (b > a && /^(ب|ل)/.test(w) && actorAt(c, b - 1) && actorAt(c, b - 1)!.a === b - 1 && actorAt(c, b - 1)!.b > b && actorAt(c, b - 1)!.info.kind === 'sector') { const e = actorAt(c, b - 1)!.b; for (; b < e; b++) if (titleOf(c, b)) titleBody = b; continue; }
    // a bare body standing for one named before ends before a state after it (وطالبت الرئاسة |
    // الولايات المتحدة وفرنسا)
    if (b === a + 1 && antecedent(c, a) && ['country', 'capital'].includes(actorAt(c, b)?.info.kind ?? '')) break;
    // a count after a noun with a possessive starts the object (واعتقلت دورياتها | أربعة مشتبه بهم)
    if (b > a && /(ها|ه|هم)$/.test(c.norm[b - 1]!) && c.quantities.some((q) => q.a === b)) break;
    // an adverb of manner ends the phrase (بحث رئيس الحكومة | هاتفياً مع نظيره)
    if (b > a && ADVERB.has(stripConj(w))) break;
    // a time of day with its day ends the phrase (واستقبل عامل إقليم جرادة | صباح اليوم)
    if (b > a && /^(صباح|مساء|ظهر|فجر|ليل|عصر|ليله|ضحي)$/.test(w) && (/^(اليوم|امس|الغد)$/.test(c.norm[b + 1] ?? '') || c.dates.some((d) => d.a === b + 1))) break;
    // an envoy after a body is the next phrase (استدعت وزارة الخارجية | القائم بالأعمال الباكستاني)
    if (b > a && /^ال(قائم|سفير|مبعوث|قنصل|ملحق|مندوب)$/.test(w) && actorAt(c, b)?.a === b && codeRange(c, a, b)?.sector === 'GOV' && !/^(ال)?(وزير|رئيس|نائب|امين|مساعد)/.test(stripConj(c.norm[a]!))) break;
    // a body with its nisba ends before another official or body (واستدعت الخارجية العراقية | القائم
    // بالأعمال التركي)
    if (b >= a + 2 && /^ال/.test(w) && actorAt(c, b - 1)?.info.kind === 'nisba' && /^(و|ف)?ال/.test(c.norm[b - 2]!) && actorAt(c, b)?.a === b && actorAt(c, b)?.info.kind === 'sector') break;
    // a sound plural with its ن is never in construct: a definite noun after it is the next phrase
    // (وطالب المعتصمون | الحكومة), save an adjective that agrees (المعتصمون الغاضبون) or a nisba
    // (and so is a dual of two sides: وقّع الطرفان | الاتفاق)
    if (b > a && /^(و|ف)?ال(طرف|جانب|بلد|وزير|رئيس)ان$/.test(c.norm[b - 1]!) && /^ال/.test(w) && actorAt(c, b)?.info.kind !== 'nisba') break;
    if (b > a && /^(و|ف)?ال.{3,}ون$/.test(c.norm[b - 1]!) && /^ال/.test(w) && !/(ون|ين|ي|يه)$/.test(w) && !/^(و|ف)?ال(تعاون|قانون)$/.test(c.norm[b - 1]!) && actorAt(c, b)?.info.kind !== 'nisba' && !/يون$/.test(c.norm[b - 1]!)) break;
    // a spokesperson "in the name of" a body is one phrase with it (الناطق الرسمي باسم الحكومة)
    if (b > a && w === 'باسم' && b + 1 < c.n && c.doc.tokenSentence[b + 1] === c.doc.tokenSentence[a] && c.doc.tokens.slice(a, b).some((_, k) => SPOKES.has(stripConj(c.norm[a + k]!)))) {
      let e = Math.max(b + 1, npEnd(c, b + 1));
      // (with the spokesperson's name in apposition: … باسم الوزارة السفير بدر عبدالعاطي)
      for (const k of [e, e + 1]) {
        const p = k < c.n && c.doc.tokenSentence[k] === c.doc.tokenSentence[a] ? entityIn(c, k, k + 1, (x) => x.type === 'PER' && x.start === c.doc.tokens[k]!.start) : undefined;
        if (p && (k === e || /^ال/.test(c.norm[e]!))) { e = tokenRangeOf(c.doc, p.start, p.end)[1]; break; }
      }
      return e;
    }
    // the parties addressed start a phrase of their own (مفوضية الاتحاد الأفريقي | البلدين)
    if (b > a && ADDRESSEE.has(stripConj(w)) && /^(ال|و)/.test(w)) break;
    // a thing "belonging to" a body is coded by it (طائرة مسيّرة تابعة للجيش المالي)
    // (with the article too, and the body's own parent after في: مقر القدس التابع للقوات البرية في
    // الحرس الثوري)
    if (b > a && /^(ال)?تابع(ه|ين|ون|ان|تان)?$/.test(w) && b + 1 < c.n && /^ل/.test(c.norm[b + 1]!) && c.doc.tokenSentence[b + 1] === c.doc.tokenSentence[a]) {
      let be = npEnd(c, b + 1);
      if (be + 1 < c.n && c.norm[be] === 'في' && c.doc.tokenSentence[be + 1] === c.doc.tokenSentence[a]) { const pe = npEnd(c, be + 1); const pc = pe > be + 1 ? codeRange(c, be + 1, pe) : null; if (pc && (pc.kind === 'group' || pc.country)) be = pe; }
      if (be > b + 1 && codeRange(c, b + 1, be)) return be;
    }
    // a unit of a body is one phrase with it (قوة من الشرطة، وفد من المفوضية الأوروبية، عناصر من الجيش،
    // وحدات من الجيش اللبناني، مسلحون من تنظيم «داعش»)
    // (and representatives of bodies: ممثلون عن الجيش السوداني وقوات الدعم السريع)
    if (b === a + 1 && (w === 'من' || (w === 'عن' && /^(و|ف)?(ممثلون|ممثلين|ممثلو|ممثلي|ممثل|مندوبون|مندوبين|مندوب)$/.test(c.norm[a]!))) && b + 1 < c.n && c.doc.tokenSentence[b + 1] === c.doc.tokenSentence[a] && /^(و|ف)?(قوه|وحده|وحدات|دوريه|دوريات|عناصر|مجموعه|مجموعات|فرقه|وفد|وفدان|وفود|ممثلون|ممثلين|ممثلو|ممثلي|ممثل|مندوبون|مندوبين|مندوب|مسلحون|مسلحين|مقاتلون|مقاتلين|افراد|جنود|ضباط)$/.test(c.norm[a]!)) {
      // (the body ends before a count, which is the verb's object: مسلحون من تنظيم داعش | ثلاثة جنود)
      let be = npEnd(c, b + 1);
      const qn = c.quantities.find((q) => q.a > b + 1 && q.a < be);
      if (qn) be = qn.a;
      const body = be > b + 1 ? codeRange(c, b + 1, be) : null;
      if ((body && (body.kind === 'sector' || body.kind === 'group' || body.kind === 'country' || body.kind === 'capital')) || (be > b + 1 && entityIn(c, b + 1, be, (e) => e.type === 'ORG' && e.canonical !== null && e.start === c.doc.tokens[b + 1]!.start))) return be;
    }
    // an official of a body is one phrase with it (مسؤول محلي في الحزب، قيادي في حركة فتح)
    if (b > a && b - a <= 2 && w === 'في' && /^(و)?(مسؤول|مسؤوله|قيادي|قياديه|عضو|عضوه|ناشط|ناشطه)$/.test(c.norm[a]!) && b + 1 < c.n && c.doc.tokenSentence[b + 1] === c.doc.tokenSentence[a]) {
      const be = npEnd(c, b + 1);
      const body = be > b + 1 ? codeRange(c, b + 1, be) : null;
      if ((body && (body.kind === 'group' || body.kind === 'sector')) || antecedent(c, b + 1) || entityIn(c, b + 1, be, (e) => e.type === 'ORG' && e.canonical !== null && e.start === c.doc.tokens[b + 1]!.start)) return be;
    }
    // a preposition ends the phrase (بالعراق، للجيش), as the segmenter reads it: لجنة and بعثة are nouns
    const seg = c.doc.tokens[b]!.segments;
    // (save a body after a unit of it: الدائرة الجنائية بالمحكمة الابتدائية، قسم الشرطة بوزارة الداخلية)
    const unitOf = b > a && ((seg[0] === 'ب' && SUBUNIT.has(stripConj(c.norm[a]!).replace(/^ال/, '')) && codeRange(c, b, b + 1)?.kind === 'sector') || (civilHead(c.norm[a]!) && b - a <= 3 && civilAim(c, b)));
    if (unitOf) { b++; continue; }
    // (a body's name: its head, an adjective, then what it is for — المديرية العامة للأمن الوطني،
    // الكونفدرالية الديمقراطية للشغل، الهيئة العليا للانتخابات)
    // (or what it is for, then the state it serves: البرنامج السعودي لتنمية وإعمار اليمن)
    if (b >= a + 2 && b - a <= 3 && /^ل[^ل]/.test(w) && w.length > 4 && BODY_NAME_HEAD.has(stripConj(c.norm[a]!).replace(/^ال/, '')) && /^ال.*(يه|ي)$/.test(c.norm[b - 1]!) && actorAt(c, b - 1)?.info.kind === 'nisba') {
      let e = b + 1;
      while (e < Math.min(c.n, b + 4) && /^و/.test(c.norm[e]!) && !actorAt(c, e)) e++;
      const st = e < c.n ? actorAt(c, e) : null;
      if (st && st.a === e && (st.info.kind === 'country' || st.info.kind === 'capital')) return st.b;
    }
    if (b >= a + 2 && b - a <= 3 && w.startsWith('لل') && w.length > 4 && BODY_NAME_HEAD.has(stripConj(c.norm[a]!).replace(/^ال/, '')) && /^ال.*(يه|ي|ه|يا)$/.test(c.norm[b - 1]!)) {
      b++;
      // (with an adjective of its own: للأمن الوطني)
      if (b < c.n && c.doc.tokenSentence[b] === c.doc.tokenSentence[a] && /^ال.*(يه|ي|ه)$/.test(c.norm[b]!) && !/^(التي|الذي|اللتي|اللذي)$/.test(c.norm[b]!) && !actorAt(c, b)) b++;
      return b;
    }
    // protesters after a body are its object, never its adjective (فرّقت الشرطة | المتظاهرين)
    if (b > a && PROTESTER.has(w) && actorAt(c, a)) break;
    if (b > a && w.length >= 3 && seg.length > 1 && (seg[0] === 'ب' || seg[0] === 'ل') && !actorAt(c, b) && !titleOf(c, b)) break;
    if (b > a) {
      const h = actorAt(c, b);
      if (h && (h.info.kind === 'country' || h.info.kind === 'capital' || h.info.kind === 'group') && !/^و/.test(w)) {
        // a second country named in the phrase starts the next argument (… مصر السعودية); a
        // sector noun without its own country takes this one (رئيس وزراء باكستان)
        let named: string | null = null;
        for (let k = a; k < b; k++) { const x = actorAt(c, k); if (x && x.info.country && (x.info.kind === 'country' || x.info.kind === 'capital' || x.info.kind === 'nisba' || x.info.kind === 'group')) { named = x.info.country; break; } }
        if (named && named !== h.info.country) break;
        // (and a named group after a phrase that already names its place: حكومة ولاية شمال كردفان |
        // قوات الدعم السريع)
        if (h.info.kind === 'group' && entityIn(c, a, b, (e) => e.type === 'GPE' || e.type === 'LOC')) break;
      }
      if (actorAt(c, b - 1)?.info.kind === 'nisba' && startsAfterNisba(c, b, h)) break;
      // (after a country or a capital, an indefinite noun is the next argument: وباكستان مذكرة تفاهم)
      const pk = actorAt(c, b - 1)?.info.kind;
      if ((pk === 'country' || pk === 'capital') && actorAt(c, b - 1)!.b === b && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^و/.test(w) && h?.info.kind !== 'nisba') break;
    }
    if (b > a && (STOP_NP.has(w) || /^(ب|ل)ال/.test(w) || (w.startsWith('لل') && !titleOf(c, b)) || (/^و/.test(w) && isVerbLike(c, b)))) break;
    // a count after a definite noun starts the next argument (اعتقلت الشرطة | ثلاثة من الأتراك)
    // (not a number that names the thing: اللواء 22، القرار 2254)
    // (and so does a duration: مدّد توقيف الزعبي | 14 يوماً)
    if (b > a && /^(و|ف)?ال/.test(c.norm[b - 1]!) && (c.quantities.some((q) => q.a === b) || (c.doc.kinds[b] === 'number' && DURATION.test(c.norm[b + 1] ?? ''))) && !entityIn(c, b, b + 1) && !NUMBERED.has(stripConj(c.norm[b - 1]!))) break;
    // after a title's body the phrase goes on only with that body's name or a person's (الأمين
    // العام للأمم المتحدة أنطونيو غوتيريش | الهجوم)
    // (or with the body of a title of a title's: المبعوث الشخصي للأمين العام | للأمم المتحدة)
    if (b > a + 1 && titleBody >= 0 && c.entAt[b] !== c.entAt[titleBody] && !entityIn(c, b, b + 1, (e) => e.type === 'PER') && !titleOf(c, b)) break;
    if (titleOf(c, b)) titleBody = b;
    // a definite head alone ends before an indefinite noun (اتهم الجيش | قوات الدعم السريع), save a
    // name in apposition (الرئيس عبد الفتاح السيسي) or a nisba
    if (b - a === 1 && /^(و|ف)?ال/.test(c.norm[a]!) && actorAt(c, a) && isWord(c, b) && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && (!/^و/.test(w) || OWN_WAW.test(w)) && actorAt(c, b)?.info.kind !== 'nisba' && !entityIn(c, b, b + 1, (e) => e.type === 'PER') && !c.quantities.some((q) => q.a === b)) break;
    // a definite noun with its definite adjectives ends before an indefinite noun (ونشرت السلطات
    // العسكرية | قوات كبيرة), save a name in apposition or a count
    if (b - a >= 2 && /^(و|ف)?ال/.test(c.norm[a]!) && actorAt(c, a) && isWord(c, b) && !/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !/^و/.test(w) && c.norm.slice(a + 1, b).every((x) => /^و?ال.*(ي|يه|يون|يين|ين|ات)$/.test(x) || /^ال(خاصه|عامه)$/.test(x)) && actorAt(c, b)?.info.kind !== 'nisba' && !entityIn(c, b, b + 1, (e) => e.type === 'PER') && !c.quantities.some((q) => q.a === b)) break;
    // a plural or dual that keeps its ن is no construct head: a definite noun after it is the next
    // argument (اختطف مسلحون مجهولون | الناشط الحقوقي)
    // (nor is an indefinite noun after it that does not agree with it as an adjective: رشق محتجون |
    // قوات الأمن)
    if (b > a && !/^(و|ف)?ال/.test(c.norm[b - 1]!) && /^(م.{3,}|.{3,}ي)(ون|ان)$/.test(c.norm[b - 1]!) && actorAt(c, b)?.info.kind !== 'nisba'
      && ((/^(و|ف)?(ب|ل|ك)?ال/.test(w) && !entityIn(c, b - 1, b + 1)) || (isWord(c, b) && !/(ون|ان|ين)$/.test(w) && !/^و/.test(w) && !entityIn(c, b - 1, b)))) break;
    // a construct ends with its definite genitive: an indefinite noun after it is the next
    // argument (جرافات الاحتلال | منزلين)
    // (للـ is the article after ل: للأمين العام للأمم المتحدة goes on)
    if (b - a >= 2 && /^و?ال/.test(c.norm[b - 1]!) && (!DEFINITE.test(c.norm[b - 2]!) || /^و/.test(c.norm[b - 1]!)) && isWord(c, b) && !DEFINITE.test(w) && !/^و/.test(w) && actorAt(c, b)?.info.kind !== 'nisba' && !entityIn(c, b, b + 1, (e) => e.type === 'PER')) break;
    // a conjoined prepositional phrase is the next term, not this phrase (سبعة متهمين | وبالسجن المؤبد)
    if (b > a && (/^وبال.{2,}/.test(w) || /^وب(سجن|اعدام|حبس)/.test(w) || /^وبين(ها|هم)$/.test(w)) && !actorAt(c, b)) break;
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
 * A و-joined past verb with the feminine ending whose next phrase is headed by a masculine
 * definite noun (no ة, not a country or a capital, not a plural in ات): the verb shares the subject
 * of the earlier event of the sentence and the phrase is its object.
 */
export function coordinatedObject(c: Ctx, i: number, np1: readonly [number, number], sentEvents: Event[], type = ''): boolean {
  const v = c.norm[i]!;
  if (!/^و/.test(v) || !/ت$/.test(v) || !sentEvents.some((e) => e.actor.length)) return false;
  const head = c.norm[np1[0]]!;
  const h = actorAt(c, np1[0]);
  if (h && (h.info.kind === 'country' || h.info.kind === 'capital')) return false;
  // a call joined to an earlier act, with what is asked after the phrase (ودعت مجلس الأمن الدولي
  // إلى تصنيف …): the phrase is the one called on
  // (past the body's own name in quotation marks: وطالبت بعثة الأمم المتحدة «مينورسو» بفتح تحقيق)
  let after = np1[1];
  if (isQuote(c, after)) { const q = quoteClose(c, after, 5); if (q >= 0) after = q + 1; }
  // (an amount is what is acted on: واعتقلت …، وصادرت كميات كبيرة من الأسلحة)
  if (/^(كميات|كميه|عددا)$/.test(head)) return true;
  if (type === 'REQUEST' && /^(الي|علي|لل|ب)/.test(c.norm[after] ?? '') && !entityIn(c, np1[0], np1[0] + 1, (e) => e.type === 'PER')) return true;
  // (and an accusation, with what is charged after the phrase: واتهمت خلايا تابعة لتنظيم الدولة بتنفيذه)
  if (type === 'ACCUSE' && /^ب/.test(c.norm[np1[1]] ?? '') && (c.norm[np1[1]]?.length ?? 0) > 3 && !entityIn(c, np1[0], np1[0] + 1, (e) => e.type === 'PER')) return true;
  return /^ال/.test(head) && !/(ه|ات)$/.test(head) && !entityIn(c, np1[0], np1[0] + 1, (e) => e.type === 'PER' || e.type === 'GPE');
}
/** npEnd, but a counted phrase is one argument (أكثر من 40 متظاهرا، نحو ثلاثين شخصا). */
export function argEnd(c: Ctx, a: number): number {
  const e = npEnd(c, a);
  const q = c.quantities.find((x) => x.a === a);
  if (!q || q.b <= e || c.doc.tokenSentence[q.b - 1] !== c.doc.tokenSentence[a]) return e;
  // with the counted noun after a bare number (نحو ثلاثة آلاف معلم)
  return q.b < c.n && c.counted[q.b] ? q.b + 1 : q.b;
}
const OWN_WAW = /^(وزير|وزراء|وزار|وكيل|وكال|وفد|وحد|والي|ولاي|وسيط|وسطاء)/;
/** The document's family names: the last word of each person named with two words or more,
 *  with the code of the title phrase set off before the name (المتحدث باسم وزارة الخارجية
 *  الليبية، فرج التونسي → LBY GOV), or no code. */
function surnames(c: Ctx): Map<string, Surname> {
  if (c.surnames) return c.surnames;
  const m = new Map<string, Surname>();
  for (const e of c.doc.entities) {
    if (e.type !== 'PER' || !e.text.includes(' ')) continue;
    const [ea, eb] = tokenRangeOf(c.doc, e.start, e.end);
    const last = stripConj(c.norm[eb - 1]!);
    const had = m.get(last);
    if (!/^ال/.test(last) || had?.country) continue;
    let code = { country: null as string | null, sector: null as string | null };
    if (ea > 1 && c.norm[ea - 1] === ',') {
      let k = ea - 2;
      while (k > 0 && ea - 2 - k < 8 && !isPunct(c, k - 1) && !isVerbLike(c, k - 1)) k--;
      const cr = codeRange(c, k, ea - 1);
      if (cr?.country && cr.sector) code = { country: cr.country, sector: cr.sector };
    }
    // (the entities are in text order: the first full mention's end is kept)
    m.set(last, { ...code, after: had?.after ?? e.end });
  }
  return (c.surnames = m);
}
/** Token k, standing alone, is the family name of a person the document named before (ونفى
 *  التونسي after المتحدث … فرج التونسي): the person's code, not the country of its nisba. */
export function surnameAt(c: Ctx, k: number): { country: string | null; sector: string | null } | null {
  if (c.entAt[k]! >= 0 && c.doc.entities[c.entAt[k]!]!.type === 'PER' && c.doc.entities[c.entAt[k]!]!.text.includes(' ')) return null;
  const w = stripConj(c.norm[k]!);
  if (!/^ال/.test(w)) return null;
  const x = surnames(c).get(w);
  // (only after the full name: the first mention is the name itself)
  return x && x.after <= c.doc.tokens[k]!.start ? { country: x.country, sector: x.sector } : null;
}

/** Heads of bodies a bare definite noun may stand for once named in full. */
const ANAPHOR_HEAD = new Set(['وزاره', 'حزب', 'حلف', 'جبهه', 'رابطه', 'مرصد', 'تحالف', 'اتحاد', 'قوات', 'حركه', 'جماعه', 'تنظيم', 'ميليشيا', 'مليشيا', 'جيش', 'حكومه', 'سلطات', 'شرطه', 'محكمه', 'نقابه', 'منظمه', 'هيئه', 'لجنه', 'رئاسه', 'مفوضيه', 'بعثه']);
/** The body a bare definite noun at k stands for: the nearest organisation named before it in the
 *  last eight sentences whose name opens with the same noun, or null. */
function antecedent(c: Ctx, k: number): Entity | null {
  const w = stripConj(c.norm[k]!);
  const m = /^ال(.+)$/.exec(w);
  if (!m || !ANAPHOR_HEAD.has(m[1]!)) return null;
  // (not the first word of a name of its own: الجيش السوداني, القوات المسلحة)
  if (c.entAt[k]! >= 0 && c.doc.entities[c.entAt[k]!]!.text.includes(' ')) return null;
  const s = c.doc.tokenSentence[k]!, at = c.doc.tokens[k]!.start;
  // (the entities are in text order: start from the last one that opens before the word)
  const ents = c.doc.entities;
  let lo = 0, hi = ents.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ents[mid]!.start < at) lo = mid + 1; else hi = mid; }
  for (let x = lo - 1; x >= 0; x--) {
    const e = ents[x]!;
    const [ea] = tokenRangeOf(c.doc, e.start, e.end);
    if (c.doc.tokenSentence[ea]! < s - 8) break;
    // (not another bare mention, itself standing for something: وسلّمته إلى المحكمة)
    if (e.end > at || e.type !== 'ORG' || !e.canonical?.country || e.canonical.id.startsWith('sector:')) continue;
    // (a group by any name: التنظيم after «داعش»)
    if (stripConj(c.norm[ea]!).replace(/^(ب|ل)?(ال)?/, '') === m[1] || (/^(تنظيم|جماعه|حركه|ميليشيا|مليشيا)$/.test(m[1]!) && e.canonical.sector === 'REB')) return e;
  }
  return null;
}

export function makeArg(c: Ctx, a: number, b: number): Argument {
  const doc = c.doc;
  // a preposition written apart at the end (أشاد الصفدي بـ"الدور") belongs to what follows
  while (b - 1 > a && /^[بلك]$/.test(c.norm[b - 1]!)) b--;
  // spans are mentions without their proclitics, as the segmenter reads them: a conjunct's و and
  // a preposition's ب/ل/ك are left out (روسيا وتركيا → تركيا، لجهود الحكومة → جهود الحكومة);
  // ل before the article (للحكومة) stays, as in the entity layer, since the article's alif is gone
  let start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  const tok = doc.tokens[a]!, segs = tok.segments;
  // (a noun whose own first letter is و keeps it, whatever the segmenter read: وزيرة، وفد، وكالة)
  if (segs.length > 1 && segs.join('') === doc.text.slice(tok.start, tok.end) && !(segs[0] === 'و' && OWN_WAW.test(c.norm[a]!))) {
    let k = 0;
    // (the rest must be a word of three letters or more: ولي is no و + لي)
    // (nor a ك after a preposition, which no second preposition follows: في كردفان)
    const afterPrep = a > 0 && /^(في|من|الي|علي|عن|مع|قرب|داخل|شمال|جنوب|شرق|غرب|وسط)$/.test(c.norm[a - 1]!);
    while (k < segs.length - 1 && segs[k]!.length === 1 && 'وفبلك'.includes(segs[k]!) && !(segs[k] === 'ل' && segs[k + 1]!.startsWith('ل')) && !(segs[k] === 'ك' && afterPrep) && segs.slice(k + 1).join('').length >= 3) { start += 1; k++; }
  }
  const ent = entityIn(c, a, b, (e) => e.canonical !== null);
  let canonical: Canonical | null = ent?.canonical ?? null;
  // a named group's own code wins over a generic institution reading of its words (قوات الدعم السريع
  // is REB, not the army's MIL)
  if (canonical) {
    const g = codeRange(c, a, b);
    if (g && g.kind === 'group' && g.sector && (!g.country || g.country === canonical.country) && g.sector !== canonical.sector) canonical = { ...canonical, sector: g.sector };
  }
  // a generic institution the entity layer placed in the document's country yields to a state
  // the phrase itself names (وزير الدولة في وزارة الخارجية القطرية → QAT)
  if (canonical && canonical.id.startsWith('sector:')) {
    const g = codeRange(c, a, b);
    if (g?.country && g.country !== canonical.country && (g.kind === 'nisba' || g.kind === 'country' || g.kind === 'sector')) canonical = { ...canonical, id: [g.country, canonical.sector ?? g.sector].filter(Boolean).join('-'), country: g.country };
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
  // a bare definite head standing for a body named before (الوزارة after وزارة الخارجية التونسية،
  // القوات after قوات الدعم السريع) is that body
  // (and so is an official of one: مسؤول محلي في الحزب)
  if (b - a === 1 || (b - a === 2 && /^[بلك]$/.test(c.norm[a]!)) || ((!canonical || !canonical.country) && b - a >= 3 && c.norm[b - 2] === 'في')) {
    const ante = antecedent(c, b - 1);
    if (ante?.canonical?.country) canonical = { ...ante.canonical, nameAr: doc.text.slice(start, end) };
  }
  // a family name standing for a person named before is that person, coded as introduced
  // (one the document read as a place or a nisba; a person the knowledge base knows keeps its code)
  const placeRead = (ent && (ent.type === 'GPE' || ent.type === 'LOC')) || (!ent && ['nisba', 'country', 'capital'].includes(actorAt(c, a)?.info.kind ?? ''));
  if (b - a === 1 && placeRead) {
    const sn = surnameAt(c, a);
    if (sn) canonical = sn.country ? { id: [sn.country, sn.sector].filter(Boolean).join('-'), name: [lexicons().countryName.get(sn.country), sn.sector].filter(Boolean).join(' '), nameAr: doc.text.slice(start, end), kind: 'actor', country: sn.country, sector: sn.sector } : null;
  }
  // an office with the person holding it, where the office alone names no sector (المحافظ فرج
  // الحضرمي، النائب شوان الأربيلي): the office's sector in the document's country
  if ((!canonical || !canonical.country) && b - a >= 2 && c.docCountry && c.docCountry !== 'IGO') {
    const sector = OFFICE_SECTOR[stripConj(c.norm[a]!)];
    const person = !!sector && (!!entityIn(c, a + 1, b, (e) => e.type === 'PER') || loadKb().givenNames.has(c.norm[a + 1]!) || c.norm[a + 1]!.startsWith('عبد'));
    if (sector && person) canonical = { id: `${c.docCountry}-${sector}`, name: [lexicons().countryName.get(c.docCountry), sector].filter(Boolean).join(' '), nameAr: doc.text.slice(start, end), kind: 'actor', country: c.docCountry, sector };
  }
  // a crowd named by its size alone (اعتصم مئات …) is civilians of the report's country
  if (!canonical && b - a === 1 && /^(و)?(مئات|الاف|الالاف|عشرات|العشرات|حشود)$/.test(c.norm[a]!) && c.docCountry && c.docCountry !== 'IGO') canonical = { id: `${c.docCountry}-CVL`, name: [lexicons().countryName.get(c.docCountry), 'civilians'].filter(Boolean).join(' '), nameAr: doc.text.slice(start, end), kind: 'actor', country: c.docCountry, sector: 'CVL' };
  const ment = ent ?? entityIn(c, a, b);
  return { start, end, text: doc.text.slice(start, end), entity: ment?.id ?? null, canonical };
}
/** Offices that name no sector alone, for a person named with them (المحافظ فرج الحضرمي). */
const OFFICE_SECTOR: Record<string, string> = { 'المحافظ': 'GOV', 'محافظ': 'GOV', 'النائب': 'LEG', 'النائبه': 'LEG', 'القاضي': 'JUD', 'العميد': 'MIL', 'اللواء': 'MIL', 'العقيد': 'MIL', 'المقدم': 'MIL', 'الفريق': 'MIL' };

/**
 * An argument with no country, followed by في and a place whose country is known: the place's
 * country. Only a body or people, or a phrase the lexicon cannot code (a person is no body).
 */
export function withCountryOfPlaceAfter(c: Ctx, arg: Argument, sb: number, why: string[]): Argument {
  const doc = c.doc;
  const [a, e0] = tokenRangeOf(doc, arg.start, arg.end);
  let b = e0;
  // (a country the phrase took from the document, naming none itself, yields too: الحكومة
  // الانتقالية في باماكو)
  if (arg.canonical?.country && namesState(c, a, b)) return arg;
  // (past the quotation mark closing the name: «اللجنة المركزية» في درعا)
  if (b < sb && isQuote(c, b) && c.norm[b + 1] === 'في') b++;
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
  why.push(`${arg.text}: country ${country} from ${place.text} after it`);
  return withCountry(arg, country);
}

/** A named armed group (a group coded REB or MIL: حماس، جماعة الحوثي) stands in tokens [a, b), not after a preposition. */
export function armedGroupIn(c: Ctx, a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) { const x = prepOn(c, k) ? null : actorAt(c, k); if (x && x.info.kind === 'group' && (x.info.sector === 'REB' || x.info.sector === 'MIL')) return true; }
  return false;
}
/** [a, b) names a state itself: a country, a capital, a nisba or a group, or an entity with a country. */
export function namesState(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (['country', 'capital', 'nisba', 'group'].includes(actorAt(c, k)?.info.kind ?? '')) return true;
  return !!entityIn(c, a, b, (e) => !!e.canonical?.country && !e.canonical.id.startsWith('sector:'));
}
/** The argument coded with a country it did not name (its sector and a group's name kept). */
export function withCountry(arg: Argument, country: string): Argument {
  const base = arg.canonical ?? { id: '', name: '', nameAr: arg.text, kind: 'actor', sector: null };
  return { ...arg, canonical: { ...base, id: [country, base.sector ?? null].filter(Boolean).join('-'), name: base.kind === 'group' ? base.name : [lexicons().countryName.get(country), base.name].filter(Boolean).join(' '), country } };
}

/** Splits "X و Y" into two arguments when both halves name actors. */
export function argsOf(c: Ctx, a: number, b: number): Argument[] {
  // the verb of a relative clause about an attack is no part of its agent (هجوم شنّه | مسلحون)
  // (the agent's phrase is measured from its own first word: شنّه | مسلحون من تنظيم «داعش»)
  if (b > a + 1 && ATTACK_REL_VERB.test(c.norm[a]!)) { a++; b = Math.max(b, npEnd(c, a)); }
  // (nor is بين part of the parties it names: مواجهات بين | شبان فلسطينيين وقوات الجيش)
  // (nor an adjective of the noun before it: اشتباكات عنيفة | بين الجيش والمسلحين)
  if (b > a + 2 && c.norm[a + 1] === 'بين' && !actorAt(c, a) && c.entAt[a]! < 0 && /(ه|يه|ين|ان)$/.test(c.norm[a]!)) a++;
  const between = b > a + 1 && c.norm[a] === 'بين';
  if (between) a++;
  // (the second of two parties between whom something happened is whole: بين شبان فلسطينيين | وقوات
  // الجيش الإسرائيلي)
  const end2 = (k: number) => between ? Math.max(k + 1, npEnd(c, k)) : Math.min(b, Math.max(k + 1, npEnd(c, k)));
  for (let k = a + 1; k < b; k++) {
    const w = c.norm[k]!;
    if (w[0] === 'و' && w.length > 2 && !lexicons().actors.has(nounKey(w)) && nounCores(w.slice(1)).some((x) => lexicons().actors.has(x)) && codeRange(c, a, k)) return [makeArg(c, a, k), ...argsOf(c, k, end2(k))];
    // (a و written apart, before a name in quotation marks: دمشق و«قسد»)
    if (w === 'و' && k > a && (codeRange(c, a, k) || entityIn(c, a, k, (e) => e.canonical !== null))) {
      let k2 = k + 1;
      while (k2 < b && isQuote(c, k2)) k2++;
      if (k2 < b && (actorAt(c, k2) || entityIn(c, k2, k2 + 1, (e) => e.canonical !== null))) { let e2 = Math.min(b, Math.max(k2 + 1, npEnd(c, k2))); while (e2 > k2 + 1 && isQuote(c, e2 - 1)) e2--; return [makeArg(c, a, k), ...argsOf(c, k2, e2)]; }
    }
    // a conjoined named body (الحكومة اليمنية والمجلس الانتقالي الجنوبي): the و is a proclitic of
    // an entity's first word, so the entity starts one character in
    if (w[0] === 'و' && w.length > 2 && k > a && (codeRange(c, a, k) || entityIn(c, a, k, (e) => e.canonical !== null))) {
      const e = entityIn(c, k, k + 1, (x) => x.canonical !== null && !x.canonical.id.startsWith('sector:') && (x.type === 'ORG' || x.type === 'GPE' || x.type === 'PER'));
      // (an entity that takes in the و begins with it: ولاية شمال كردفان is no conjunct)
      if (e && e.start === c.doc.tokens[k]!.start + 1) return [makeArg(c, a, k), ...argsOf(c, k, end2(k))];
    }
  }
  // a second titled person joined by و (الملك عبد الله الثاني وأمير دولة الكويت الشيخ مشعل)
  for (let k = a + 2; k < b; k++) {
    const w = c.norm[k]!;
    if (w[0] === 'و' && JOINED_TITLE.has(w.slice(1)) && (codeRange(c, a, k) || entityIn(c, a, k, (e) => e.type === 'PER'))) return [makeArg(c, a, k), ...argsOf(c, k, b)];
  }
  return [makeArg(c, a, b)];
}
/** Titles that open a second person's phrase after و. */
const JOINED_TITLE = new Set(['امير', 'الامير', 'ملك', 'الملك', 'رئيس', 'الرئيس', 'وزير', 'ولي', 'سلطان', 'السلطان', 'شيخ', 'الشيخ']);

/**
 * Victims counted as members of a named group (12 مسلحاً من تنظيم داعش): the recipient is the
 * group. `b` is the end of the counted phrase; the group must be a named organisation.
 */
/** من + a coded people or body after a count (عشرات الآلاف من السودانيين): that people or body. */
export function codedBodyAfter(c: Ctx, e: number, sb: number): Argument[] | null {
  if (c.norm[e] !== 'من' || e + 1 >= sb) return null;
  const ge = npEnd(c, e + 1);
  return ge > e + 1 && codeRange(c, e + 1, ge) ? argsOf(c, e + 1, ge) : null;
}
export function groupOf(c: Ctx, b: number, sb: number): Argument[] | null {
  if (b + 1 >= sb || c.norm[b] !== 'من') return null;
  const e = npEnd(c, b + 1);
  if (e <= b + 1) return null;
  const ent = entityIn(c, b + 1, e, (x) => x.type === 'ORG' && x.start === c.doc.tokens[b + 1]!.start);
  if (!ent) {
    // members counted out of a force or a body (ثلاثة من جنودها، خمسة من عناصر الشرطة): the
    // force is the recipient
    const h = actorAt(c, b + 1);
    if (h && h.a === b + 1 && (h.info.kind === 'sector' || h.info.kind === 'group')) return argsOf(c, b + 1, e);
    // (past a word for its members: عشرون من عناصر الدعم السريع، ثلاثة من أفراد الشرطة)
    if (/^(عناصر|افراد|مقاتلي|مسلحي|منتسبي|جنود)$/.test(c.norm[b + 1]!) && b + 2 < sb) {
      const g = b + 2 < e ? actorAt(c, b + 2) : null;
      if (g && g.a === b + 2 && (g.info.kind === 'sector' || g.info.kind === 'group')) return argsOf(c, b + 2, e);
      // (the body named in quotation marks: 120 من مقاتلي «حزب العمال الكردستاني»)
      if (isQuote(c, b + 2)) {
        const q = quoteClose(c, b + 2, 8);
        const named = q > b + 3 ? entityIn(c, b + 3, q, (x) => x.type === 'ORG' && x.canonical !== null && x.start === c.doc.tokens[b + 3]!.start) : undefined;
        if (named) return argsOf(c, ...tokenRangeOf(c.doc, named.start, named.end));
      }
    }
    return null;
  }
  const [, end] = tokenRangeOf(c.doc, ent.start, ent.end);
  return end > b + 1 ? argsOf(c, b + 1, end) : null;
}

export function code(arg: Argument | undefined): string {
  if (!arg?.canonical) return '';
  return [arg.canonical.country, arg.canonical.sector].filter(Boolean).join(' ') || arg.canonical.name;
}

/** Token b (a word with لل) is the body of a title right before it. */
export function titleOf(c: Ctx, b: number): boolean {
  // (or ل before a body's name in construct: الأمين العام لمجلس التعاون لدول الخليج العربية)
  if (!c.norm[b]!.startsWith('لل') && !(/^ل[^ل]/.test(c.norm[b]!) && entityIn(c, b, b + 1, (e) => e.type === 'ORG'))) return false;
  // (a title of a title's: المبعوث الشخصي للأمين العام للأمم المتحدة)
  const p1 = (c.norm[b - 1] ?? '').replace(/^لل/, 'ال'), p2 = (c.norm[b - 2] ?? '').replace(/^لل/, 'ال');
  return TITLE.has(p1) || (TITLE_TAIL.has(p1) && TITLE.has(p2));
}

/** A dual of a person noun: ـان, or ـين where the plural would differ. */
export function isDual(w: string): boolean {
  const b = w.replace(/^(و|ف)?(ب|ل)?(ال)?/, '');
  if (b.endsWith('ان') && PERSON_SG.has(b.slice(0, -2))) return true;
  return b.endsWith('ين') && BROKEN_PL_SG.has(b.slice(0, -2));
}
/** An indefinite nisba after an indefinite noun is its adjective, not its genitive (احتجاجات
 *  شعبية، غارات جوية نفذها): what follows belongs to another clause. */
export function nisbaAfterIndefinite(c: Ctx, i: number, k: number): boolean {
  if (DEFINITE.test(c.norm[i]!) || DEFINITE.test(c.norm[k]!)) return false;
  // (a verb of happening opens a relative clause: اتصال هاتفي جرى بين …)
  if (verbAt(c, HAPPEN_BEFORE, k, k + 1, c.doc.tokenSentence[k]!) === k) return true;
  // (the feminine only: a masculine ـي is as often a construct plural or dual, مسؤولي، وزيري)
  return /يه$/.test(c.norm[k]!) && c.entAt[k]! < 0 && !actorAt(c, k);
}

/** After an event noun's indefinite adjectives from k, a relative verb of agency with its
 *  resumptive pronoun and a coded or named subject: [verb, subject start, subject end]. */
export function relativeAgent(c: Ctx, k: number, sb: number): [number, number, number] | null {
  const s = c.doc.tokenSentence[k]!;
  for (let n = 0; n < 2 && k < sb && nisbaAfterIndefinite(c, k - 1, k) && verbAt(c, AGENT_REL, k, k + 1, s) < 0; n++) k++;
  if (k + 1 >= sb || verbAt(c, AGENT_REL, k, k + 1, s) !== k || !/(ها|ه|هم)$/.test(c.norm[k]!)) return null;
  // (past a date: اعتصاماً ينفذه منذ يوم الاثنين أنصار المرشح)
  let a = k + 1;
  while (a < sb && a < k + 6 && (c.inDate[a] || /^(منذ|مند)$/.test(c.norm[a]!))) a++;
  // (a group named in quotation marks: تجمّعاً نظّمه «البدون»)
  if (isQuote(c, a)) { const q = quoteClose(c, a, 6); if (q > a + 1) return [k, a + 1, q]; }
  const e = argEnd(c, a);
  if (e <= a || !(codeRange(c, a, e) || entityIn(c, a, e) || PROTESTER.has(stripConj(c.norm[a]!)) || /^(انصار|مناصرو|مناصري|عمال|طلاب|سكان|اهالي)$/.test(stripConj(c.norm[a]!)))) return null;
  return [k, a, e];
}

/** The crowd verb at i has its counted crowd subject right before it, from the clause's start
 *  (SVO: the verb is still the clause's lead predicate). */
export function crowdSubjectBefore(c: Ctx, i: number, sa: number): boolean {
  let crowd = false;
  for (let k = i - 1; k >= sa; k--) {
    const w = c.norm[k]!;
    if (isPunct(c, k) || SUBJECT_OPENER.has(w)) return crowd;
    if (PROTESTER.has(w) || CROWD_COUNT.has(w) || c.quantities.some((q) => q.a <= k && k < q.b)) { crowd = true; continue; }
    if (c.doc.kinds[k] === 'number' || CROWD_SUBJECT.has(w)) continue;
    // (a plural of people in construct, and its genitive: سائقو الأجرة، موظفو القطاع العام)
    if (/^(و)?[^ا].{2,}و$/.test(w) && c.entAt[k]! < 0) { crowd = true; continue; }
    if (/^ال/.test(w) && k - 1 >= sa && /^(و)?[^ا].{2,}و$/.test(c.norm[k - 1]!) && c.entAt[k - 1]! < 0) continue;
    // (a crowd counted out of a people or a place: مئات من أبناء مدينة السويداء تجمعوا)
    if (!crowd && !isVerbLike(c, k)) {
      for (let j = k - 1; j >= Math.max(sa, k - 5); j--) {
        if (isPunct(c, j) || isVerbLike(c, j)) break;
        if (c.norm[j] === 'من' && j - 1 >= sa && (CROWD_COUNT.has(c.norm[j - 1]!) || c.quantities.some((q) => q.b === j))) return true;
      }
    }
    return false;
  }
  return crowd;
}
