// Events layer: trigger words found in the text and the gates each must pass.
// See docs/events.md for the rules.

import { lexicons, type Trigger } from './lexicon.js';
import { loadKb } from '../entities/kb.js';
import { actorAt, armedGroupIn, codeRange, isDual, npEnd, surnameAt } from './phrases.js';
import { groupSubject } from './occurrence.js';
import { AFFECT, CLASH, purposeLam, AIRCRAFT, SPEECH, SPORT_AMBIGUOUS, AFFIRM_V, AGREE_W, ANNOUNCE_V, ARMED, BOYCOTTED, BUILDING, CASUAL_CUE, CLAUSE, COMP, CONTINUE_V, CROWD, CROWD_COUNT, CYBER, DEFINITE, DETAINEE, ENVOY, EXPLOSIVE, FORCE_MEANS, GOD, HARM, HIST, HUMAN_UNITS, INJURE, MARKET, NEG, NOT_VERB, OBJ_PARTICIPLE, OCCUR, PHYS, PHYS_TARGET, PREP_BEFORE, PROTESTER, PROTEST_PLACE, PROTEST_PURPOSE, REQUEST_SUPPORT_V, ROAD, S, SENTENCE_W, SPEECH_CTX, SPORT, SUPPORT_V, TIME_OF_DAY, TIME_PREP, TROOP, TROOP_NOUN, TRUCE_AFTER_V, TRUCE_V, VIOLENT, WEAPON_CTX, concreteWord } from './words.js';
import { type Ctx, isQuote, type Hit, countAny, fathatan, bareSurface, passiveForm, clauseBack, clauseBreakBesideDates, entityIn, hasAny, hasVerb, isPunct, sportIn, isVerbLike, nc, sentenceStart, stripConj, tanween, tokenRangeOf, vc, verbAt } from './context.js';

// ---------------------------------------------------------------- trigger matching
export function matchRest(c: Ctx, t: Trigger, i: number, parts: number[] = []): number {
  let j = i + 1;
  for (let w = 1; w < t.words.length; w++) {
    const want = t.words[w]!;
    let found = -1;
    const prep = want.length <= 3;
    // the subject may stand between a verb and the rest of its pattern (قدمت اليابان مساعدات), a
    // counted crowd a little longer (خرج مئات الآلاف من الجزائريين إلى الشوارع)
    // (and both parties may stand before the responsibility laid on one: حمّلت حكومة ولاية شمال
    // كردفان قوات الدعم السريع المسؤولية)
    // (a verb of expressing may have a long subject: أعرب المتحدث باسم وزارة الخارجية الليبية عن)
    let span = w === 1 && t.pos === 'V' ? (t.type === 'PROTEST' ? 6 : want.startsWith('مسؤول') || /^(اعرب|ابدي|توصل|لقي)$/.test(t.words[0]!) ? 9 : 4) : prep ? 1 : 2;
    for (let k = j; k < Math.min(c.n, j + span); k++) {
      // (quotation marks are no words: أعرب عن «أسف طرابلس»)
      if (isQuote(c, k)) { span += 1; continue; }
      // (nor is an aside in parentheses after the subject: بنك التنمية الألماني (KfW) قرضاً)
      if (w === 1 && t.pos === 'V' && c.norm[k] === '(') {
        let e = k + 1;
        while (e < Math.min(c.n, k + 6) && c.norm[e] !== ')' && c.doc.tokenSentence[e] === c.doc.tokenSentence[i]) e++;
        if (c.norm[e] === ')') { span += e - k + 1; k = e; continue; }
      }
      // (nor is a person's name set off by commas after the subject: المتحدث …، فرج التونسي، عن)
      if (w === 1 && t.pos === 'V' && c.norm[k] === ',' && c.entAt[k + 1]! >= 0 && c.doc.entities[c.entAt[k + 1]!]!.type === 'PER') {
        const [, eb] = tokenRangeOf(c.doc, c.doc.entities[c.entAt[k + 1]!]!.start, c.doc.entities[c.entAt[k + 1]!]!.end);
        if (c.norm[eb] === ',') { span += eb - k + 1; k = eb; continue; }
      }
      // (nor, for a verb of expressing, an aside set off by commas before its عن: وأعرب المجلس الوزاري
      // لمجلس التعاون الخليجي، في ختام اجتماع طارئ اليوم، عن «تضامنه الكامل»)
      // (and for laying responsibility, before the one it is laid on: حمّل المتحدث …، في تصريح لقناة
      // «زاخو»، حزب العمال مسؤولية التصعيد)
      // (or, for any verb, an aside of time and place: أطلقت قوات مكافحة الشغب، مساء أمس الأربعاء في وسط
      // بيروت، الغاز المسيل للدموع)
      if (w === 1 && t.pos === 'V' && c.norm[k] === ',' && k > j) {
        let e = k + 1;
        while (e < Math.min(c.n, k + 14) && c.norm[e] !== ',' && (!isPunct(c, e) || isQuote(c, e)) && c.doc.tokenSentence[e] === c.doc.tokenSentence[i]) e++;
        const timed = c.norm[e] === ',' && e < k + 10 && (c.inDate[k + 1] || TIME_OF_DAY.has(c.norm[k + 1]!)) && !c.norm.slice(k + 1, e).some((x, n) => isVerbLike(c, k + 1 + n));
        if (c.norm[e] === ',' && ((/^(اعرب|ابدي|حمل)$/.test(t.words[0]!) && (c.norm[e + 1] === want || t.words[0] === 'حمل')) || timed)) { span += e - k + 1; k = e; continue; }
      }
      // (a date set off by commas may stand in the subject's place: خرج نحو خمسة عشر ألف متظاهر،
      // أمس الاثنين، إلى شوارع العاصمة)
      // (for any verb: توصلت «كتيبة أبو صرة» و«قوة الإسناد الأولى»، مساء أمس الجمعة، إلى اتفاق)
      // (and a date after في: وكانت المحكمة قد حكمت، في أيار/مايو الماضي، على ثمانية ناشطين)
      if (w === 1 && t.pos === 'V' && isPunct(c, k) && c.norm[k] === ',' && c.doc.tokenSentence[k] === c.doc.tokenSentence[i] && (c.inDate[k + 1] || c.inDate[k - 1] || TIME_OF_DAY.has(c.norm[k + 1] ?? '') || (c.norm[k + 1] === 'في' && c.inDate[k + 2]))) { span += 1; continue; }
      if (w === 1 && t.pos === 'V' && (c.inDate[k] || (TIME_OF_DAY.has(c.norm[k]!) && c.inDate[k + 1]) || (c.norm[k] === 'في' && c.inDate[k + 1] && isPunct(c, k - 1)))) { span += 1; continue; }
      // (nor is the place of the subject: أطلقت قوات الأمن في المكلا الرصاص الحي)
      if (w === 1 && t.pos === 'V' && k > j && c.norm[k] === 'في' && k + 1 < c.n && c.entAt[k + 1]! >= 0 && c.doc.entities[c.entAt[k + 1]!]!.type === 'GPE' && c.doc.entities[c.entAt[k + 1]!]!.start === c.doc.tokens[k + 1]!.start) {
        const eb = tokenRangeOf(c.doc, c.doc.entities[c.entAt[k + 1]!]!.start, c.doc.entities[c.entAt[k + 1]!]!.end)[1];
        span += eb - k; k = eb - 1; continue;
      }
      if (c.doc.tokenSentence[k] !== c.doc.tokenSentence[i] || isPunct(c, k)) break;
      const tok = c.norm[k]!;
      // (وعليه "therefore" is no preposition of the pattern: تعني الحكم وعليه فإن …)
      if (/^(و|ف)علي(ه|ها)$/.test(tok) && want === 'علي') break;
      if (tok === want || stripConj(tok) === want || nc(c, k).includes(want)) { found = k; break; }
      // (a noun of the pattern with a possessive pronoun: أعربت القاهرة عن «استيائها»، عن قلقهما)
      // (the lexicon keeps a plural or feminine noun by its stem: علاقاتهما → علاق)
      if (w >= 1 && want.length >= 3 && tok.length > want.length) {
        const p = stripConj(tok).replace(/(ه|ها|هم|هما|نا)$/, '').replace(/ئ$/, 'ء');
        if (p === want || p === want + 'ات' || p === want + 'ت') { found = k; break; }
      }
      // a preposition written joined to the next word (بال، لل)
      if (want === 'ب' && tok[0] === 'ب') { found = k; break; }
    }
    if (found < 0) return -1;
    parts.push(found);
    j = found + 1;
  }
  return j;
}

export function findTriggers(c: Ctx): Hit[] {
  const { verbs, nouns } = lexicons();
  const hits: Hit[] = [];
  for (let i = 0; i < c.n; i++) {
    if (c.doc.kinds[i] !== 'word') continue;
    const w = c.norm[i]!;
    if (w.length < 2) continue;
    let best: Hit | null = null;
    // (a form VIII verb may begin with ال: التقى، التزم — the lexicon's own verb form is no article)
    // (nor is a past form of one with its ending: ألقوا، التقت، ألغت)
    // (التقيت، التقينا are the writer's own meetings, not news of a party's)
    if (/^(و|ف)?التقي(ت|نا)$/.test(w)) continue;
    const vbase = stripConj(w).replace(/(وا|تا|ت|ا)$/, '');
    const definite = DEFINITE.test(w) && !verbs.has(stripConj(w)) && !verbs.has(vbase) && !verbs.has(vbase + 'ي');
    // a verb form right after a preposition is a verbal noun (في قصف جوي، إثر هجوم)
    const afterPrep = i > 0 && (PREP_BEFORE.has(c.norm[i - 1]!) || OBJ_PARTICIPLE.has(c.norm[i - 1]!));
    // (a counted noun is no verb: 14 أسيرا is not سار; nor is a word with nunation: قصفاً)
    // (طالب is "student" unless it opens its clause with what is demanded after it: في المقابل،
    // طالب حزب اليسار الألماني بسحب الجنود)
    const demanded = w === 'طالب' && (i === 0 || isPunct(c, i - 1) || c.doc.tokenSentence[i - 1] !== c.doc.tokenSentence[i] || /^(كما|ثم|قد|وقد|فيما|بينما|حين)$/.test(c.norm[i - 1]!)) && c.norm.slice(i + 1, i + 14).some((x) => /^ب/.test(x) && x.length > 3);
    // (طلب right after a verb and its definite subject is the noun "request", its object: إذا
    // قبلت المحكمة طلب وقف التنفيذ)
    // (وزارته is "his ministry", not "and she visited him")
    const ministry = /^(و|ف)?وزار(ته|تها|تهم|تي|اته|اتها)$/.test(w);
    const requestNoun = ministry || /^(و)?طلب$/.test(w) && i > 1 && DEFINITE.test(c.norm[i - 1]!) && isVerbLike(c, i - 2) && !DEFINITE.test(c.norm[i - 2]!);
    // (a country's name is no verb: تشاد is Chad, not تُشاد or أشاد)
    const stateName = (() => { const x = actorAt(c, i); return !!x && x.a === i && (x.info.kind === 'country' || x.info.kind === 'capital'); })();
    // (a word written with ة is a noun, never a verb: رحلة is "a flight", not رحّله)
    const taMarbuta = /ة$/.test(bareSurface(c, i));
    if (!definite && !afterPrep && !requestNoun && !stateName && (!NOT_VERB.has(w) || demanded) && !c.counted[i] && !tanween(c, i)) {
      const vcs = vc(c, i);
      for (let ci = 0; ci < vcs.cores.length; ci++) {
        const core = vcs.cores[ci]!;
        for (const t of verbs.get(core) ?? []) {
          // protest verbs take no object: تظاهرة is the noun, not "he demonstrated it"
          if (t.type === 'PROTEST' && t.words.length === 1 && /ه$/.test(w) && core.length < w.length) continue;
          // دان (form I, "condemned") only in its perfect, and not bare (the name Dan): يدين is أدان's or
          // "owes", تدون "writes down"
          if (t.pattern === 'دان' && !/^((و|ف)دان|(و|ف)?دان(ت|وا|تا))$/.test(w)) continue;
          if (taMarbuta && t.gate === 'detain') continue;
          // (سلمان is a name, not سلّم with a dual ending; no verb of giving inside a name)
          if (t.type === 'AID' && t.gate === 'aidobj' && (c.entAt[i]! >= 0 || /^(و|ف)?سلمان$/.test(w))) continue;
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
          // (nor a nisba made from it: تنسيقية "a coordinating body", احتجاجية "of protest")
          if (t.words.length === 1 && !/ي(ه)?$/.test(t.pattern) && /^(ي|يه|يين|يون|يات)$/.test(w.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '').slice(core.length)) && w.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '').startsWith(core)) continue;
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

/** The first token of the party named in what a claim says (after its أنّ), or -1: a
 *  group, a state or a named body other than the claimant. */
export function claimedParty(c: Ctx, h: Hit, s: number): number {
  let comp = -1;
  for (let k = h.end; k < Math.min(c.n, h.end + 9) && c.doc.tokenSentence[k] === s; k++) if (c.norm[k] === 'ان' || c.norm[k] === 'بان') { comp = k; break; }
  if (comp < 0) return -1;
  for (let k = comp + 1; k < Math.min(c.n, comp + 18) && c.doc.tokenSentence[k] === s; k++) {
    const x = actorAt(c, k);
    if (x && (x.info.kind === 'group' || x.info.kind === 'country' || x.info.kind === 'capital')) return k;
    const e = c.entAt[k]! >= 0 ? c.doc.entities[c.entAt[k]!]! : null;
    if (e && e.type === 'ORG' && e.canonical?.country && !e.canonical.id.startsWith('sector:')) return k;
  }
  return -1;
}

/** Soldiers counted right before the verb, or forces right after it, are its subject (نحو 1100
 *  جندي مصري سيصلون، وصلت قوات مصرية). */
function troopSubject(c: Ctx, h: Hit, s: number): boolean {
  const i = h.i;
  return c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && (q.v.unit === 'soldier' || hasAny(c, FORCES, q.b, q.b + 1, s)) && q.b <= i && q.b >= i - 3) || hasAny(c, FORCES, i + 1, i + 2, s);
}

/** A pattern whose further words come after others (حمّلت الرياض الحكومة مسؤولية). */
/** March and demonstration nouns, which make a counted crowd's walk a protest. */
/** Verbs that make a noun of cooperation joint work done (بدأ، واصل، باشر، نفّذ). */
const COOP_DO_V = S('بدا واصل باشر نفذ اجري استانف كثف');
/** Goods given as aid (a bare verb of giving with them is aid). */
const AID_GOODS = S('معدات مساعدات اغاثه ادويه ادويه حصص شحنه شحنات اغذيه مواد خيام بطانيات لقاحات');
/** Forces arriving (not aircraft, which may carry aid). */
const FORCES = S('قوات جنود عسكريون عسكريين تعزيزات قوه وحدات عناصر دوريات الجيش جيش');
/** Relative pronouns. */
const RELATIVE_PRON = S('الذي التي اللذين اللتين الذين');
/** A group's own premises (محالهم، أبوابها), closed in a strike. */
const OWN_PREMISES = S('محالهم محلاتهم متاجرهم دكاكينهم ابوابها ابوابهم محالها مكاتبهم مكاتبها');
/** Chants and banners of a crowd. */
const CHANTS = S('هتافات الهتافات شعارات الشعارات لافتات اللافتات مرددين رددوا ورددوا رددن ورددن');
const PROTEST_PURPOSE_STRONG = new Set([...PROTEST_PURPOSE].filter((w) => w !== 'رافعين' && w !== 'هاتفين'));
/** Purposes of a crowd that make it no protest: queuing, welcoming, watching, celebrating. */
const NOT_PROTEST_PURPOSE = S('للحصول لشراء لاستلام لتسلم للتزود بانتظار لاستقبال لتوديع لمشاهده لحضور للاحتفال احتفالا لاداء للصلاه');
const MARCH_N = new Set(['مسيره', 'مسيرات', 'مظاهره', 'مظاهرات', 'تظاهره', 'تظاهرات', 'مواكب']);
/** What protesters block besides roads: a pump, a port, a crossing (أغلق محتجون صمام ضخ النفط). */
const OBSTRUCTED = S('صمام الصمام صمامات ميناء الميناء معبر المعبر مداخل مدخل حقل الحقل حقول');
/** After a battle noun, بين or مع (an adjective or two may come first) and an armed party. */
function armedSides(c: Ctx, from: number, s: number): boolean {
  for (let k = from; k < Math.min(c.n, from + 4); k++) {
    if (c.doc.tokenSentence[k] !== s || isPunct(c, k)) return false;
    if (c.norm[k] === 'بين' || c.norm[k] === 'مع') return hasAny(c, ARMED, k + 1, k + 4, s) || hasAny(c, S('الجيش جيش قوات القوات مسلحي مقاتلي'), k + 1, k + 3, s);
  }
  return false;
}

export function gapped(h: Hit): boolean { return h.parts.length > 0 && h.parts[0]! > h.i + 1; }

/** Applies the trigger's gate; returns the (possibly re-typed) trigger or null to drop it. */
export function gate(c: Ctx, h: Hit): Trigger | null {
  const t = h.trig, i = h.i, s = c.doc.tokenSentence[i]!;
  const qNear = (d: number) => c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.a >= i - d && q.a <= h.end + d);
  // (a denial of a claim: نفى الجيش أن … — the أن in its own clause, not one after a comma:
  // وهو ما نفاه اللواء، مؤكداً أن …)
  if (t.words[0] === 'نفي' && (() => { for (let k = i + 1; k < Math.min(c.n, i + 7) && c.doc.tokenSentence[k] === s; k++) { if (isPunct(c, k) && !isQuote(c, k)) return false; if (COMP.has(c.norm[k]!)) return true; } return false; })()) return null;
  // a sentence about sport (two sport words or more: مباراة، الدوري، مدرب، لاعب …) tells of clubs,
  // players and matches, not of political actors; arrests, attacks and protests are judged on
  // their own
  if (t.type !== 'COERCE' && t.type !== 'ASSAULT' && t.type !== 'PROTEST' && countAny(c, SPORT, i - 40, i + 40, s) >= 2) return null;
  const nx = c.norm[h.end] ?? '';
  // a present يضرب with a person as its object, or a pronoun joined to it, is hitting, not a strike
  // (يضربون متظاهراً ممدداً على الأرض، يضربونه)
  if (t.type === 'PROTEST' && t.mode === 'strike' && t.words.length === 1 && !h.nominal && /^(و|ف)?(ي|ت)ضرب(ون|ان|ن)?(ه|ها|هم)?$/.test(c.norm[i]!) && (/(ه|ها|هم)$/.test(c.norm[i]!.replace(/^(و|ف)?(ي|ت)ضرب/, '')) || (concreteWord(nx) && fathatan(c, h.end)))) return { ...t, type: 'ASSAULT', mode: 'beat' };
  // مسيّرة with its shadda is a drone, never a march
  if (t.type === 'PROTEST' && /^مسير/.test(t.pattern) && /يّ|يّ/.test(c.doc.text.slice(c.doc.tokens[i]!.start, c.doc.tokens[i]!.end))) return null;
  // طلبة is "students" (طلبه, his request, is written with ه); الطلب على is demand in a market
  if (t.type === 'REQUEST' && /طلبة$/.test(bareSurface(c, i))) return null;
  // (and طالبة with ة a student, طالبه with ه "asked him")
  if (t.type === 'REQUEST' && /^(و|ف)?طالبة$/.test(bareSurface(c, i))) return null;
  if (t.type === 'REQUEST' && h.nominal && t.words[0] === 'طلب' && (nx === 'علي' || hasAny(c, MARKET, i - 3, h.end + 4, s))) return null;
  // a bare الطلب is demand in a market (زيادة الطلب، الطلب الكامن); بناء على طلب is a manner: a
  // request noun is an event with whom it is made of or what it asks (طلب من الحكومة، طلبه
  // بالإفراج، طلب لجوء) or with a verb that makes it (قدّم طلباً)
  if (t.type === 'REQUEST' && h.nominal && t.words[0] === 'طلب' && h.end === i + 1) {
    const sa0 = sentenceStart(c, s);
    const asked = /^(من|ب|ال)/.test(nx) && !/^(ال)/.test(nx) || /^ب.{3,}/.test(nx) || nx === 'من' || /(ه|ها|هم)$/.test(c.norm[i]!);
    if ((/^(بناء|علي)$/.test(c.norm[i - 1] ?? '') || !asked) && supportVerb(c, i, clauseBack(c, i, sa0), s) < 0) return null;
  }
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
    // (past a long subject with a date set off by commas: تعهّد المانحون الدوليون، في ختام مؤتمر
    // استضافته المفوضية الأوروبية في بروكسل اليوم الأربعاء، بتقديم نحو 2.3 مليار دولار)
    for (let k = h.end; k < Math.min(c.n, h.end + 22) && c.doc.tokenSentence[k] === s; k++) {
      if (/^ب(تقديم|منح|ارسال|تخصيص)$/.test(c.norm[k]!) && c.quantities.some((q) => q.v.kind === 'money' && (q.a === k + 1 || q.a === k + 2))) return { ...t, type: 'AID', mode: null };
    }
  }
  // cooperation named as a noun (روح التعاون، علاقات التعاون، مجالات التعاون، بالتعاون مع) is a
  // relation or a manner, not joint work done: it is an event only as the object of a verb of
  // starting, going on with or carrying out (بدأ البلدان التعاون، واصلت الأجهزة التنسيق)
  if (t.type === 'COOPERATE' && h.nominal && t.pos === 'V') {
    const sa0 = sentenceStart(c, s);
    if (supportVerb(c, i, clauseBack(c, i, sa0), s, COOP_DO_V) < 0) return null;
  }
  // a speaker talking to a newspaper on the phone (قال المحافظ في اتصال هاتفي لـ«الشرق الأوسط») is
  // how the words were got, not talks between parties
  if (t.type === 'CONSULT' && t.mode === 'phone' && h.nominal && i > 0 && stripConj(c.norm[i - 1]!) === 'في') {
    const sa0 = sentenceStart(c, s);
    if (verbAt(c, SPEECH, Math.max(sa0, i - 12), i, s) >= 0 && !hasAny(c, S('مع بين'), h.end, h.end + 2, s)) return null;
  }
  // قطع شوطاً "made headway" is no road cut
  if (t.words[0] === 'قطع' && /^شوط/.test(c.norm[i + 1] ?? '')) return null;
  // صادر عن "issued by" (بيان صادر عن الوزارة) is no confiscation
  if (t.words[0] === 'صادر' && /^(عن|من|عنه|عنها|عنهم|ضد|ضده|ضدها|حديثا|في|بحق)$/.test(nx)) return null;
  // فجر before a day or a date is dawn (فجر الثلاثاء), not فجّر
  if (t.words[0] === 'فجر' && (TIME_OF_DAY.has(stripConj(c.norm[i]!)) && (c.dates.some((d) => d.a === i + 1 || (d.a <= i && i < d.b)) || /^(ال)?(يوم|اليوم|امس|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)$/.test(nx)))) return null;
  // a definite event noun naming a time (في ختام المحادثات، على هامش القمة، عقب الاجتماع) is
  // a reference to an event told elsewhere
  if (h.nominal && i > 0 && /^ال/.test(c.norm[i]!) && (t.type === 'CONSULT' || t.type === 'AGREE' || t.type === 'COOPERATE') && /^(و)?(ختام|عقب|اعقاب|هامش|خلال|اثناء|قبيل|بعد|مستهل|نهايه|بدايه|ب?ختام)$/.test(c.norm[i - 1]!)) return null;
  // a nominal act named as a policy (سياسة الاعتقال الإداري) is no act
  if (h.nominal && i > 0 && /^(و|ف)?(ب|ل)?(ال)?سياس(ه|ات)$/.test(c.norm[i - 1]!)) return null;
  // clashes between protesters and the police are a riot, a protest (اندلعت مواجهات بين مئات
  // المحتجين وقوات مكافحة الشغب); the force the police use is an assault of its own
  if (t.type === 'ASSAULT' && h.nominal && CLASH.has(stripConj(c.norm[i]!).replace(/^(ب|ل)/, ''))) {
    for (let k = h.end; k < Math.min(c.n, h.end + 3) && c.doc.tokenSentence[k] === s && !isPunct(c, k); k++) {
      if ((c.norm[k] === 'بين' || c.norm[k] === 'مع') && hasAny(c, PROTESTER, k + 1, k + 4, s)) return { ...t, type: 'PROTEST', mode: 'riot', gate: null };
    }
  }
  // a quoted name after the noun it names is a name (نظام «دعم»، مبادرة «تواصل»)
  if (h.nominal && i > 1 && isQuote(c, i - 1) && /^(و)?(ال)?(نظام|برنامج|منصه|مبادره|حمله|مشروع|تطبيق|خدمه|مسابقه|جائزه|عمليه|مهرجان)$/.test(c.norm[i - 2]!)) return null;
  // money set aside is aid only when announced (وأعلن الاتحاد الأوروبي تخصيص 40 مليون يورو)
  if (t.type === 'AID' && t.words[0] === 'تخصيص' && supportVerb(c, i, clauseBack(c, i, sentenceStart(c, s)), s, ANNOUNCE_V) < 0) return null;
  // a danger to lives, salaries or stability is no threat made (الإغلاق يهدد رواتب ملايين الليبيين)
  if (t.type === 'THREATEN' && !h.nominal && /^(حياه|مستقبل|استقرار|امن|سلامه|رواتب|مصير|اقتصاد|الاقتصاد|وحده|بانهيار|بكارثه|بتفاقم|بانفجار|الامن|الاستقرار|السلم|مصالح|ارزاق|بعوده|بتوقف|بانقطاع)$/.test(c.norm[h.end] ?? '')) return null;
  // "any …" names no act (من أي انسحاب «متسرّع»، نفى أي تدخل)
  if (h.nominal && i > 0 && /^(و)?(ب|ل|من)?(اي|ايه)$/.test(c.norm[i - 1]!)) return null;
  // a noun after a demonstrative refers to what was told before (رفض … هذه الاتهامات)
  if (h.nominal && i > 0 && /^(هذه|هذا|تلك|ذلك|هذين|هاتين)$/.test(c.norm[i - 1]!) && /^(و|ف)?(ب|ل)?ال/.test(c.norm[i]!)) return null;
  // an arrest named as a purpose (لاعتقال فلسطيني مطلوب) is not one made
  if (t.type === 'COERCE' && t.mode === 'arrest' && h.nominal && purposeLam(c.norm[i]!)) return null;
  // a call "to" a feeling is a quality (بمنطق يدعو إلى الإعجاب، أمر يدعو إلى القلق)
  if (t.type === 'REQUEST' && c.norm[h.end] === 'الي' && (AFFECT.has(c.norm[h.end + 1] ?? '') || /^(الاعجاب|السخريه|التساؤل|الحيره|الضحك|التامل|الفخر)$/.test(c.norm[h.end + 1] ?? ''))) return null;
  // support of a good or a price is a subsidy (دعم الطاقة، دعم الوقود)
  if (t.type === 'SUPPORT' && h.nominal && /^(الطاقه|الوقود|المحروقات|الاسعار|السلع|الخبز|الكهرباء|المياه|الصادرات|الانتاج|البنزين|الديزل|الغاز)$/.test(c.norm[h.end] ?? '')) return null;
  // a superlative names a quality, not an act (أكبر دعم دولي تتلقاه المحافظة)
  if (h.nominal && i > 0 && /^(اكبر|اهم|اول|اعظم|اقوي|افضل|اوسع)$/.test(c.norm[i - 1]!) && (t.type === 'SUPPORT' || t.type === 'AID' || t.type === 'COOPERATE')) return null;
  // an ambulance plane or a field hospital sent is aid, not forces (ستُرسل طائرة إسعاف لنقل الجرحى)
  if (t.type === 'MOBILIZE' && t.words[0] === 'ارسل' && hasAny(c, S('اسعاف الاسعاف اغاثه الاغاثه طبيه طبي مستشفي ميداني'), h.end, h.end + 4, s)) return { ...t, type: 'AID', mode: 'humanitarian', gate: null };
  // not withdrawing, said with لن (لن تنسحب تحت الضغط، لن نسحب قواتنا), is a refusal
  if (t.type === 'RETREAT' && !h.nominal && /^(و|ف)?لن$/.test(c.norm[i - 1] ?? '')) return { ...t, type: 'REJECT', mode: null, gate: 'refusal' };
  // تضرب "strikes" a place or a people (موجة الجفاف تضرب البلدين) is no labour strike: an imperfect
  // of أضرب is one with عن after it (يضرب المعلمون عن العمل) or strikers, workers or a crowd near
  if (t.type === 'PROTEST' && t.words[0] === 'اضرب' && t.words.length === 1 && !h.nominal && /^(و|ف)?(ت|ي|ن|س)/.test(c.norm[i]!)
    && !hasAny(c, S('عن'), h.end, h.end + 5, s) && !hasAny(c, PROTESTER, i - 4, h.end + 4, s) && !hasAny(c, CROWD, i - 4, h.end + 4, s)
    && !c.norm.slice(Math.max(0, i - 4), h.end + 4).some((w) => /(عمال|موظف|معلم|اطباء|ممرض|محام|سائق|نقاب|الطلاب|طلاب|عامل)/.test(w))) return null;
  switch (t.gate) {
    // (or "N others" after troops counted earlier in the sentence: سحبت 3000 جندي … على أن تسحب
    // 4000 آخرين)
    // (or a count of members: نشرت وزارة الداخلية … نحو 400 عنصر من جهاز الأمن العام)
    // (aircraft or forces sent to carry the wounded or bring relief are aid: أرسلت القوات الفرنسية
    // مروحيتين لنقل الجرحى)
    case 'troop': if (t.type === 'MOBILIZE' && (() => { for (let k = h.end; k < Math.min(c.n, h.end + 8) && c.doc.tokenSentence[k] === s; k++) if (/^(لنقل|لاجلاء|لاغاثه|لايصال|لاسعاف|لاخلاء)$/.test(c.norm[k]!) && /^(ال)?(جرحي|مصابين|مساعدات|عالقين|مدنيين|مرضي|ضحايا|منكوبين|متضررين|سكان|اهالي)/.test(c.norm[k + 1] ?? '')) return true; return false; })()) return { ...t, type: 'AID', mode: 'humanitarian' };
      if (!(hasAny(c, TROOP, i + 1, h.end + 6, s) || c.quantities.some((q) => (q.v.unit === 'soldier' || q.v.unit === 'fighter') && q.a > i && q.a < i + 12 && !c.doc.tokens.slice(i + 1, q.a).some((_, n) => isPunct(c, i + 1 + n) && !isQuote(c, i + 1 + n) && clauseBreakBesideDates(c, i + 1 + n, i + 2 + n))) || (c.quantities.some((q) => q.a > i && q.a < i + 4 && /^(اخرين|اخري|اخر|اضافيين)$/.test(c.norm[q.b] ?? '')) && c.quantities.some((q) => q.v.unit === 'soldier' && q.b <= i)))) return null; break;
    // a protest noun is judged by the verb that governs it (mentionOnly); other nouns need a
    // verb of occurrence, a crowd or a count near
    case 'occur': if (t.type !== 'PROTEST' && !(hasVerb(c, OCCUR, i - 6, i + 4, s) || hasAny(c, CROWD, i - 5, i + 5, s) || qNear(4))) return null; break;
    // a crowd verb is a protest with protesters near, or with a counted crowd and a square or
    // street after it (احتشد الآلاف أمام البرلمان) or a protest purpose (تجمع 10 آلاف شخص للتنديد)
    // a verb that is a protest only with protesters as its subject (سار المتظاهرون، أغلق محتجون
    // طرقا، جاب المحتجون الشوارع); the police closing roads to protesters is no protest
    // — a march with a protest purpose or demand (مطالبين، احتجاجا): protesters walking somewhere
    // is what they did in a protest reported elsewhere; a road block is a protest of its own
    case 'crowdsubj': {
      // (marches as the subject: خرجت مسيرات)
      const protesters = hasAny(c, PROTESTER, h.end, h.end + 2, s) || hasAny(c, PROTESTER, i - 2, i, s) || hasAny(c, S('مسيرات تظاهرات'), h.end, h.end + 1, s) || ((hasAny(c, CROWD_COUNT, h.end, h.end + 1, s) || c.quantities.some((q) => q.a === h.end)) && hasAny(c, PROTESTER, h.end + 1, h.end + 4, s));
      const crowd = hasAny(c, CROWD_COUNT, h.end, h.end + 2, s) || c.quantities.some((q) => q.a === h.end || q.a === h.end + 1);
      // (a road block's purpose may be told at the end of a long sentence)
      const purpose = hasAny(c, PROTEST_PURPOSE, h.end, h.end + (t.mode === 'obstruct' ? 32 : 20), s);
      // a road blocked by protesters, or by anyone with a protest purpose (أغلق مزارعون بجراراتهم
      // شوارع برلين احتجاجاً على …); a march of protesters with a purpose, or of a counted crowd with
      // a purpose or in a march (سار عشرات الآلاف في شوارع لندن في مسيرة تضامنية)
      // (past the protesters' group named in quotation marks: أغلق محتجون من «حراك فزان» حقل الشرارة)
      // (a counted crowd chanting or carrying banners marches in protest: سارت مئات النساء … ورددن هتافات)
      const chants = hasAny(c, CHANTS, h.end, h.end + 24, s);
      // shops, offices or doors closed by their own people in protest or in a strike are a strike
      // (أغلق مئات من تجار الجملة … محالهم … في إضراب غير معلن احتجاجاً، يغلقون محالهم احتجاجاً،
      // أقفلت معظم الدوائر الرسمية أبوابها … التزاماً بالإضراب)
      if (t.mode === 'obstruct' && hasAny(c, OWN_PREMISES, h.end, h.end + 10, s) && (purpose || hasAny(c, S('تضامنا التزاما اضراب الاضراب بالاضراب'), h.end, h.end + 20, s))) return { ...t, mode: 'strike' };
      if (t.mode === 'obstruct' ? !((hasAny(c, ROAD, h.end, h.end + 9, s) || hasAny(c, OBSTRUCTED, h.end, h.end + 9, s)) && (protesters || purpose || crowd)) : !((protesters && purpose) || (crowd && (purpose || chants || hasAny(c, MARCH_N, h.end, h.end + 16, s))) || (protesters && hasAny(c, MARCH_N, h.end, h.end + 16, s)))) return null;
      break;
    }
    // an ambassador summoned is a protest to his state; one's own recalled (استدعت سفيرها) is a cut
    // (on the word as written: السفيرة ends in ة, no pronoun)
    case 'envoy': if (/(ها|ه|هم)$/.test(bareSurface(c, h.parts.length ? h.parts[h.parts.length - 1]! : h.end - 1))) return { ...t, type: 'SANCTION', mode: 'discontinue' }; break;
    case 'consult': if (!hasAny(c, S('مع هاتفيا'), h.end, h.end + 8, s)) return null; break;
    // (past a ل-recipient or a subject of a few words with no other verb: ستصرف للمغرب 150 مليون
    // يورو، قدّم الهلال الأحمر القطري 250 ألف دولار)
    // (صرف is spending unless paid to a state or a body named after it: ستصرف للمغرب)
    case 'aidobj': {
      // (fighters handing over their weapons disarm: سلّم نحو 120 من مقاتلي «حزب العمال الكردستاني» أسلحتهم)
      if (t.words[0] === 'سلم' && hasAny(c, S('اسلحتهم اسلحته اسلحتها سلاحهم سلاحه سلاحها الاسلحه اسلحه السلاح'), h.end, h.end + 12, s)) return { ...t, type: 'RETREAT', mode: 'disarm' };
      const money = c.quantities.find((q) => q.v.kind === 'money' && q.a >= h.end && (q.a <= h.end + 1 || (q.a <= h.end + 4 && c.norm.slice(h.end, q.a).every((x, n) => !isPunct(c, h.end + n) && !isVerbLike(c, h.end + n) && !/^(في|من|عن|علي|الي|منذ|خلال)$/.test(x)))));
      // (or aid goods, past the one given to and a date: ستقدّم إلى وزارة الداخلية العراقية معدات
      // مراقبة، وزّع الأسبوع الماضي حصصاً غذائية، وسلّمت المنظمة السلطات الصحية شحنة من الأدوية)
      // (not تقدّم "progress": تحقيق تقدم في تطوير لقاحات)
      let goods = false;
      if (!/^(و)?(تحقيق|احراز|حقق|احرز|يحقق|يحرز|تحقق)$/.test(c.norm[i - 1] ?? '')) for (let k = h.end; k < Math.min(c.n, h.end + 9) && c.doc.tokenSentence[k] === s && !isPunct(c, k) && (k === h.end || !isVerbLike(c, k)); k++) if (nc(c, k).some((x) => AID_GOODS.has(x))) { goods = true; break; }
      // (صرف is spending unless paid to a state or to support someone: ستصرف للمغرب، ستصرف 60 مليون يورو لدعم خفر السواحل)
      if (t.words[0] === 'صرف' && !(/^ل/.test(c.norm[h.end] ?? '') && ['country', 'capital'].includes(actorAt(c, h.end)?.info.kind ?? '')) && !(money && hasAny(c, S('لدعم لتمويل لتجهيز لمساعده لاغاثه'), money.b, money.b + 3, s))) return null;
      if (!money && !(goods && t.words[0] !== 'صرف')) return null;
      break;
    }
    // (past a long subject: يقاطع آلاف الموظفين في دوائر الصحة بمحافظة السليمانية الدوام الرسمي)
    case 'boycott': if (!hasAny(c, BOYCOTTED, h.end, h.end + 5, s) && !(hasAny(c, S('الدوام امتحانات الامتحانات الدروس المحاضرات'), h.end, h.end + 10, s) && !c.norm.slice(h.end, h.end + 10).some((_, n) => isPunct(c, h.end + n)))) return null; break;
    case 'detain': {
      // (a noun of purpose, لتوقيف "to arrest", or a law's name, قانون الاحتجاز, is no arrest)
      // (nor a warrant: مذكرات توقيف بحق ثلاثة)
      if (h.nominal && (purposeLam(c.norm[i]!) || /^(و)?(قانون|قوانين|مركز|مراكز|مرفق|مرافق|مذكره|مذكرات|مذكرتي|مذكرتا|امر|اوامر)$/.test(c.norm[i - 1] ?? ''))) return null;
      // (hostages held are an abduction: احتجاز 18 شخصاً كرهائن)
      if (h.nominal && hasAny(c, S('رهائن كرهائن رهينه كرهينه'), h.end, h.end + 5, s)) return { ...t, type: 'ASSAULT', mode: 'abduct', gate: null };
      // (توقف is "stopped", not تُوقف "she arrests")
      if (/^(و|ف)?توقف(ت|وا)?$/.test(c.norm[i]!)) return null;
      // (or a named person after the subject and a date set off by commas: أوقفت وحدات الأمن، مساء
      // أمس الخميس، الناشط النقابي أحمد المصري)
      const people = c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.a >= h.end && q.a < h.end + 5 && (q.v.unit == null || HUMAN_UNITS.has(q.v.unit))) || hasAny(c, DETAINEE, h.end, h.end + 5, s)
        // (or, after a noun, the person named as its genitive: مدّد المدعي العام توقيف الزعبي)
        || (h.nominal && (!!entityIn(c, h.end, h.end + 1, (e) => e.type === 'PER') || surnameAt(c, h.end) !== null))
        // (or, after a verb, a family name standing for its person: قد أوقفت الطرابلسي)
        || (!h.nominal && surnameAt(c, h.end) !== null)
        || (hasAny(c, S('الناشط الصحفي الصحافي المعارض المدون الناشطه الصحفيه'), h.end, h.end + 10, s) && (!!entityIn(c, h.end, Math.min(c.n, h.end + 12), (e) => e.type === 'PER') || c.norm.slice(h.end, Math.min(c.n, h.end + 12)).some((w) => loadKb().givenNames.has(w))));
      // (a passive has its people before it: بأن 47 شخصاً أُوقفوا، وكان المغربي قد أُوقف)
      // (or people counted right before it, named by its joined pronoun: سفينة تقلّ 180 شخصاً رحّلتهم السلطات)
      const pronounPeople = !h.nominal && /(هم|هن)$/.test(c.norm[i]!) && c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.b >= i - 1 && q.b <= i && (q.v.unit == null || HUMAN_UNITS.has(q.v.unit)));
      // (or a person named past the subject and an aside of time: أوقفت وحدات أمنية، فجر اليوم، المرشح
      // المستبعد … نزار الطرابلسي)
      const namedPast = !h.nominal && c.norm[h.end] !== undefined && (() => { for (let k = h.end; k < Math.min(c.n, h.end + 5); k++) if (c.norm[k] === ',' && (c.inDate[k + 1] || TIME_OF_DAY.has(c.norm[k + 1] ?? ''))) { let e = k + 1; while (e < Math.min(c.n, k + 8) && c.norm[e] !== ',') e++; return c.norm[e] === ',' && !!entityIn(c, e + 1, Math.min(c.n, e + 12), (x) => x.type === 'PER'); } return false; })();
      const passivePeople = namedPast || pronounPeople || passiveForm(c.doc.text.slice(c.doc.tokens[i]!.start, c.doc.tokens[i]!.end)) && (c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.b >= i - 2 && q.b <= i && (q.v.unit == null || HUMAN_UNITS.has(q.v.unit))) || !!entityIn(c, Math.max(0, i - 3), i, (e) => e.type === 'PER'));
      // (أوقف موظفين عن العمل is a suspension; an عن past a comma belongs to the next clause)
      let ce = h.end;
      while (ce < Math.min(c.n, h.end + 7) && c.doc.tokenSentence[ce] === s && !isPunct(c, ce)) ce++;
      if ((!people && !passivePeople) || hasAny(c, S('عن'), h.end, ce, s)) return null;
      break;
    }
    // (a crowd queuing for fuel or bread is no protest: للحصول على حصتهم من البنزين)
    // (flags raised and chants are no protest purpose beside a welcome: احتشد آلاف المواطنين …
    // لاستقبال السباح …، مرددين الأهازيج ورافعين الأعلام)
    // (chanting is a protest with its demand or its square told: هتف مئات المحتجين في ميدان
    // التحرير … مطالبين برحيل الرئيس; protesters' chants alone are what they did in one)
    case 'chant': if (!hasAny(c, PROTESTER, i - 3, h.end + 3, s) || !(hasAny(c, PROTEST_PURPOSE_STRONG, h.end, h.end + 28, s) && hasAny(c, PROTEST_PLACE, h.end, h.end + 12, s))) return null; break;
    // (a gathering broken up is judged by the rules of a protest the police acted on: فرّقت القوات
    // الخاصة … تجمّعاً نظّمه «البدون»)
    case 'protester': if (h.nominal && verbAt(c, S('فرق فض'), Math.max(sentenceStart(c, s), i - 20), i, s) >= 0) break;
      if (!hasAny(c, PROTESTER, i - 3, h.end + 3, s) && !hasAny(c, PROTEST_PURPOSE_STRONG, h.end, h.end + 28, s) && hasAny(c, NOT_PROTEST_PURPOSE, h.end, h.end + 16, s)) return null;
      // (a group of people gathered with a protest purpose: متقاعدون يتجمعون في ساحة الإرادة للمطالبة بزيادة معاشاتهم)
      if (hasAny(c, PROTEST_PURPOSE_STRONG, h.end, h.end + 20, s) && groupSubject(c, h.end - 1, sentenceStart(c, s), c.n) && !hasAny(c, NOT_PROTEST_PURPOSE, h.end, h.end + 16, s)) break;
      // (past a time set off by commas after the verb: وتجمّع، صباح اليوم، نحو 1500 شخص)
      let e0 = h.end;
      if (c.norm[e0] === ',') { let k = e0 + 1; while (k < Math.min(c.n, e0 + 6) && c.norm[k] !== ',' && (c.inDate[k] || TIME_OF_DAY.has(c.norm[k]!))) k++; if (c.norm[k] === ',' && k > e0 + 1) e0 = k + 1; }
      if (!(hasAny(c, PROTESTER, i - 3, e0 + 3, s) || ((hasAny(c, CROWD_COUNT, i - 3, e0 + 3, s) || hasAny(c, CROWD_COUNT, clauseBack(c, i, sentenceStart(c, s), 7), i, s) || qNear(3) || c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.a >= e0 && q.a <= e0 + 2) || c.quantities.some((q) => c.doc.tokenSentence[q.a] === s && q.b >= i - 2 && q.b <= i)) && (hasAny(c, PROTEST_PLACE, h.end, h.end + 18, s) || hasAny(c, PROTEST_PURPOSE, h.end, h.end + 28, s))))) return null; break;
    case 'martyr': for (let k = h.end; k < Math.min(c.n, h.end + 3); k++) { const w = c.norm[k]!; if (c.doc.tokenSentence[k] === s && w[0] === 'ب' && w.length > 3 && !INJURE.has(w) && !/^ب(ال)?(قصف|غار|نيران|رصاص|انفجار|هجوم|قذيف|شظايا|جراح)/.test(w)) return null; } break;
    // (or a drone that blew up: أن المسيّرة انفجرت داخل منطقة المعالجة)
    case 'explosive': if (!(hasAny(c, EXPLOSIVE, i - 3, h.end + 4, s) || qNear(3) || hasAny(c, S('المسيره مسيره المسيرات مسيرات'), i - 2, i, s))) return null; break;
    // (ألقى in the past only — تلقى "received" reads like it — with what was dropped after it)
    // (a hospital receives bodies and the wounded, an office applications: no visit)
    // (nor counted heads or things: الأسواق التي تستقبل نحو مليون رأس سنوياً)
    case 'guest': if (hasAny(c, S('جثث جثه جثامين جثمان جرحي الجرحي مصابين المصابين مرضي المرضي طلبات الطلبات شكاوي حالات'), h.end, h.end + 4, s) || c.quantities.some((q) => q.a >= h.end && q.a <= h.end + 2) || hasAny(c, S('راس رؤوس'), h.end, h.end + 5, s)) return null; break;
    // (dropped from the air with an aircraft near, else thrown: ألقى مجهولون قنبلة على سيارة)
    case 'dropbomb': if (!/^(و|ف)?(القي|القت|القوا|القيا|القتا)$/.test(c.norm[i]!) || !hasAny(c, EXPLOSIVE, h.end, h.end + 7, s)) return null;
      if (!hasAny(c, AIRCRAFT, i - 6, h.end + 10, s)) return { ...t, mode: 'explosives' };
      break;
    case 'harm': if (!(hasAny(c, HARM, i - 8, h.end + 10, s) || qNear(6))) return { ...t, type: 'COERCE', mode: null }; break;
    case 'frozen': {
      if (!hasAny(c, S('اموال الاموال ارصده الارصده تحويل تحويلات عائدات العائدات المساعدات مساعدات التمويل تمويل الحسابات حسابات اصول الاصول التعاون العلاقات عضويه عضويتها المفاوضات الاتفاق'), h.end, h.end + 3, s)) return null;
      if (h.nominal && supportVerb(c, i, clauseBack(c, i, sentenceStart(c, s)), s, ANNOUNCE_V) < 0) return null;
      break;
    }
    case 'future': if (!h.future) return null; break;
    case 'pushed': if (h.nominal || /^(و|ف)?دفع(ه|ات)$/.test(c.norm[i]!) || !(hasAny(c, TROOP, h.end, h.end + 2, s) || c.quantities.some((q) => q.v.kind !== 'money' && q.a >= h.end && q.a <= h.end + 4 && (q.v.unit === 'soldier' || q.v.unit === 'fighter' || q.v.unit === 'sailor')) || c.norm.slice(h.end, h.end + 4).some((x) => /^ب(نحو|حوالي|قوات|تعزيزات|وحدات)$/.test(x)))) return null; break;
    case 'seized': if (hasAny(c, S('حريق الحريق حرائق الحرائق النيران النار الوضع الموقف الاوضاع الامور انتشار اعراض الاعراض تسرب التسرب'), h.end, h.end + 3, s)) return null; break;
    case 'defend': {
      const a = h.parts.length ? h.parts[h.parts.length - 1]! + 1 : h.end;
      const e = a < c.n ? npEnd(c, a) : a;
      if (!(e > a && (codeRange(c, a, e) || entityIn(c, a, e, (x) => (x.type === 'ORG' || x.type === 'GPE') && x.canonical !== null))) || sportIn(c, SPORT, SPORT_AMBIGUOUS, i - 30, i + 30, s)) return null;
      break;
    }
    case 'returned': {
      const q = c.quantities.find((x) => c.doc.tokenSentence[x.a] === s && x.a >= h.end && x.a <= h.end + 1 && (x.v.unit == null || HUMAN_UNITS.has(x.v.unit) || x.v.unit === 'migrant' || x.v.unit === 'refugee'));
      if (!q || !hasAny(c, S('الي'), q.b, q.b + 4, s) || !(hasAny(c, S('الاراضي اراضي بلادهم بلدانهم الحدود الحدوديه'), q.b, q.b + 6, s) || c.norm.slice(q.b, q.b + 5).some((_, n) => { const x = actorAt(c, q.b + n); return !!x && (x.info.kind === 'country' || x.info.kind === 'nisba'); }))) return null;
      break;
    }
    // (past a date: أسقط مطلع نيسان/أبريل 2025 طائرة مسيّرة)
    case 'downed': if (!/^(و|ف)?(اسقط|اسقطت|اسقطوا|اسقطا)$/.test(c.norm[i]!) || !hasAny(c, AIRCRAFT, h.end, h.end + 4 + c.inDate.subarray(h.end, Math.min(c.n, h.end + 10)).reduce((n, x) => n + (x ? 1 : 0), 0), s)) return null; break;
    case 'loan': if (!c.quantities.some((q) => q.v.kind === 'money' && c.doc.tokenSentence[q.a] === s && q.a > i && q.a < h.end + 6) || supportVerb(c, i, clauseBack(c, i, sentenceStart(c, s)), s, S('قدم منح صرف اقرض ضخ وافق اعلن')) < 0 || hasAny(c, S('الاستهلاكيه استهلاكيه الاستهلاكي العقاريه السكنيه الشخصيه الائتمانيه'), h.end, h.end + 3, s)) return null; break;
    case 'closure': if (hasAny(c, PROTESTER, i - 3, h.end + 4, s) || hasAny(c, PROTEST_PURPOSE, h.end, h.end + 16, s)) return { ...t, type: 'PROTEST', mode: 'obstruct' };
      // (nominal: only as the act of a verb that carries it out or announces it: أعلنت إغلاق المعبر)
      if (h.nominal && supportVerb(c, i, clauseBack(c, i, sentenceStart(c, s)), s, ANNOUNCE_V) < 0 && supportVerb(c, i, clauseBack(c, i, sentenceStart(c, s)), s) < 0) return null;
      break;
    // (an execution by shooting; a verb joined by و whose armed subject opened the sentence: عناصر
    // مسلحة دخلت البلدة … وأعدمتهم رمياً بالرصاص)
    case 'armed': if (!(hasAny(c, ARMED, i + 1, h.end + 3, s) || hasAny(c, ARMED, i - 3, i, s) || hasAny(c, S('ميدانيا رميا'), i, h.end + 8, s) || (/^و/.test(c.norm[i]!) && hasAny(c, ARMED, sentenceStart(c, s), i, s)))) return null; break;
    case 'human': if (!(qNear(1) || concreteWord(c.norm[h.end] ?? '') || hasAny(c, S('سكين بسكين طعنات طعنه'), i, h.end + 5, s))) return null; break;
    // (players disputing a referee's call is sport: احتج لاعبو الزمالك على قرار الحكم)
    case 'crowd': if (!hasAny(c, CROWD, i - 4, i + 5, s)) return hasAny(c, SPORT, i - 15, h.end + 15, s) ? null : { ...t, type: 'ACCUSE', mode: 'disapprove' }; break;
    case 'people': if (hasAny(c, TROOP, i - 3, i + 4, s)) return { ...t, type: 'MOBILIZE', mode: 'troops' };
      if (!hasAny(c, PROTESTER, i - 3, h.end + 3, s) && !hasAny(c, PROTEST_PURPOSE_STRONG, h.end, h.end + 28, s) && hasAny(c, NOT_PROTEST_PURPOSE, h.end, h.end + 24, s)) return null;
      break;
    // (past a subject and a time or place phrase: ووقع وزيرا الخارجية في ختام المحادثات مذكرة تفاهم)
    // (past a subject of three parties and a day set off by commas: وقّع العراق والاتحاد الأوروبي
    // وألمانيا، يوم الثلاثاء، اتفاقاً)
    // (or a declaration signed: وقّعت «إعلان المبادئ»)
    // (past a long subject and a date: وقّع ممثلون عن الجيش … مساء أمس الجمعة في جدة اتفاقاً)
    // (or the agreement named right before, the verb's pronoun its object: اتفاق وقّعته أديس أبابا)
    // (or an agreement noun before the relative clause whose verb holds it by a pronoun: الاتفاق
    // الإطاري الذي كان البلدان قد وقّعاه)
    case 'agree': if (!h.nominal && /(ه|ها)$/.test(bareSurface(c, i)) && (() => { for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (RELATIVE_PRON.has(c.norm[k]!)) return hasAny(c, AGREE_W, k - 3, k, s); return false; })()) break;
      if (!hasAny(c, AGREE_W, i + 1, i + 13 + c.inDate.subarray(i + 1, Math.min(c.n, i + 16)).reduce((n, x) => n + (x ? 1 : 0), 0), s) && !hasAny(c, S('اعلان وثيقه ميثاق'), i + 1, i + 6, s) && !(hasAny(c, AGREE_W, i - 2, i, s) && /(ه|ها)$/.test(bareSurface(c, i)))) return null; break;
    // (or hit by a weapon: أُصيبت سفينة تجارية بصاروخ)
    case 'injure': if (!(hasAny(c, INJURE, i + 1, i + 4, s) || qNear(3) || isDual(c.norm[h.end] ?? '') || c.norm.slice(i + 1, i + 8).some((w) => /^ب(صاروخ|قذيف|قذائف|رصاص|طائره|مسيره|عبوه|قنبله|شظايا|نيران|طلق)/.test(w)))) return null; break;
    // (or battles between or with armed parties: المعارك بين الجيش السوداني وقوات الدعم السريع)
    // (فجّر with a verb's ending or prefix is no dawn: فجروا، يفجرون)
    // (or bulldozers that did it: جرافات عسكرية إسرائيلية دمّرت أجزاء من الشارع)
    // (or a ship struck: استهدفت فجر اليوم ناقلة النفط …)
    case 'violent': if (!hasAny(c, VIOLENT, i - 8, i + 10, s) && !hasAny(c, S('ناقله ناقلات سفينه سفن السفينه الناقله قارب مدمره فرقاطه'), h.end, h.end + 5, s) && !hasAny(c, S('جرافات الجرافات جرافه الجرافه'), i - 5, i, s) && !armedSides(c, h.end, s) && !(t.words[0] === 'فجر' && /^(و|ف)?((ي|ت|س)فجر|فجر(وا|ت|تا|ا|ها|هما))/.test(c.norm[i]!))) return null; break;
    // (or the weapon that did it: إصابة صحفي فلسطيني برصاص مطاطي)
    case 'casualty': if (!(qNear(2) || isDual(c.norm[h.end] ?? '') || hasAny(c, CASUAL_CUE, i - 3, i, s) || c.norm.slice(i + 1, i + 5).some((w) => /^ب(رصاص|نيران|قذيف|قذائف|صاروخ|شظايا|طلق|غاره|قصف)/.test(w)))) return null; break;
    case 'aid': if (!c.quantities.some((q) => q.v.kind === 'money' && c.doc.tokenSentence[q.a] === s && q.a > i - 4 && q.a < h.end + 6)) return null; break;
    // an aid noun is reported when it is the object of announcing, deciding or starting (أعلنت
    // السعودية تقديم مساعدات، بدأت إرسال مساعدات), not as a purpose or an instruction (لتقديم
    // المساعدات، توجيهات بتقديم المساعدات)
    // (or of a decision named as a noun before it: قرار الرئيس، في 20 تشرين الأول، العفو عن …)
    case 'announced': {
      const sa0 = sentenceStart(c, s);
      const decided = hasAny(c, S('قرار بقرار قرارا قراره'), Math.max(sa0, i - 16), i - 1, s);
      // (or with the one who announced it in a relative clause after it: قطيعة أعلنتها الجزائر)
      const relAnnounced = h.end < c.n && /(ها|ه)$/.test(c.norm[h.end]!) && verbAt(c, ANNOUNCE_V, h.end, h.end + 1, s) === h.end;
      if (!decided && !relAnnounced && ((/^(و|ف)?(ب|ل)/.test(c.norm[i]!) && !/^(و|ف)?ال/.test(c.norm[i]!)) || supportVerb(c, i, clauseBack(c, i, sa0), s, ANNOUNCE_V) < 0)) return null;
      break;
    }
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
      // (a truce ended, broken or violated is no truce reached: إنهاء التزامها بوقف إطلاق النار)
      if (hasAny(c, S('انهاء انهيار خرق خروقات انتهاك انتهاكات التزامها التزامه'), i - 4, i, s)) return null;
      const sa0 = sentenceStart(c, s);
      const cb0 = clauseBack(c, i, sa0, 10);
      if (verbAt(c, TRUCE_V, cb0, i, s) < 0 && verbAt(c, TRUCE_AFTER_V, h.end, Math.min(h.end + 3, c.n), s) < 0) return null;
      break;
    }
    case 'sentence': if (!hasAny(c, SENTENCE_W, h.end, h.end + 20, s)) return null; break;
    case 'building': if (!hasAny(c, BUILDING, h.end, h.end + 5, s)) return null; break;
    // (after a comma, not a quotation mark or a bracket: «…» والمتهم بـ، (431) متهماً; and متهم
    // with بـ right after it is "accused of", not accusing: ضبط عدد من الأشخاص، متهمين بالتورط)
    // (heading to a capital or a state is a visit: يتوجه وزير الخارجية السعودي إلى الجزائر والرباط)
    // (by an official or a delegation, told as a verb: fighters heading to Syria pay no visit)
    // (soldiers counted right before the verb, or forces right after it: 1100 جندي مصري سيصلون،
    // وصلت قوات مصرية)
    case 'troopsubj': if (!troopSubject(c, h, s)) return null; break;
    // (a claim is an accusation only when what is claimed names another party: وزعم الجيش
    // الإسرائيلي في بيان أن القتيلين عنصران في «قوة الرضوان» التابعة لـ«حزب الله»)
    case 'claimparty': if (claimedParty(c, h, s) < 0) return null; break;
    case 'visitto': { const k = (h.parts.length ? h.parts[h.parts.length - 1]! : h.end - 1) + 1; const x = k < c.n ? actorAt(c, k) : null;
      // (forces arriving somewhere are deployed: وصلت قوات مصرية إلى مقديشو)
      if (t.words[0] === 'وصل' && !h.nominal && troopSubject(c, h, s)) return { ...t, type: 'MOBILIZE', mode: 'troops', context: ['military'], gate: null };
      if (h.nominal || !x || x.a !== k || (x.info.kind !== 'capital' && x.info.kind !== 'country')) return null;
      if (!c.norm.slice(Math.max(0, i - 4), k).some((w) => /^(و)?(ال)?(وزير|وزيره|رئيس|رئيسه|وفد|مبعوث|المبعوث|امين|ملك|امير|سفير|نائب|ولي|مستشار|قائد)$/.test(w))) return null; break; }
    // (not accepting or allowing, said with لن / لا / لم: لن تقبل بأي اتفاق، لا تسمح بـ)
    case 'refusal2': if (!/^(و|ف)?لن$/.test(c.norm[i - 1] ?? '') || !h.imperfect) return null; return { ...t, gate: 'refusal' };
    case 'ship': if (!hasAny(c, S('سفينه سفينتي سفينتين سفن السفن السفينه ناقله ناقلات الناقله قارب قوارب زورق زوارق مركب مراكب باخره'), h.end, h.end + 10, s)) return null; break;
    // (holding someone responsible, محمّلين الأجهزة الأمنية مسؤولية …; a truck محمّلة بالأسلحة is loaded)
    case 'participle': if (/^(و)?محمل/.test(c.norm[i]!) && !c.norm.slice(h.end, h.end + 10).some((w) => /مسؤولي/.test(w))) return null;
      if (!(i > 0 && isPunct(c, i - 1) && !isQuote(c, i - 1) && c.norm[i - 1] !== ')' && c.norm[i - 1] !== '(') || /^(و|ف)?ال/.test(c.norm[i]!) || (t.type === 'ACCUSE' && /^ب/.test(c.norm[h.end] ?? ''))) return null; break;
    // (a court's verdict told with أصدر: أصدرت المحكمة حكماً بحبس …، حكم أصدرته المحكمة أمس بحبس …)
    // (a verdict named after the verb with its sentence, حكماً بالسجن, is its own trigger)
    case 'verdict': if (!hasAny(c, S('حكم حكما احكام احكاما حكمه حكمها'), i - 2, h.end + 3, s) || !hasAny(c, SENTENCE_W, h.end, h.end + 14, s)) return null;
      for (let k = h.end; k < h.end + 3; k++) if (/^(حكم|حكما|احكام|احكاما)$/.test(c.norm[k] ?? '') && SENTENCE_W.has(c.norm[k + 1] ?? '')) return null;
      break;
    // (not backing down, لن تتراجع عن …، لم يتراجع عن قراره, is a refusal; backing down is no event here)
    // (with عن, what is not given up: prices that do not fall, لا تتراجع الإيجارات, are no refusal)
    case 'refusal': if (!NEG.has(stripConj(c.norm[i - 1] ?? '')) || !c.norm.slice(h.end, h.end + 3).some((w, n) => w === 'عن' && c.norm.slice(h.end, h.end + n).every((x) => x === '"'))) return null;
      if (!h.imperfect && !/^(و|ف)?لم$/.test(c.norm[i - 1] ?? '')) return null; break;
    // (shells fired from somewhere fell: قذائف أُطلقت من الجانب اللبناني سقطت في محيط القصير)
    case 'projectile': { const cb = clauseBack(c, i, sentenceStart(c, s), 8); if (!hasAny(c, S('قذائف قذيفه صواريخ صاروخ'), cb, i, s) || hasAny(c, S('صاروخ صواريخ قذيفه قذائف'), h.end, h.end + 2, s)) return null; break; }
    // dispersing a crowd is violence only with force named (فرّقت قوات الأمن المتظاهرين بالهراوات)
    // (or the means told with a participle of using later in the sentence: …، مستخدمةً الهراوات)
    case 'force': if (!hasAny(c, FORCE_MEANS, h.end, h.end + 6, s) && !(hasAny(c, S('مستخدمه مستخدمين مستخدما مستعمله مستعملين'), h.end, h.end + 34, s) && hasAny(c, S('الهراوات الغاز الرصاص العصي خراطيم القنابل هراوات'), h.end, h.end + 38, s))) return null; break;
    case 'support': {
      // after a comma, مطالبة and دعوة with no article are the feminine participle (…، مطالبةً أنقرة
      // بسحب قواتها): the clause's subject asks
      if (i > 0 && isPunct(c, i - 1) && c.norm[i - 1] === ',' && h.end === i + 1 && /^(و)?(مطالبه|داعيه)$/.test(c.norm[i]!)) return { ...t, gate: 'participle' };
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
      if (/(ها|ه|هم)$/.test(bareSurface(c, k))) return { ...t, type: 'SANCTION', mode: 'discontinue' };
      break;
    }
    case 'troopcount': if (!(hasAny(c, TROOP_NOUN, i + 1, h.end + 3, s) || c.quantities.some((q) => q.v.unit === 'soldier' && q.a > i && q.a < i + 6))) return null; break;
  }
  // an event noun with a possessive (زيارته، إدانته، دعوتها) names an event known from elsewhere
  // (خلال زيارته، بعد إدانته): it is reported here only when a support or continuation verb
  // carries it (جددت دعوتها، أعربت عن إدانتها، واصلوا إضرابهم)
  if (h.nominal && t.gate !== 'participle' && /[^ا]ت(ه|ها|هم|هما)$/.test(c.norm[i]!)) {
    const cb0 = clauseBack(c, i, sentenceStart(c, s));
    // (or a crowd's going out or taking part in it: خرج طلاب الجامعات في مسيرتهم الأسبوعية)
    if (supportVerb(c, i, cb0, s) < 0 && supportVerb(c, i, cb0, s, CONTINUE_V) < 0 && !(t.type === 'PROTEST' && c.norm[i - 1] === 'في' && verbAt(c, S('خرج شارك'), Math.max(cb0, i - 8), i, s) >= 0)) return null;
  }
  // a prayer is no request (دعا الله أن، داعيا الله عز وجل)
  // (lives claimed by an act named before, by a pronoun, tell of that act: غارات … قالت إنها أودت بحياة تسعة)
  if (t.words[0] === 'اودي' && /^(و|ف)?(ب)?(ان|انه|انها|انهم|انهن)$/.test(c.norm[i - 1] ?? '')) return null;
  // (not الله in a name: حزب الله، أنصار الله، جند الله)
  if (t.type === 'REQUEST' && (() => { for (let k = h.end; k < Math.min(c.n, h.end + 7) && c.doc.tokenSentence[k] === s; k++) if (GOD.has(c.norm[k]!) && !/^(و)?(حزب|انصار|جند|حزبي|عبد)$/.test(c.norm[k - 1] ?? '')) return true; return false; })()) return null;
  // a conviction proven or not (من لا تثبت إدانته، بعد ثبوت إدانتهم) is a court's, no condemnation
  if (t.type === 'ACCUSE' && /^(و|ب|ل)?(ادانت|ادانه)/.test(c.norm[i]!) && /^(ثبت|تثبت|يثبت|ثبوت|بثبوت|لثبوت|عدم)$/.test(c.norm[i - 1] ?? '')) return null;
  // طائرة مسيّرة is a drone, not a march
  if (t.type === 'PROTEST' && i > 0 && /طائر/.test(c.norm[i - 1]!)) return null;
  if (t.type === 'ASSAULT') {
    const sent = c.doc.sentences[s]!;
    const [a, b] = tokenRangeOf(c.doc, sent.start, sent.end);
    // (or a team's attack that fails to get through the other's defence: هجوم ريال مدريد يفشل في
    // اختراق دفاع أتلتيكو)
    if (sportIn(c, SPORT, SPORT_AMBIGUOUS, a, b, s) || (hasAny(c, S('اختراق'), a, b, s) && hasAny(c, S('دفاع'), a, b, s) && !hasAny(c, ARMED, a, b, s))) return null;
    if (hasAny(c, HIST, i - 2, i, s)) return null;
    // (an attack claimed, وتبنّى التنظيم الهجوم، وتبنّيه تفجيراً, is a physical one, never a verbal one)
    const claimed = hasAny(c, S('تبني تبنيه تبنيها'), Math.max(a, i - 4), i, s) || verbAt(c, S('تبني'), Math.max(a, i - 4), i, s) >= 0;
    if (!claimed && (t.words[0] === 'هاجم' || t.words[0] === 'هجوم' || t.words[0] === 'شن') && hasAny(c, SPEECH_CTX, a, b, s) && !hasAny(c, PHYS, a, b, s)) {
      return { ...t, type: 'ACCUSE', mode: 'disapprove' };
    }
    // هاجم with no armed party, weapon, casualty or physical word near is a verbal attack
    // (an armed group named beside شنّ is armed: شنت جماعة الحوثي هجوماً)
    if (!claimed && (t.words[0] === 'هاجم' || t.words[0] === 'شن') && !hasAny(c, ARMED, i - 3, h.end + 3, s) && !(t.words[0] === 'شن' && armedGroupIn(c, Math.max(a, i - 3), Math.min(b, h.end + 3))) && !hasAny(c, PHYS, a, b, s) && !hasAny(c, WEAPON_CTX, a, b, s) && !qNear(6) && !hasAny(c, PHYS_TARGET, h.end, h.end + 6, s)) {
      return { ...t, type: 'ACCUSE', mode: 'disapprove' };
    }
    // an attack on a website or a network is a cyber operation (COERCE/cyber)
    if (hasAny(c, CYBER, i - 2, h.end + 4, s)) return { ...t, type: 'COERCE', mode: 'cyber' };
  }
  return t;
}

/**
 * The support verb that governs the event noun at i (أجرى الوزير محادثات، جددت مصر دعوتها،
 * أعربت عن إدانتها، قام بزيارة): a verb of `set` at most eight words back in the clause, the noun
 * its object — not after a preposition or a time word (خلال زيارته، بعد إدانته), save عن / على
 * after the verbs that take them, and with a joined ب only after قام. -1 when there is none.
 */
export function supportVerb(c: Ctx, i: number, cb: number, s: number, set: Set<string> = SUPPORT_V): number {
  // (a round of it is what the verb governs: اختتم الوفدان جولة ثانية من المحادثات)
  if (c.norm[i - 1] === 'من') for (const k of [i - 2, i - 3]) if (k > cb && /^(جوله|جولات|سلسله|دوره)$/.test(c.norm[k]!)) return supportVerb(c, k, cb, s, set);
  // (the clause may reach back past commas that only set off a date)
  let lo = cb;
  // (and past an opening quotation mark: أعربت بغداد عن "استيائها البالغ")
  while (lo > 0 && lo > i - 8 && isPunct(c, lo - 1) && ((c.norm[lo - 1] === ',' && !clauseBreakBesideDates(c, lo - 1, lo)) || isQuote(c, lo - 1))) { lo = clauseBack(c, lo - 1, 0); }
  let v = verbAt(c, set, Math.max(lo, i - 8), i, s);
  // (the subject and the verb may stand before a date set off by commas: أصدر رئيس الجمهورية
  // قيس سعيّد، مساء الثلاثاء، عفواً خاصاً)
  if (v < 0) {
    let k = i;
    while (k > lo && (c.inDate[k - 1] || TIME_OF_DAY.has(stripConj(c.norm[k - 1]!)) || (isPunct(c, k - 1) && c.norm[k - 1] === ','))) k--;
    if (k < i - 1 && c.inDate.subarray(k, i).some((x) => x > 0)) v = verbAt(c, set, Math.max(lo, k - 8), k, s);
  }
  if (v < 0 || clauseBreakBesideDates(c, v + 1, i)) return -1;
  const p = c.norm[i - 1] ?? '';
  if (i - 1 > v && (PREP_BEFORE.has(p) || TIME_PREP.has(p)) && p !== 'عن' && p !== 'علي') return -1;
  if (/^(و|ف)?(ب|ل)/.test(c.norm[i]!) && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[i]!) && !vc(c, v).cores.some((x) => x === 'قام' || x === 'رد')) return -1;
  // رد carries the act it answers with (رد الجيش بقصف), not what it answers (ردا على الهجوم)
  if (vc(c, v).cores.includes('رد') && !/^(و|ف)?ب/.test(c.norm[i]!)) return -1;
  return v;
}
