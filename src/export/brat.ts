// brat standoff export: DOC.txt (the text, unchanged) and DOC.ann with entities (T), events
// (T trigger + E with roles), attributes (status, mode, negation) and notes (canonical ids,
// the `why`). brat counts offsets in code points, not UTF-16 units, so offsets are converted;
// a span that crosses a line break becomes a discontinuous span (brat forbids newlines).

import { EVENT_TYPES, type RasdRecord, type Span } from '../schema.js';

/** UTF-16 index → code-point index (identity when the text has no astral characters). */
function codePointMapper(text: string): (i: number) => number {
  if (!/[\ud800-\udfff]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { map[++i] = cp; }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

/** "start end[;start end…]" and the matching text, split around line breaks. */
function fragments(text: string, s: Span, cp: (i: number) => number): { offsets: string; text: string } | null {
  const parts: string[] = [];
  const texts: string[] = [];
  const local = /[\r\n\u2028\u2029\u0085]+/g;
  let a = s.start;
  const piece = text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  while ((m = local.exec(piece))) {
    const b = s.start + m.index;
    if (b > a) { parts.push(`${cp(a)} ${cp(b)}`); texts.push(text.slice(a, b)); }
    a = b + m[0].length;
  }
  if (s.end > a) { parts.push(`${cp(a)} ${cp(s.end)}`); texts.push(text.slice(a, s.end)); }
  if (!parts.length) return null;
  return { offsets: parts.join(';'), text: texts.join(' ').replace(/\t/g, ' ') };
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

const ROLE = { actor: 'Actor', recipient: 'Recipient', location: 'Location' } as const;

/** The .ann file for one record. */
export function toBratAnn(record: RasdRecord): string {
  const text = record.text;
  const cp = codePointMapper(text);
  const lines: string[] = [];
  let t = 0, e = 0, a = 0, n = 0;
  const byEntity = new Map<string, string>();
  const bySpan = new Map<string, string>();

  const textBound = (type: string, span: Span): string | null => {
    const key = `${type}:${span.start}:${span.end}`;
    const known = bySpan.get(key);
    if (known) return known;
    const f = fragments(text, span, cp);
    if (!f) return null;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${f.offsets}\t${f.text}`);
    bySpan.set(key, id);
    return id;
  };

  for (const ent of record.entities) {
    const id = textBound(ent.type, ent);
    if (!id) continue;
    byEntity.set(ent.id, id);
    const c = ent.canonical;
    if (c) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${oneLine([c.id, c.name, c.country ?? '', c.sector ?? ''].filter(Boolean).join(' '))}`);
  }

  for (const ev of record.events) {
    const trig = textBound(ev.type, ev.trigger);
    if (!trig) continue;
    const args: string[] = [`${ev.type}:${trig}`];
    const used = new Map<string, number>();
    const addArg = (role: string, id: string | null) => {
      if (!id) return;
      const k = (used.get(role) ?? 0) + 1;
      used.set(role, k);
      args.push(`${k === 1 ? role : role + k}:${id}`);
    };
    for (const key of ['actor', 'recipient', 'location'] as const) {
      for (const arg of ev[key]) addArg(ROLE[key], (arg.entity && byEntity.get(arg.entity)) || textBound('Mention', arg));
    }
    if (ev.time) addArg('Time', textBound('Time', ev.time));
    for (const m of ev.magnitude) addArg('Magnitude', textBound('Magnitude', m));
    if (ev.source) addArg('Source', (ev.source.entity && byEntity.get(ev.source.entity)) || textBound('Source', ev.source));
    const eid = `E${++e}`;
    lines.push(`${eid}\t${args.join(' ')}`);
    lines.push(`A${++a}\tStatus ${eid} ${ev.status}`);
    if (ev.mode) lines.push(`A${++a}\tMode ${eid} ${ev.mode.replace(/\s+/g, '_')}`);
    if (ev.negated) lines.push(`A${++a}\tNegated ${eid}`);
    if (ev.why) lines.push(`#${++n}\tAnnotatorNotes ${eid}\t${oneLine(ev.why)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** annotation.conf for a folder of exported documents, so brat knows the types. */
export function bratAnnotationConf(): string {
  const arg = 'Actor*:GPE|ORG|PER|LOC|FAC|MISC|Mention, Recipient*:GPE|ORG|PER|LOC|FAC|MISC|Mention, ' +
    'Location*:GPE|LOC|FAC|ORG|MISC|Mention, Time?:Time, Magnitude*:Magnitude, Source?:GPE|ORG|PER|MISC|Mention|Source';
  return [
    '[entities]', 'PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC', 'Mention', 'Time', 'Magnitude', 'Source', '',
    '[relations]', '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>', '',
    '[events]', ...EVENT_TYPES.map((ty) => `${ty}\t${arg}`), '',
    '[attributes]',
    'Status\tArg:<EVENT>, Value:asserted|reported|estimated|planned|hypothetical|denied',
    'Negated\tArg:<EVENT>',
    'Mode\tArg:<EVENT>, Value:' + MODES.join('|'),
    '',
  ].join('\n');
}

// PLOVER modes (EVENTS.md), for annotation.conf.
const MODES = [
  'visit', 'third-party', 'multilateral', 'phone', 'withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign',
  'assist', 'change', 'yield', 'meet', 'disapprove', 'investigate', 'allege', 'restrict', 'arrest', 'relations', 'expel',
  'territory', 'violence', 'demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize', 'convict',
  'discontinue', 'troops', 'weapons', 'police', 'militia', 'seize', 'censor', 'curfew', 'martial-law', 'deport',
  'withhold', 'misinformation', 'cyber', 'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive',
  'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional',
];
