/**
 * Metadata Readability misses: publication dates in JSON-LD, <time> or visible "Published …" text,
 * and the lead image. Reads the document only.
 */

/** Meta tags that carry the publication date, best first, as [attribute, value]. */
const DATE_META: [string, string][] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'date'],
  ['name', 'dc.date'],
  ['name', 'DC.date.issued'],
  ['property', 'og:published_time'],
];

const DATE_ATTRIBUTES = [...new Set(DATE_META.map(([attribute]) => attribute))];

/**
 * The page's <meta> elements and JSON-LD scripts, found once. Extraction takes them from its clone
 * before Readability strips it (removed elements keep their attributes and text), so the look-ups
 * after Readability walk no whole page again: finding them in the live page cost more than reading them.
 */
export interface MetadataTags {
  metas: Element[];
  jsonLd: Element[];
  /** The page's <time> elements, when a walk of the page found them already. */
  times?: Element[];
}

export function metadataTags(doc: Document): MetadataTags {
  return { metas: Array.from(doc.getElementsByTagName('meta')), jsonLd: jsonLdScripts(doc) };
}

/** The best date meta in one pass over the page's <meta> tags (nine selector scans cost more). */
function dateFromMeta(metas: Element[]): string | null {
  let best: string | null = null;
  let bestRank = DATE_META.length;
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    // Each attribute read once, not once per entry: pages carry a hundred <meta> tags (read into
    // an array, not a Map per tag, which made garbage for every tag of every page).
    const values = DATE_ATTRIBUTES.map((attribute) => meta.getAttribute(attribute));
    const rank = DATE_META.findIndex(([attribute, value]) => values[DATE_ATTRIBUTES.indexOf(attribute)] === value);
    if (rank >= 0 && rank < bestRank) {
      best = content;
      bestRank = rank;
    }
  }
  return best;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const VISIBLE_DATE = new RegExp(
  `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    '(?:\\s*(?:\\||,|at)?\\s*\\d{1,2}:\\d{2}(?:\\s*[AP]M)?)?',
  'i',
);

/** `tags`: the page's, when already found (`metadataTags`). */
export function findPublishedTime(doc: Document, tags: MetadataTags = metadataTags(doc)): string | null {
  const fromMeta = dateFromMeta(tags.metas);
  if (fromMeta) return fromMeta;
  const fromJsonLd = jsonLdValue(tags.jsonLd, 'datePublished');
  if (fromJsonLd) return fromJsonLd;
  // The first <time datetime> in the page (what the selector list 'article time[datetime], …,
  // time[datetime]' found: every match of the first two matches the last), without a selector scan.
  const time = (tags.times ?? Array.from(doc.getElementsByTagName('time'))).find((el) => el.hasAttribute('datetime'));
  const datetime = time?.getAttribute('datetime')?.trim();
  if (datetime) return datetime;
  return visiblePublishedText(doc);
}

const CANDIDATE_TAGS = new Set(['P', 'SPAN', 'DIV']);
/** NodeFilter.SHOW_ELEMENT, spelled out: the NodeFilter global is not there in every context (Node). */
const SHOW_ELEMENT = 1;

/** "Published July 27, 2023 | 10:10 AM" near the top of the page, as many news sites print it. */
function visiblePublishedText(doc: Document): string | null {
  // Same candidates as the selector '[class*=date i], [class*=time i], [class*=publish i], p, span, div',
  // in document order, but one lazy walk that stops at the 400th: that union selector, or copying
  // every element of the page into an array first, cost a fifth of extraction time in jsdom.
  let checked = 0;
  const walker = doc.createTreeWalker(doc, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (!CANDIDATE_TAGS.has(el.tagName) && !/date|time|publish/i.test(el.getAttribute('class') ?? '')) continue;
    if (++checked > 400) break;
    if (el.children.length > 3) continue;
    // A wrapper with block children can hold the whole page; reading its text would cost more than the rest.
    if (el.firstElementChild && holdsBlock(doc, el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 120 || !/published|updated|posted|date/i.test(text + ' ' + el.className)) continue;
    const match = VISIBLE_DATE.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

/** Block tags whose presence below a candidate makes it a wrapper, not a date line. */
const WRAPPER_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'table', 'section', 'article']);

/** Whether a block sits below `el`: a walk that stops at the first (a selector query scans further in jsdom). */
function holdsBlock(doc: Document, el: Element): boolean {
  const walker = doc.createTreeWalker(el, SHOW_ELEMENT);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (WRAPPER_BLOCKS.has(node.localName)) return true;
  }
  return false;
}

/**
 * The page's `<meta>` elements and JSON-LD scripts, found by tag rather than by attribute selector,
 * which scans the page again for each query and costs several times as much in jsdom. Values are
 * compared without case, as those selectors did (jsdom's for every attribute, browsers' for `type`).
 */
export function metaWith(metas: Element[], attribute: string, value: string): Element | null {
  for (const meta of metas) if (meta.getAttribute(attribute)?.toLowerCase() === value) return meta;
  return null;
}

/** The content of the first entry of `wanted` (in its order) the page's <meta> tags hold, in one pass. */
function firstMetaContent(metas: Element[], wanted: [attribute: string, value: string][]): string | null {
  const found: (string | null)[] = wanted.map(() => null);
  for (const meta of metas) {
    wanted.forEach(([attribute, value], index) => {
      if (found[index] === null && meta.getAttribute(attribute)?.toLowerCase() === value) found[index] = meta.getAttribute('content');
    });
  }
  return found.find((content) => content !== null) ?? null;
}

export function jsonLdScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter(isJsonLd);
}

export function isJsonLd(script: Element): boolean {
  return script.getAttribute('type')?.toLowerCase() === 'application/ld+json';
}

/** `tags`: the page's, when already found (`metadataTags`). */
export function findLeadImage(doc: Document, baseUrl: string, contentHtmlImages: string[], tags: MetadataTags = metadataTags(doc)): string | null {
  const meta = firstMetaContent(tags.metas, [['property', 'og:image'], ['name', 'twitter:image']]) ?? jsonLdImage(tags.jsonLd);
  return imageAddress(meta?.trim() || contentHtmlImages[0], baseUrl);
}

/** `src` as an absolute http(s) address, or null (data:, javascript:, unparsable). */
export function imageAddress(src: string | null | undefined, baseUrl: string): string | null {
  const url = absolute(src ?? '', baseUrl);
  return url && /^https?:/i.test(url) ? url : null;
}

function absolute(url: string, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

function jsonLdObjects(scripts: Element[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of scripts) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const queue = Array.isArray(parsed) ? [...parsed] : [parsed];
      while (queue.length) {
        const item = queue.shift();
        if (!item || typeof item !== 'object') continue;
        const record = item as Record<string, unknown>;
        out.push(record);
        if (Array.isArray(record['@graph'])) queue.push(...record['@graph']);
      }
    } catch {
      // Broken JSON-LD is common; it just tells us nothing.
    }
  }
  return out;
}

function jsonLdValue(scripts: Element[], key: string): string | null {
  for (const record of jsonLdObjects(scripts)) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function jsonLdImage(scripts: Element[]): string | null {
  for (const record of jsonLdObjects(scripts)) {
    const image = record['image'];
    const first = Array.isArray(image) ? image[0] : image;
    if (typeof first === 'string') return first;
    if (first && typeof first === 'object' && typeof (first as { url?: unknown }).url === 'string') {
      return (first as { url: string }).url;
    }
  }
  return null;
}
