/**
 * The parts of an article around its text that the live-page map must protect too: the headline
 * (matched to the extracted title, never in a sidebar), the byline and date next to it, and the
 * article's images. Split from article-map.ts, which finds the text itself.
 */
import { hasMoreWordsThan, normalizeText, wordCount } from './text.ts';
import { isAboutBox } from './rules/about-boxes.ts';
import { boilerplateLineOf } from './boilerplate-lines.ts';
import { isPageLink, isPictureLink, pageKeyOf } from '../page-link.ts';

// Not WordPress's `status-publish`: every post card of a theme carries it, and a list of cards
// around the article would be taken for its byline.
const BYLINE_NAMES = /byline|author|dateline|(?<!status-)publish|pubdate|timestamp|article-date|post-date|meta-date/i;

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

const LOGO = '[class*="logo" i], [id*="logo" i], [rel="home"]';
/** A logo is a picture or the site's name: a box named so that holds more words is the header around it. */
const MAX_LOGO_WORDS = 12;

/**
 * The site's logo outside the article: the first element named logo (or the home link) that is a
 * logo and not the header around it. Themes name whole headers after where the logo sits
 * (`av_logo_left`, `logo-left`); protecting such a header would keep its menus and search box.
 */
export function findLogo(body: Element, column: Element | null): Element | null {
  for (const candidate of body.querySelectorAll(LOGO)) {
    if (column?.contains(candidate) || candidate.closest('footer, aside')) continue;
    if (candidate.querySelector('nav, ul, ol, form, input') || candidate.querySelectorAll('a[href]').length > 2) continue;
    if (hasMoreWordsThan(candidate.textContent ?? '', MAX_LOGO_WORDS)) continue;
    // The innermost of nested ones: a branding box named logo also holds the site's tagline.
    let logo = candidate;
    for (let inner = logo.querySelector(LOGO); inner; inner = inner.querySelector(LOGO)) logo = inner;
    return logo;
  }
  return null;
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

/**
 * A teaser's thumbnail: a figure whose picture links to another page (not to the picture itself),
 * or one sitting in a card with a linked headline. Between the article's paragraphs such a figure
 * belongs to a related-stories box, not to the article.
 */
export function isTeaserFigure(figure: Element): boolean {
  for (const link of figure.querySelectorAll('a[href]')) if (leadsToAnotherPage(link.getAttribute('href'))) return true;
  return inTeaserCard(figure);
}

/** Inside a short card whose headline links to another page: a teaser of another story. */
function inTeaserCard(element: Element): boolean {
  return !!shortCardAround(element, 'article, div, section', MAX_CARD_WORDS)?.querySelector(LINKED_HEADLINES);
}

/** The nearest box above `element` that is a card: one picture at most and `maxWords` words at most (null when the nearest is not). */
function shortCardAround(element: Element, boxes: string, maxWords: number): Element | null {
  const card = element.parentElement?.closest(boxes);
  return card && card.querySelectorAll('img').length <= 1 && !hasMoreWordsThan(card.textContent ?? '', maxWords) ? card : null;
}

const LINKED_HEADLINES = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4';

/** A teaser card is a headline, a line or two and a date. */
const MAX_CARD_WORDS = 60;
/** A card whose headline and picture lead to the same page may carry an excerpt, a byline and a date too. */
const MAX_THUMBNAIL_CARD_WORDS = 100;
/** An address shown by this many pictures is a placeholder, not one picture. */
const MANY_USES = 4;

/**
 * Not a link to the picture itself (a full-size view), to an anchor on this page (a lightbox) or to
 * a script (a gallery opener): a picture linking so is the article's own, not a teaser's thumbnail.
 */
const leadsToAnotherPage = (href: string | null): href is string => isPageLink(href) && !isPictureLink(href);

export function markImages(doc: Document, urls: string[], marked: Set<Element>): void {
  if (urls.length === 0) return;
  const wanted = new Set(urls.map(stripQuery));
  const matches: [Element, string][] = [];
  const uses = new Map<string, number>();
  for (const img of doc.querySelectorAll('img')) {
    // The attribute, not `img.src`: jsdom's getter throws on a broken <base> (a hostile page's
    // `<base xlink:href="">`), where absolute() falls back to the raw address.
    const sources = [img.getAttribute('src'), img.getAttribute('data-src'), img.getAttribute('data-lazy-src'), img.getAttribute('data-original')];
    const found = sources.map((src) => (src ? stripQuery(absolute(src, doc)) : '')).find((src) => wanted.has(src));
    if (!found) continue;
    uses.set(found, (uses.get(found) ?? 0) + 1);
    matches.push([img, found]);
  }
  // A lazy-loading placeholder every picture of the page shows until it scrolls in says nothing
  // about which picture is the article's: teaser thumbnails carry it too.
  for (const [img, src] of matches) if ((uses.get(src) ?? 0) < MANY_USES && !isTeaserThumbnail(img)) marked.add(img.closest('figure, picture') ?? img);
}

/**
 * A picture linking to another page inside a short card whose headline links there too is a teaser's
 * thumbnail, even when extraction kept the picture (a related-stories list inside the article's
 * container): protecting it would protect the whole card.
 */
function isTeaserThumbnail(img: Element): boolean {
  const link = img.closest('a[href]');
  const href = link?.getAttribute('href') ?? null;
  if (!link || !leadsToAnotherPage(href) || pageKeyOf(href, img.ownerDocument.URL) === pageKeyOf(img.ownerDocument.URL, img.ownerDocument.URL)) return false;
  const card = shortCardAround(link, 'article, div, section, li', MAX_THUMBNAIL_CARD_WORDS);
  // The headline beside the picture leads where the picture does: one story's card.
  return !!card && Array.from(card.querySelectorAll(LINKED_HEADLINES)).some((headline) => (headline.closest('a[href]')?.getAttribute('href') ?? '') === href);
}

/** A byline is a name and a date, a line at most. */
const MAX_BYLINE_WORDS = 30;

export function markByline(scope: Element | null, byline: string | null, marked: Set<Element>): void {
  if (!scope) return;
  const wanted = byline ? normalizeText(byline) : '';
  const named: Element[] = [];
  const holding: Element[] = [];
  const notByline: Element[] = [];
  for (const element of scope.querySelectorAll('time, [rel="author"], [class], [itemprop="author"], [itemprop="datePublished"]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''} ${element.getAttribute('rel') ?? ''}`;
    // Cheapest tests first: this runs on every element with a class, most of them the page's boxes.
    const raw = element.textContent ?? '';
    if (hasMoreWordsThan(raw, MAX_BYLINE_WORDS)) continue;
    const text = normalizeText(raw);
    if (!text) continue;
    const byName = element.tagName === 'TIME' || BYLINE_NAMES.test(names);
    if (!byName && !(wanted && text.includes(wanted))) continue;
    // A byline holds no headline of its own and sits in no card with one: that is a teaser of another story.
    if (element.closest('li, nav, aside') || element.querySelector('h2, h3, h4') || inTeaserCard(element)) continue;
    // WordPress's "This entry was posted in <category> by <author>" names the author too: it is the filing.
    if (insideAboutBox(element) || boilerplateLineOf(element) === 'category') notByline.push(element);
    else (byName ? named : holding).push(element);
  }
  for (const element of named) marked.add(element);
  // A box known only by holding the author's name is the byline when nothing inside it is: a
  // meta row around the byline also holds "Filed under …", a comment count or share buttons.
  const inner = [...named, ...holding, ...notByline];
  for (const element of holding) if (!inner.some((part) => part !== element && element.contains(part))) marked.add(element);
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
