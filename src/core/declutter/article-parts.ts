/**
 * The parts of an article around its text that the live-page map must protect too: the headline
 * (matched to the extracted title, never in a sidebar), the byline and date next to it, and the
 * article's images. Split from article-map.ts, which finds the text itself.
 */
import { normalizeText, wordCount } from './text.ts';
import { isAboutBox } from './rules/about-boxes.ts';

const BYLINE_NAMES = /byline|author|dateline|publish|pubdate|timestamp|article-date|post-date|meta-date/i;

export function inLandmarkBeside(element: Element, root: Element): boolean {
  const landmark = element.closest('aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"]');
  return !!landmark && !landmark.contains(root);
}

export function findHeadline(doc: Document, title: string, root: Element | null): Element | null {
  const wanted = normalizeText(title);
  if (!wanted) return null;
  const candidates = Array.from(doc.querySelectorAll('h1, h2, [itemprop="headline"], [class*="headline" i], [class*="title" i]'));
  let best: Element | null = null;
  for (const element of candidates) {
    if (element.closest('a') || element.querySelector('a[href]') && !root?.contains(element)) continue;
    // A sidebar's "popular" box may repeat the title word for word; the article's headline is not in a sidebar.
    if (root && inLandmarkBeside(element, root)) continue;
    const text = normalizeText(element.textContent ?? '');
    if (!text || wordCount(text) > 40) continue;
    if (text === wanted || (wordCount(text) >= 2 && (wanted.includes(text) || text.includes(wanted)))) {
      if (!best || (element.tagName === 'H1' && best.tagName !== 'H1')) best = element;
      if (best.tagName === 'H1') break;
    }
  }
  return best;
}

/** When no heading matches the title, the page's h1 closest before (or in) the article is its headline. */
export function nearestH1(doc: Document, root: Element | null): Element | null {
  if (!root) return null;
  let best: Element | null = null;
  for (const h1 of doc.querySelectorAll('h1')) {
    if (h1.closest('a, nav, aside, footer, li')) continue;
    const before = (h1.compareDocumentPosition(root) & 4) !== 0; // root FOLLOWS h1
    if (before || root.contains(h1)) best = h1;
    else break;
  }
  return best;
}

export function markImages(doc: Document, urls: string[], marked: Set<Element>): void {
  if (urls.length === 0) return;
  const wanted = new Set(urls.map(stripQuery));
  for (const img of doc.querySelectorAll('img')) {
    // The attribute, not `img.src`: jsdom's getter throws on a broken <base> (a hostile page's
    // `<base xlink:href="">`), where absolute() falls back to the raw address.
    const sources = [img.getAttribute('src'), img.getAttribute('data-src'), img.getAttribute('data-lazy-src'), img.getAttribute('data-original')];
    if (sources.some((src) => src && wanted.has(stripQuery(absolute(src, doc))))) marked.add(img.closest('figure, picture') ?? img);
  }
}

export function markByline(scope: Element | null, byline: string | null, marked: Set<Element>): void {
  if (!scope) return;
  const wanted = byline ? normalizeText(byline) : '';
  for (const element of scope.querySelectorAll('time, [rel="author"], [class], [itemprop="author"], [itemprop="datePublished"]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''} ${element.getAttribute('rel') ?? ''}`;
    const text = normalizeText(element.textContent ?? '');
    if (!text || wordCount(text) > 30 || element.closest('li, nav, aside')) continue;
    const byline = element.tagName === 'TIME' || BYLINE_NAMES.test(names) || (wanted && text.includes(wanted));
    if (byline && !insideAboutBox(element)) marked.add(element);
  }
}

/** An author's bio box names the author too, but it is not the byline. */
function insideAboutBox(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (isAboutBox(at)) return true;
  return false;
}

function absolute(src: string, doc: Document): string {
  try {
    return new URL(src, doc.baseURI).href;
  } catch {
    return src;
  }
}

function stripQuery(url: string): string {
  return url.split(/[?#]/)[0] ?? url;
}
