// Events layer: speech acts, whose speakers are sources (قال، أعلن، نفى، وفق).
// See docs/events.md for the rules.

import { ACCORDING, COMP, DEFINITE, S, SAY_PARTICIPLE, SPEECH } from './words.js';
import { type Ctx, hasAny, isPunct, isWord, nc, stripConj, vc } from './context.js';
import { codeRange, npEnd } from './phrases.js';
import { mk } from './index.js';

// ---------------------------------------------------------------- attribution
export interface Speech { at: number; a: number; b: number; scopeFrom: number; kind: string; text: string; start: number; end: number; entity: string | null; denial: boolean }

export function sourceKind(c: Ctx, a: number, b: number): string {
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
export function speakerEnd(c: Ctx, j: number, e: number, nounTrig: ReadonlySet<number>): number {
  for (let k = j + 1; k < e; k++) {
    if (nounTrig.has(k) && !/^(و|ف)?(ب|ل|ك)?ال/.test(c.norm[k]!) && /^(و|ف)?ال/.test(c.norm[k - 1]!)) return k;
  }
  return e;
}

export function speechesOf(c: Ctx, a: number, b: number, prev: Speech | null, nounTrig: ReadonlySet<number>): Speech[] {
  const out: Speech[] = [];
  for (let i = a; i < b; i++) {
    const w = stripConj(c.norm[i]!);
    let isSpeech = false, denial = false;
    if (c.doc.kinds[i] === 'word' && !DEFINITE.test(c.norm[i]!)) for (const core of vc(c, i).cores) if (SPEECH.has(core)) { isSpeech = true; denial = core === 'نفي'; break; }
    // a participle of denial (…، نافيا أن تكون الأجهزة اعتقلت أحدا) denies with the sentence's speaker
    if (/^(و)?نافي(ا|ه|ين)?$/.test(c.norm[i]!)) { isSpeech = true; denial = true; }
    // a participle of saying before أنّ (…، مشيراً إلى أن وحداته صدّت هجوماً، مؤكداً أن …) reports
    // in the words of the clause's subject: the sentence's speaker, else the subject of its first verb
    if (i > a && SAY_PARTICIPLE.test(c.norm[i]!) && (COMP.has(c.norm[i + 1] ?? '') || (c.norm[i + 1] === 'الي' && COMP.has(c.norm[i + 2] ?? '')))) {
      const from = c.norm[i + 1] === 'الي' ? i + 3 : i + 2;
      // (a feminine participle after a feminine subject of a later verb goes with that subject, not
      // with a masculine speaker before it: وقال الناطق …، فيما قدّرت المديرية العامة للأمن الوطني
      // عددهم …، مؤكدةً أنها أوقفت 27 منهم)
      const fem = /ه$/.test(c.norm[i]!);
      if (out.length && fem && !/(ه|ات)$/.test(stripConj(c.norm[out[out.length - 1]!.a]!))) {
        let own: [number, number] | null = null;
        for (let k = i - 1; k > out[out.length - 1]!.b; k--) {
          if (!/^(و|ف)?(ت|ا)?.{2,}ت$/.test(c.norm[k]!) || !vc(c, k).cores.length || codeRange(c, k, k + 1)) continue;
          const e = Math.min(npEnd(c, k + 1, 5), i);
          if (e > k + 1 && codeRange(c, k + 1, e) && /(ه|ات)$/.test(stripConj(c.norm[k + 1]!))) { own = [k + 1, e]; break; }
        }
        if (own) { out.push({ ...mk(c, i, own[0], own[1], false), scopeFrom: from }); continue; }
      }
      if (out.length) { out.push({ ...out[out.length - 1]!, at: i, scopeFrom: from, denial: false }); continue; }
      const fs = firstSubject(c, a, i, false);
      if (fs) out.push({ ...mk(c, i, fs[0], fs[1], false), scopeFrom: from });
      continue;
    }
    if (isSpeech && !/^(ب|ل)?ال/.test(c.norm[i]!)) {
      let j = i + 1;
      while (j < b && (isPunct(c, j) || c.dates.some((d) => d.a === j))) { const d = c.dates.find((x) => x.a === j); j = d ? d.b : j + 1; }
      // (a speaker before the verb with the act named as a noun right after it: الجيش السوداني ينفي
      // قصف مخيم زمزم — the speaker denies the shelling)
      if (j < b && (nounTrig.has(j) || (denial && isWord(c, j) && !/^(و|ف)?ال/.test(c.norm[j]!) && !COMP.has(c.norm[j]!))) && i > a) {
        let k = i - 1;
        while (k > a && k > i - 5 && isWord(c, k - 1) && !isPunct(c, k - 1)) k--;
        while (k < i && !codeRange(c, k, i)) k++;
        if (k < i) { out.push({ ...mk(c, i, k, i, denial), scopeFrom: i + 1 }); continue; }
      }
      // ("any …" after a denial is what is denied, not who denies: نفى أي علاقة لقواته)
      const e = j < b && !COMP.has(c.norm[j]!) && !/^(و)?(اي|ايه)$/.test(c.norm[j]!) ? speakerEnd(c, j, npEnd(c, j, 4), nounTrig) : j;
      if (e > j && (codeRange(c, j, e) || hasAny(c, S('مصادر مصدر مسؤول وكاله صحيفه المتحدث متحدث'), j, e, c.doc.tokenSentence[i]!))) {
        out.push(mk(c, i, j, e, denial));
      } else if (e > j && !c.doc.kinds[j]?.startsWith('num') && isWord(c, j)) {
        out.push(mk(c, i, j, e, denial));
      } else if (!out.length && (COMP.has(c.norm[j] ?? '') || j >= b || !isWord(c, j)) && speakerBefore(c, a, i)) {
        // (a speaker named before the verb, SVO: لكن الناطق باسم الحكومة قال إن …)
        const sv = speakerBefore(c, a, i)!;
        out.push({ ...mk(c, i, sv[0], sv[1], denial), scopeFrom: i + 1 });
      } else if ((out.length || prev) && (COMP.has(c.norm[j] ?? '') || j >= b || !isWord(c, j) || out.some((x) => x.denial) !== denial)) {
        // (and a speech verb after a denial, past an adverb, ends the denial: نفت الوزارة أن …، ثم
        // أعلنت بعد ساعات طرد الملحق العسكري)
        // a speech verb without its subject: this sentence's speaker before it, else the last
        // sentence's (أعلنت القيادة … اعتقال 23 شخصا قالت إنهم …)
        // (or, in a sentence that opened with another verb, that verb's subject: رحّب المتحدث باسم
        // الحكومة الجيبوتية …، وقال إن بلاده …)
        const fs = out.length ? null : firstSubject(c, a, i, true);
        if (fs && /^و/.test(c.norm[i]!)) out.push({ ...mk(c, i, fs[0], fs[1], denial), scopeFrom: i + 1 });
        else if (out.length || prev) out.push({ ...(out.length ? out[out.length - 1]! : prev!), at: i, scopeFrom: i + 1, denial });
      }
      i = Math.max(i, e - 1);
    } else if (ACCORDING.has(w) || ACCORDING.has(c.norm[i]!) || (w === 'نقلا')) {
      let j = i + 1;
      if (c.norm[j] === 'عن' || c.norm[j] === 'ل') j++;
      // بحسب ما أفادت لجنة …، وفقا لما ذكره مصدر …: the speaker follows the verb
      if ((c.norm[j] === 'ما' || c.norm[j] === 'لما') && vc(c, j + 1).cores.some((x) => SPEECH.has(x))) j += 2;
      const nw = c.norm[j] ?? '';
      const j0 = j;
      const e = npEnd(c, j0, 4);
      // (according to an agreement, a law or a rule is no one's word: وفق الاتفاقات الثنائية، وفقاً للقانون)
      if (e > j0 && !/^(و)?(ال|لل|ل)?(اتفاق|اتفاقات|اتفاقيه|اتفاقيات|قانون|قوانين|دستور|قواعد|قرار|قرارات|نظام|انظمه|اصول|اجراءات|تعليمات|بروتوكول|معايير|شروط|خطه|برنامج|جدول)$/.test(c.norm[j0]!)) out.push({ ...mk(c, i, j0, e, false), scopeFrom: a });
      void nw;
    }
  }
  return out;
}

/** A speaker right before an unprefixed speech verb, opening its sentence or after لكن / ثم
 *  (لكن الناطق باسم الحكومة قال إن …): a coded phrase or a spokesperson that runs up to the verb. */
function speakerBefore(c: Ctx, a: number, i: number): [number, number] | null {
  if (/^(و|ف)/.test(c.norm[i]!) && !/^(وصف|وضح|وعد)/.test(c.norm[i]!)) return null;
  let k = a;
  while (k < i && /^(و)?(لكن|ثم|بينما|فيما|اما)$/.test(c.norm[k]!)) k++;
  if (k >= i || i - k > 8) return null;
  for (let j = k; j < i; j++) if (!isWord(c, j)) return null;
  const e = npEnd(c, k, 8);
  if (e !== i) return null;
  return codeRange(c, k, i) || hasAny(c, S('المتحدث الناطق متحدث ناطق مصدر مصادر مسؤول المسؤول'), k, i, c.doc.tokenSentence[i]!) ? [k, i] : null;
}

/** The coded subject of the verb that opens the sentence [a, …) before token i, as [start, end),
 *  or null; `pastLead` reads past a lead adverbial set off by a comma (في المقابل، رحّب المتحدث …). */
function firstSubject(c: Ctx, a: number, i: number, pastLead: boolean): [number, number] | null {
  for (let k = a + 1; k < i; k++) {
    if (isPunct(c, k)) { if (pastLead && k - a <= 3) continue; break; }
    if (!codeRange(c, k, k + 1) || /^(و|ف)?(ب|ل)/.test(c.norm[k]!) && !/^(و|ف)?ال/.test(c.norm[k]!)) continue;
    const e = Math.min(npEnd(c, k, 4), i);
    return e > k ? [k, e] : null;
  }
  return null;
}
