// Calendar arithmetic for dates: UTC day numbers, ISO weeks, Hijri → Gregorian.

/** A date known to some precision: a year, a month of a year, a day, or an ISO week. */
export interface PartialDate { y: number; m?: number; d?: number; w?: number }

const DAY = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD (already checked by analyze's checkDate). */
export function parseIso(s: string | null): PartialDate | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const out: PartialDate = { y: Number(m[1]) };
  if (m[2]) out.m = Number(m[2]);
  if (m[3]) out.d = Number(m[3]);
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 text keeping only the known precision. */
export function formatDate(p: PartialDate): string {
  if (p.w !== undefined) return `${pad(p.y, 4)}-W${pad(p.w)}`;
  if (p.m === undefined) return pad(p.y, 4);
  if (p.d === undefined) return `${pad(p.y, 4)}-${pad(p.m)}`;
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Adds days to a full date. */
export function addDays(p: PartialDate, n: number): PartialDate {
  const t = new Date(Date.UTC(p.y, p.m! - 1, p.d!) + n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds months to a year-month. */
export function addMonths(p: PartialDate, n: number): PartialDate {
  const k = p.y * 12 + (p.m! - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(p: PartialDate): number {
  return new Date(Date.UTC(p.y, p.m! - 1, p.d!)).getUTCDay();
}

/** The ISO 8601 week (year and week number) of a full date. */
export function isoWeek(p: PartialDate): PartialDate {
  const t = new Date(Date.UTC(p.y, p.m! - 1, p.d!));
  const dow = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dow + 3); // the Thursday of this week decides the year
  const y = t.getUTCFullYear();
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const w = 1 + Math.round(((t.getTime() - jan4.getTime()) / DAY - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return { y, w };
}

let umalqura: Intl.DateTimeFormat | null | undefined;
function hijriOf(ms: number): [number, number, number] | null {
  if (umalqura === undefined) {
    try {
      umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch { umalqura = null; }
  }
  if (!umalqura) return null;
  let y = 0, m = 0, d = 0;
  for (const part of umalqura.formatToParts(new Date(ms))) {
    if (part.type === 'year') y = parseInt(part.value, 10);
    else if (part.type === 'month') m = parseInt(part.value, 10);
    else if (part.type === 'day') d = parseInt(part.value, 10);
  }
  return [y, m, d];
}

/**
 * Hijri (year, month, day) → Gregorian full date. The arithmetic (tabular) calendar gives a
 * first estimate; the Umm al-Qura calendar of the runtime's ICU, where it covers the date,
 * moves it by up to two days to the official reckoning.
 */
export function hijriToGregorian(hy: number, hm: number, hd: number): PartialDate | null {
  if (hy < 1 || hy > 2000 || hm < 1 || hm > 12 || hd < 1 || hd > 30) return null;
  const jdn = hd + Math.ceil(29.5 * (hm - 1)) + (hy - 1) * 354 + Math.floor((3 + 11 * hy) / 30) + 1948439;
  const ms = (jdn - 2440588) * DAY; // 2440588 = JDN of 1970-01-01
  let best = ms;
  if (hy >= 1300 && hy <= 1600) {
    for (const delta of [0, -1, 1, -2, 2]) {
      const h = hijriOf(ms + delta * DAY);
      if (h && h[0] === hy && h[1] === hm && h[2] === hd) { best = ms + delta * DAY; break; }
    }
  }
  const t = new Date(best);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The Gregorian first and last day of a Hijri month (or of a Hijri year when hm is undefined). */
export function hijriSpan(hy: number, hm?: number): [PartialDate, PartialDate] | null {
  const first = hijriToGregorian(hy, hm ?? 1, 1);
  const next = hm === undefined || hm === 12 ? hijriToGregorian(hy + 1, 1, 1) : hijriToGregorian(hy, hm + 1, 1);
  if (!first || !next) return null;
  return [first, addDays(next, -1)];
}
