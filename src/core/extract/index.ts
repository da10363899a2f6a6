/**
 * Finds the main article of a page. Pure: takes a Document and its URL, returns data, and never
 * touches the live page (Readability mutates what it gets, so it only ever sees a clone).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../article.ts';
import { countWords, directionOfText, readingMinutes } from '../text-stats.ts';
import { findLeadImage, findPublishedTime, imageAddress, metaWith } from '../metadata.ts';
import { blockText } from './block-text.ts';
import { preClean, preCleanCollector } from './pre-clean.ts';
import { dropRepeatedTitle, postClean, type PostCleanRule } from './post-clean/index.ts';
import { declarationsCollector, declaresArticle } from './declares-article.ts';
import { declaredSteps } from './recipe-schema.ts';
import { locateRecipeBlocks } from './recipe-blocks.ts';
import { missingRecipeParts } from './recipe-parts.ts';
import { cloneWithoutClobbering } from './safe-clone.ts';
import { markupToText } from '../html.ts';
import { runToEnd } from '../steps.ts';
import { elementAt, findProseCluster, missesCluster, pathsOf, proseParagraphs, type ProseCluster } from './prose-cluster.ts';
import { findSiblingProse } from './sibling-prose.ts';
import { siteHostOf } from '../page-link.ts';
import { restoreStandfirst } from './standfirst.ts';

/** The article's running text leaves captions out; reader view still shows them under their figures. */
const NOT_RUNNING_TEXT = new Set(['FIGCAPTION']);

export interface ExtractOptions {
  /** Return the best candidate even when the page does not look like an article ("Try anyway"). */
  force?: boolean;
  /** Post-clean rules to run (default all); benchmarks pass subsets to measure each rule. */
  postCleanRules?: PostCleanRule[];
}

/** Fewer words than this, on a page Readability does not call readerable, is doubtful… */
const MIN_ARTICLE_WORDS = 120;
/** …and is still an article (a short post, a note under a video) when it is this long and nearly link-free. */
const MIN_NOTE_WORDS = 25;
const MAX_NOTE_LINK_DENSITY = 0.2;
/** Share of the result's text inside links above which it is a link list, not an article. */
const MAX_LINK_DENSITY = 0.35;

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  return runToEnd(extractArticleSteps(doc, url, options));
}

/**
 * `extractArticle` as steps: it pauses (yields) between cloning, Readability and the text work,
 * so the content script can let the page breathe in between on huge pages (bench:huge).
 * Everything after the first step works on the clone, so the page may change meanwhile.
 */
export function* extractArticleSteps(doc: Document, url: string, options: ExtractOptions = {}): Generator<void, Article | null> {
  // Everything below reads the clone only: the live page may clobber document properties. The
  // clone's own walk finds what the page declares (<meta>, JSON-LD, microdata) before cleaning
  // changes it; those elements stay readable after Readability removes them from the clone.
  const declarations = declarationsCollector();
  const preCleanTags = preCleanCollector();
  const clone = cloneWithoutClobbering(doc, (el, localName) => {
    declarations.visit(el, localName);
    preCleanTags.visit(el, localName);
  });
  const tags = declarations.found;
  yield;
  const pageTitle = clone.title;
  const declared = declaresArticle(clone, tags.scopes, tags);
  const howTo = declaredSteps(clone, tags.scopes, tags.jsonLd);
  const reshaped = preClean(clone, preCleanTags.found);
  const paragraphs = proseParagraphs(clone);
  const recipe = howTo && locateRecipeBlocks(clone, howTo);
  // Where pre-clean changed children, read before Readability rearranges the clone.
  const shape = { owner: clone, reshaped: pathsOf(new Set(reshaped.filter((el) => el.isConnected))) };
  const cluster = findProseCluster(clone, paragraphs);
  yield;
  const parsed = readability(clone, options);
  if (!parsed?.content) return null;
  let body: Element = parsed.content;
  yield;
  const misses = cluster && missesCluster(cluster, parsed.textContent ?? '', paragraphs);
  if (cluster && misses) {
    // Readability settled on a container with far less prose than the page's densest cluster of
    // paragraphs, or with none: ask it again about that cluster alone, in a fresh clone (the first one is spent).
    const second = readLive(() => parseCluster(doc, cluster, options));
    const better = (second?.length ?? 0) > (parsed.length ?? 0) || misses === 'no-prose';
    if (second?.content && better && second.textContent?.replace(/\s+/g, ' ').includes(cluster.longest)) body = second.content;
    yield;
  }
  if (body === parsed.content) {
    // Readability kept one section of a story split over sibling wrappers: the others join it.
    const siblings = readLive(() => findSiblingProse(doc, paragraphs, parsed.textContent ?? '', parsed.content, shape));
    if (siblings) {
      body.prepend(...siblings.before);
      body.append(...siblings.after);
      yield;
    }
  }
  // A recipe's ingredient list and steps hold no prose, so Readability often leaves them out.
  const recipeParts = recipe && readLive(() => missingRecipeParts(doc, recipe, body, paragraphs));
  if (recipeParts) {
    body.prepend(...recipeParts.before);
    body.append(...recipeParts.after);
    yield;
  }

  // "Try anyway" on a page of links: post-clean would strip the very links the person asked for,
  // so when it takes most of a forced result away, the person gets the candidate as Readability saw it.
  const uncleaned = options.force ? (body.cloneNode(true) as Element) : null;
  postClean(body, options.postCleanRules);
  // Metadata may carry markup and entities (`<title>`, Open Graph, JSON-LD): readers get its text.
  const plain = (value: string | null | undefined): string | null => (value ? markupToText(value, clone) || null : null);
  const title = plain(parsed.title) || plain(pageTitle) || (siteHostOf(url) || null) || 'Untitled';
  // Reader view prints the title above the body; a copy at the top of the body would show it twice.
  dropRepeatedTitle(body, title);
  // The lead the site prints under its headline, in a header Readability left out (read from the live page).
  readLive(() => restoreStandfirst(body, doc, title));
  let text = blockText(body, { skip: NOT_RUNNING_TEXT });
  if (uncleaned) {
    const uncleanedText = blockText(uncleaned, { skip: NOT_RUNNING_TEXT });
    if (countWords(text) < countWords(uncleanedText) / 2) {
      body.replaceChildren(...Array.from(uncleaned.childNodes));
      text = uncleanedText;
    }
  }
  const wordCount = countWords(text);
  if (wordCount === 0) return null;
  const density = linkDensity(body);
  const doubtful =
    density > MAX_LINK_DENSITY || (wordCount < MIN_ARTICLE_WORDS && (wordCount < MIN_NOTE_WORDS || density > MAX_NOTE_LINK_DENSITY));
  if (!options.force && doubtful && !declared && !looksReaderable(doc)) return null;

  const images = Array.from(body.getElementsByTagName('img'), (img) => img.getAttribute('src') ?? '').filter(Boolean);
  // Metadata Readability missed comes from the <meta>, JSON-LD and <time> elements found in the clone
  // before it ran, and from the live page, which still has the text Readability removed from the
  // clone. Reading the whole page costs a tenth of extraction (bench:extract), so only when needed;
  // readLive turns a clobbered DOM method into "not found".
  const lang = parsed.lang?.trim() || metaLanguage(tags.metas);
  const dir = parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : directionOfText(text);

  return {
    title,
    byline: cleanByline(plain(parsed.byline)),
    siteName: plain(parsed.siteName) || (siteHostOf(url) || null),
    publishedTime: plain(parsed.publishedTime) || plain(readLive(() => findPublishedTime(doc, tags))),
    lang,
    dir,
    excerpt: plain(parsed.excerpt),
    contentHtml: body.innerHTML,
    text,
    wordCount,
    readingMinutes: readingMinutes(text),
    leadImage: readLive(() => findLeadImage(doc, url, images, tags)) ?? imageAddress(images[0], url),
  };
}

function readability(doc: Document, options: ExtractOptions): ReturnType<Readability<Element>['parse']> {
  return new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    charThreshold: options.force ? 0 : 500,
    // Our post-clean rules read class names (caption, credit, byline…); stripNames drops them after.
    keepClasses: true,
  }).parse();
}

/** Readability on a fresh clone of the page whose body holds only the prose cluster. */
function parseCluster(doc: Document, cluster: ProseCluster, options: ExtractOptions): ReturnType<Readability<Element>['parse']> {
  const fresh = cloneWithoutClobbering(doc);
  const el = elementAt(fresh, cluster.path);
  if (!el || !fresh.body || el === fresh.body || !el.textContent?.replace(/\s+/g, ' ').includes(cluster.longest)) return null;
  preClean(fresh);
  fresh.body.replaceChildren(el);
  return readability(fresh, options);
}

/** Quick check for the popup: does this page look like it has an article? */
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(cloneWithoutClobbering(doc));
}

/**
 * isProbablyReaderable on the live page, only for the rare doubtful result (on every page it costs
 * a sixth of extraction time, bench:extract). It only reads; a page that clobbers
 * `document.querySelectorAll` with a named element makes it throw, which counts as "no".
 */
function looksReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** Reads the live page; a page that clobbers a DOM method (`<img name=querySelector>`) gets null. */
function readLive<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 0;
  let linked = 0;
  // By tag: a selector query costs several times as much in jsdom.
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').length;
  return linked / total;
}

function cleanByline(byline: string | null | undefined): string | null {
  // Many sites print the date inside the byline element ("Sumaira FH Published July 27, 2023").
  const text = byline
    ?.replace(/\s+/g, ' ')
    .replace(/\s*[|·•,-]?\s*\b(?:last\s+)?(?:published|updated|posted|modified)\b.*$/i, '')
    .replace(/^by\s+/i, '')
    .trim();
  return text ? text.slice(0, 200) : null;
}

/** From the <meta> elements the clone's walk found: two attribute selector queries scanned the whole page. */
function metaLanguage(metas: Element[]): string | null {
  const value = metaWith(metas, 'http-equiv', 'content-language')?.getAttribute('content') ?? metaWith(metas, 'property', 'og:locale')?.getAttribute('content');
  return value?.trim().replace('_', '-') || null;
}

