// The readable summary printed by `rasd analyze FILE` (the default format).

import type { Argument, RasdRecord } from '../schema.js';

const args = (xs: Argument[]): string =>
  xs.length ? xs.map((a) => a.canonical ? `${a.text} [${[a.canonical.country, a.canonical.sector].filter(Boolean).join(' ') || a.canonical.name}]` : a.text).join(' + ') : '—';

export function formatSummary(r: RasdRecord): string {
  const lines: string[] = [];
  if (r.id !== undefined) lines.push(`# ${r.id}`);
  lines.push(`${r.sentences.length} sentences, ${r.tokens.length} tokens, ${r.entities.length} entities, ${r.values.length} values, ${r.events.length} events` +
    (r.documentDate ? ` (document date ${r.documentDate})` : ''));
  for (const w of r.warnings) lines.push(`warning ${w.code}: ${w.message}`);
  if (r.events.length) {
    lines.push('', 'Events:');
    for (const e of r.events) {
      lines.push(`  ${e.id} ${e.type}${e.mode ? '/' + e.mode : ''} «${e.trigger.text}» (sentence ${e.sentence + 1}, ${e.status}${e.negated ? ', negated' : ''}, ${e.confidence.toFixed(2)})`);
      lines.push(`     actor: ${args(e.actor)}   recipient: ${args(e.recipient)}   location: ${args(e.location)}`);
      const extra: string[] = [];
      if (e.time) extra.push(`time: ${e.time.text} → ${e.time.value ?? '?'}`);
      for (const m of e.magnitude) extra.push(`${m.kind}: ${m.value ?? '?'}${m.approx ? ' (approx)' : ''}`);
      if (e.source) extra.push(`source: ${e.source.text}`);
      if (extra.length) lines.push(`     ${extra.join('   ')}`);
      lines.push(`     why: ${e.why}`);
    }
  }
  if (r.entities.length) {
    lines.push('', 'Entities:');
    for (const m of r.entities) {
      const c = m.canonical;
      lines.push(`  ${m.type.padEnd(4)} ${m.text}${c ? `  → ${c.name}${c.country ? ' ' + c.country : ''}${c.sector ? ' ' + c.sector : ''}` : ''}`);
    }
  }
  if (r.values.length) {
    lines.push('', 'Values:');
    for (const v of r.values) lines.push(`  ${v.kind.padEnd(8)} ${v.text}  → ${v.value ?? 'null'}${v.unit ? ' ' + v.unit : ''}${v.approx ? ' (approx)' : ''}`);
  }
  return lines.join('\n');
}
