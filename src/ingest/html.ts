// HTML → article text. Mozilla's Readability (over linkedom's DOM) finds the article; we turn
// its HTML into text ourselves so paragraphs stay apart (Readability's textContent glues them).

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'BR', 'TD', 'TH',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) { out.push(node.textContent ?? ''); return; }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (block && name !== 'BR') out.push('\n');
}

/** Text of an HTML fragment or page: one paragraph per line, spaces folded inside a line. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domText(document.body as unknown as DomNode);
}

function domText(root: DomNode): string {
  const out: string[] = [];
  walk(root, out);
  return out.join('').split('\n').map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
}

export interface Article {
  text: string;
  title: string | null;
  date: string | null;
  /** The page's canonical address when it declares one. */
  url: string | null;
}

function meta(document: { querySelector(s: string): { getAttribute(n: string): string | null } | null }, selectors: string[]): string | null {
  for (const s of selectors) {
    const v = document.querySelector(s)?.getAttribute('content') ?? document.querySelector(s)?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** The article in an HTML page: its text, title and publication date when the page says. */
export function extractArticle(html: string): Article {
  const { document } = parseHTML(html);
  const date = meta(document as never, [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]', 'time[datetime]',
  ]);
  const ogTitle = meta(document as never, ['meta[property="og:title"]']);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(document as never, ['meta[property="og:url"]']);
  // Readability changes the DOM it reads; the fallback reads a fresh copy. News items are
  // often shorter than Readability's default 500-character threshold.
  const parsed = new Readability(document as never, { charThreshold: 200 }).parse();
  let text = parsed?.content ? htmlToText(parsed.content) : '';
  if (!text) {
    const fresh = parseHTML(html).document;
    text = fresh.body ? domText(fresh.body as unknown as DomNode) : '';
    if (!text) text = htmlToText(html);
  }
  const title = (parsed?.title || ogTitle || '').trim() || null;
  return { text, title, date: parsed?.publishedTime || date, url: url || null };
}
