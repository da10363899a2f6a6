/**
 * Extraction off the page's main thread. Readability is one synchronous parse that froze a 5 MB
 * page for as long as it ran, so on large pages the content script only copies the page's DOM as
 * data, in slices (page-copy.ts), and an extension page (the popup while it is open; otherwise
 * Chrome's offscreen document or Firefox's event page) rebuilds the copy and runs the same
 * `extractArticle` on it. What comes back is the article plus the hints declutter needs to find
 * it in the live page, so the page's thread never parses the article again.
 */
import type { Article } from '../article.ts';
import { hintsOf, type ArticleHints } from '../declutter/index.ts';
import { dropClobberingNames } from './safe-clone.ts';
import { extractArticle } from './index.ts';

/** Where the copied page lives: what the copy cannot carry itself. */
export interface PageAddress {
  /** The page's address (`location.href`). */
  url: string;
  /** The page's base URL (`document.baseURI`): relative links and images resolve against it. */
  baseUrl: string;
}

export interface PageExtraction {
  article: Article | null;
  /** What declutter's live-page search needs (images resolved against the page's base). */
  hints: ArticleHints | null;
}

/**
 * Readies a rebuilt copy (page-copy.ts) for extraction, once: without the names that clobber
 * document properties (the page's `<img name=implementation>` would break reading it; content
 * scripts never saw those names through Xrays) and with every address made absolute.
 */
export function prepareCopy(copy: Document, page: PageAddress): Document {
  dropClobberingNames(copy);
  rebase(copy, page.baseUrl, page.url);
  return copy;
}

/**
 * The article of a prepared copy and its hints; extraction works on clones, so the copy can be
 * read again (shared/copy-port.ts runs the same two steps with the popup's paint between them).
 */
export function extractFromCopy(copy: Document, page: PageAddress, force: boolean): PageExtraction {
  const article = extractArticle(copy, page.url, { force });
  return { article, hints: article ? hintsOf(article, copy) : null };
}

/** Attributes holding one address (lazy-image ones included: pre-clean promotes them to `src`). */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
/** Attributes holding a list of "address width" candidates. */
const SRCSET_ATTRIBUTES = ['srcset', 'data-srcset', 'data-lazy-srcset'];

/**
 * The rebuilt copy's own address is the extension page's, and a `<base>` cannot fix that: the
 * extension pages' CSP (`base-uri 'none'`) also governs documents they make. So every relative
 * address is made absolute against the page's base URL here, before extraction, which is what
 * Readability and metadata would have done in the page. In-page anchors (`#x`) stay as they are
 * unless the page's base is elsewhere, as Readability does.
 */
function rebase(doc: Document, baseUrl: string, pageUrl: string): void {
  for (const base of Array.from(doc.querySelectorAll('base'))) base.remove();
  const keepAnchors = baseUrl === pageUrl;
  const absolute = (value: string): string => {
    if (keepAnchors && value.startsWith('#')) return value;
    try {
      return new URL(value, baseUrl).href;
    } catch {
      return value;
    }
  };
  const selector = [...URL_ATTRIBUTES, ...SRCSET_ATTRIBUTES].map((name) => `[${name}]`).join(', ');
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name)?.trim();
      if (value && !/^(data|javascript|mailto|tel):/i.test(value)) element.setAttribute(name, absolute(value));
    }
    for (const name of SRCSET_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, value.replace(/(^|,)(\s*)(\S+)/g, (_match, comma: string, space: string, url: string) => `${comma}${space}${/^data:/i.test(url) ? url : absolute(url)}`));
    }
  }
}
