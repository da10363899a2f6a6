/** Small pages for declutter rule tests: markup → document, and a context whose article is given text. */
import { parseHtml } from '../../../src/cli/dom.ts';
import { declutterContext, type DeclutterContext, type Layout, type Measurement } from '../../../src/core/declutter/index.ts';

export const ARTICLE_PARAGRAPHS = [
  'The minister arrived in the capital on Wednesday for talks that officials described as frank and useful.',
  'Both sides signed three agreements on trade, energy and the exchange of students during the two day visit.',
  'Analysts said the meeting showed how far relations had come since the border dispute of the previous decade.',
];

export const ARTICLE_HTML = `<article class="story"><h1>Minister Visits Capital For Trade Talks</h1>
<div class="byline"><span class="author">Jane Roe</span> <time datetime="2023-07-27">July 27, 2023</time></div>
<div class="body">${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article>`;

export function page(body: string, url = 'https://news.example.com/story.html'): Document {
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, url);
}

/** A context whose article is `ARTICLE_PARAGRAPHS` (plus `extra` lines), as extraction would report it. */
export function contextFor(doc: Document, extra: string[] = [], layout?: Layout): DeclutterContext {
  const text = [...ARTICLE_PARAGRAPHS, ...extra].join('\n\n');
  return declutterContext(doc, doc.URL, { text, title: 'Minister Visits Capital For Trade Talks', byline: 'Jane Roe', imageUrls: [] }, layout);
}

/** A fake layout: measurements by selector, everything else static and out of sight. */
export function fakeLayout(doc: Document, boxes: Record<string, Partial<Measurement>>, viewport = { width: 1280, height: 900 }): Layout {
  const bySelector = Object.entries(boxes).map(([selector, box]) => [doc.querySelector(selector), box] as const);
  return {
    viewport,
    measure(element) {
      const box = bySelector.find(([el]) => el === element)?.[1];
      return { position: 'static', left: 0, top: 0, width: 0, height: 0, visible: false, ...box, ...(box ? { visible: box.visible ?? true } : {}) };
    },
  };
}

export function texts(elements: { element: Element }[]): string[] {
  return elements.map(({ element }) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}
