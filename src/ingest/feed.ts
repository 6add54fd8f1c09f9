// RSS 2.0 and Atom feeds → documents. Each item's text is its full content when the feed
// carries it (content:encoded, Atom content), else its description/summary; HTML is
// flattened to text. The document date is the item's pubDate/published/updated.

import { XMLParser } from 'fast-xml-parser';
import { htmlToText } from './html.js';

export interface FeedItem {
  text: string;
  title: string | null;
  url: string | null;
  date: string | null;
  source: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function str(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object') return str((v as Node)['#text']);
  return null;
}

function looksLikeHtml(s: string): boolean {
  return /<\/?[a-zA-Z][^>]*>/.test(s);
}

function textOf(v: unknown): string {
  const s = str(v);
  if (!s) return '';
  return looksLikeHtml(s) ? htmlToText(s) : s.replace(/[ \t]+/g, ' ').trim();
}

/** True when `xml` is an RSS or Atom document. */
export function isFeed(xml: string): boolean {
  const head = xml.slice(0, 2000);
  return /<rss[\s>]/.test(head) || /<feed[\s>]/.test(head) || /<rdf:RDF[\s>]/.test(head);
}

/** Parses an RSS 2.0 / RSS 1.0 / Atom feed; throws a one-line error for anything else. */
export function parseFeed(xml: string): FeedItem[] {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new Error(`not a valid XML feed: ${(err as Error).message.split('\n')[0]}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss ? rss.channel : rdf!.channel) ?? {}) as Node;
    const items = ((rss ? channel.item : rdf!.item) ?? []) as Node[];
    const source = str(channel.title);
    return items.map((it) => ({
      text: textOf(it['content:encoded']) || textOf(it.description),
      title: str(it.title) ? textOf(it.title) : null,
      url: str(it.link) ?? str(it.guid),
      date: str(it.pubDate) ?? str(it['dc:date']) ?? str(it.published),
      source,
    }));
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const source = str(feed.title);
    const entries = (feed.entry ?? []) as Node[];
    return entries.map((e) => {
      const links = (e.link ?? []) as Node[];
      const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
      return {
        text: textOf(e.content) || textOf(e.summary),
        title: str(e.title) ? textOf(e.title) : null,
        url: alt ? str(alt['@_href']) : null,
        date: str(e.published) ?? str(e.updated),
        source,
      };
    });
  }
  throw new Error('not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
}
