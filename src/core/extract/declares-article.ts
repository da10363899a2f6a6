/**
 * Whether the page says, in its own metadata, that it is an article: `og:type` article or a
 * schema.org Article type in JSON-LD or microdata. Such a page gets its article even when it is
 * short or link-heavy (a news digest, a photo story), where our looks-like-an-article guess says no.
 */

import { isJsonLd, metadataTags, metaWith, type MetadataTags } from '../metadata.ts';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|Review|Recipe|SocialMediaPosting|Posting)$/;

/** NodeFilter.SHOW_ELEMENT (the NodeFilter global is not there in Node). */
const SHOW_ELEMENT = 1;

export function declaresArticle(doc: Document, scopes: Element[] = itemScopes(doc), tags: MetadataTags = metadataTags(doc)): boolean {
  const ogType = metaWith(tags.metas, 'property', 'og:type')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article:')) return true;
  for (const script of tags.jsonLd) {
    for (const match of (script.textContent ?? '').matchAll(/"@type"\s*:\s*(?:\[\s*)?"([^"]+)"/g)) {
      if (ARTICLE_TYPES.test(match[1]!.replace(/^https?:\/\/schema\.org\//, ''))) return true;
    }
  }
  return scopes.some((el) => ARTICLE_TYPES.test(el.getAttribute('itemtype')?.split('/').pop() ?? ''));
}

/**
 * The page's microdata items (elements with `itemtype`). Finding them means looking at every
 * element of the page: one walk (half the cost of an `[itemtype]` selector in jsdom), shared by
 * the readers of microdata.
 */
export function itemScopes(doc: Document): Element[] {
  const scopes: Element[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (el.hasAttribute('itemtype')) scopes.push(el);
  return scopes;
}

/** What the page declares of itself: its <meta> and JSON-LD elements, microdata items and <time> elements. */
export interface Declarations extends MetadataTags {
  scopes: Element[];
  times: Element[];
}

/**
 * Gathers `Declarations` from a walk of the page's elements in document order (the clone's own
 * walk, safe-clone.ts), finding what `metadataTags`, `itemScopes` and a look-up of <time> find without four more walks.
 */
export function declarationsCollector(): { found: Declarations; visit: (el: Element, localName: string) => void } {
  const found: Declarations = { metas: [], jsonLd: [], scopes: [], times: [] };
  const visit = (el: Element, localName: string): void => {
    if (localName === 'meta') found.metas.push(el);
    else if (localName === 'script' && isJsonLd(el)) found.jsonLd.push(el);
    else if (localName === 'time') found.times.push(el);
    if (el.hasAttribute('itemtype')) found.scopes.push(el);
  };
  return { found, visit };
}
