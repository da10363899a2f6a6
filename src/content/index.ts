/**
 * Content script, injected on demand when the user acts. Answers the messages in
 * `ContentMessages`; extraction always runs on a clone of the live page.
 */
import browser from '../shared/browser.ts';
import { isContentMessage, type ArticleReport, type ContentHandlers, type ContentMessage } from '../shared/messages.ts';
import { extractArticleSteps } from '../core/extract/index.ts';
import { runInSteps } from './yield-to-page.ts';
import { factsOf, type Article } from '../core/article.ts';
import { closeReader, isReaderOpen, openReader } from './reader-view.ts';

/**
 * Marks the isolated world as set up, so injecting again adds no second listener. A symbol, not a
 * named property: `<a id="__plainsightContentLoaded">` in the page shows up as a property of
 * `window` even in the isolated world (DOM clobbering) and used to stop the script from listening.
 */
const LOADED = Symbol.for('plainsight.content-loaded');

function unsupportedReason(): 'pdf' | 'not-html' | null {
  if (document.contentType === 'application/pdf') return 'pdf';
  if (!(document.documentElement instanceof HTMLHtmlElement) && !document.body) return 'not-html';
  return null;
}

/**
 * The last extraction, reused until the page changes: on a huge page extraction takes seconds,
 * and the popup's facts are followed at once by Reader view. Any change to the DOM or the URL
 * (a single-page site moving to the next article) drops it.
 */
let cached: { url: string; force: boolean; article: Article | null } | null = null;
let watcher: MutationObserver | null = null;

/** Extracts in steps (see `extractArticleSteps`) so a huge page is not frozen for the whole run. */
async function extract(force: boolean): Promise<Article | null> {
  if (cached && cached.url === location.href && cached.force === force) return cached.article;
  const url = location.href;
  // Watch from the start: a change while we extract means the result may already be stale.
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    if (watcher === observer) cached = null;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  const article = await runInSteps(extractArticleSteps(document, url, { force }));
  if (changed || location.href !== url) {
    observer.disconnect();
    return article;
  }
  watcher?.disconnect();
  watcher = observer;
  cached = { url, force, article };
  return article;
}

const handlers: ContentHandlers = {
  async 'article:get'({ force }): Promise<ArticleReport> {
    const reason = unsupportedReason();
    if (reason) return { status: 'unsupported', reason };
    const article = await extract(force);
    return article ? { status: 'article', facts: factsOf(article), text: article.text } : { status: 'no-article' };
  },
  async 'reader:open'({ force }) {
    if (isReaderOpen()) return { opened: true };
    const article = unsupportedReason() ? null : await extract(force);
    if (!article) return { opened: false };
    openReader(article);
    return { opened: true };
  },
  async 'reader:close'() {
    return { closed: closeReader() };
  },
  async 'reader:toggle'({ force }) {
    if (isReaderOpen()) {
      closeReader();
      return { open: false };
    }
    const { opened } = await handlers['reader:open']({ force });
    return { open: opened };
  },
};

function handle(message: ContentMessage): Promise<unknown> {
  const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
  return handler(message.payload);
}

const marks = globalThis as unknown as Record<symbol, boolean | undefined>;
if (!marks[LOADED]) {
  marks[LOADED] = true;
  // A plain listener that returns a Promise only for our messages: an async listener would claim every message.
  browser.runtime.onMessage.addListener((message: unknown) => (isContentMessage(message) ? handle(message) : undefined));
}
