/**
 * The page's article for every content-script path (popup facts, reader view, auto-clean,
 * declutter, pick mode), reused until the page changes: on a huge page extraction takes seconds
 * and the popup's facts are usually followed at once by Reader view. Any change to the DOM or the
 * URL (a single-page site moving to the next article) drops the cached result.
 *
 * Where it runs depends on the page's size (`isLargePage`). Most pages are extracted here, in
 * steps that yield to the page (`extractArticleSteps`): it is quick, and a copy would only add
 * the trip. A large page is copied as data in slices and extracted off the page's thread
 * (shared/copy-port.ts): by the popup when the popup asks (it connects, `answerCopyRequest`),
 * otherwise by Chrome's offscreen document or Firefox's event page.
 *
 * A build with PLAINSIGHT_IN_PAGE_EXTRACTION=1 always extracts here: the old path, built only so
 * bench:huge can put both side by side in the same run.
 */
import { extractArticleSteps } from '../core/extract/index.ts';
import type { Article } from '../core/article.ts';
import { hintsOf, type ArticleHints } from '../core/declutter/index.ts';
import type { PageExtraction } from '../core/extract/snapshot.ts';
import browser, { type Runtime } from '../shared/browser.ts';
import { COPY_PORT } from '../shared/copy-port.ts';
import { sendToBackground } from '../shared/messages.ts';
import { receiveExtractions, sendCopy } from './copy-sender.ts';
import { runInSteps } from './yield-to-page.ts';

/** Above either, Readability in the page would run for well over 100 ms in one task (bench:huge). */
const LARGE_PAGE_ELEMENTS = 4_000;
const LARGE_PAGE_CHARS = 400_000;

/** An extraction; `hints` only when it was made elsewhere (here they are cheap to make from the article). */
type Found = { article: Article | null; hints?: ArticleHints | null };

let cached: { url: string; results: Map<boolean, Found> } | null = null;
let watcher: MutationObserver | null = null;
/** An extraction of a copy under way (the popup's, or the offscreen one): later requests wait for it. */
let inflight: { url: string; get: (force: boolean) => Promise<PageExtraction | null> } | null = null;

/** Whether a copy of this page is being extracted right now. */
export function copyUnderWay(): boolean {
  return inflight?.url === location.href;
}

/** Whether the page is too large to extract in its own thread; reads only sizes, through prototype getters. */
export function isLargePage(): boolean {
  if (import.meta.env.PLAINSIGHT_IN_PAGE_EXTRACTION) return false;
  const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get?.call(document) as Element | null;
  if (!root) return false;
  if (Element.prototype.getElementsByTagName.call(root, '*').length > LARGE_PAGE_ELEMENTS) return true;
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')?.get?.call(root) as string | null;
  return (text?.length ?? 0) > LARGE_PAGE_CHARS;
}

/** The cached article for `force`, if the page has not changed since it was found. */
export function cachedArticle(force: boolean): Found | undefined {
  return cached && cached.url === location.href ? cached.results.get(force) : undefined;
}

/** What declutter needs to find the article in the live page. */
export function hintsFor(found: Found): ArticleHints | null {
  if (found.hints !== undefined) return found.hints;
  return found.article ? hintsOf(found.article, document) : null;
}

/** Watches the page from now on; `keep` stores a result unless the page changed meanwhile. */
function watchChanges(url: string): { keep: (force: boolean, found: Found) => void } {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    if (watcher === observer) cached = null;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  return {
    keep(force, found) {
      if (changed || location.href !== url) {
        observer.disconnect();
        return;
      }
      if (watcher !== observer) {
        // Results cached under the old watcher are still good (it would have dropped them), so they stay.
        watcher?.disconnect();
        watcher = observer;
        if (!cached || cached.url !== url) cached = { url, results: new Map() };
      }
      cached?.results.set(force, found);
    },
  };
}

/** Runs one copy session on `port`: sends the copy, caches what comes back. */
function copyOver(port: Runtime.Port, force: boolean): (force: boolean) => Promise<PageExtraction | null> {
  const url = location.href;
  const { keep } = watchChanges(url);
  const session = { url, get: (each: boolean): Promise<PageExtraction | null> => replies.get(each) };
  const replies = receiveExtractions(port, () => {
    if (inflight === session) inflight = null;
  });
  inflight = session;
  for (const each of [false, true]) void replies.get(each).then((found) => found && keep(each, found));
  // A port that closes while the copy is sent (the popup closed) ends the session.
  sendCopy(port, force).catch(() => replies.close());
  return session.get;
}

/** The popup connected to extract this page's copy itself (it asked for facts; see popup.ts). */
export function answerCopyRequest(port: Runtime.Port): void {
  copyOver(port, false);
}

/** Chrome's offscreen document or Firefox's event page extracts the copy; null if it could not. */
async function extractElsewhere(force: boolean): Promise<PageExtraction | null> {
  try {
    const { ready } = await sendToBackground('extractor:open', {});
    if (!ready) return null;
    return await copyOver(browser.runtime.connect({ name: COPY_PORT }), force)(force);
  } catch {
    return null;
  }
}

/** The article of the live page and, when extracted elsewhere, declutter's hints; the live page is only read. */
export async function extractPage(force: boolean): Promise<Found> {
  const known = cachedArticle(force);
  if (known) return known;
  if (inflight && inflight.url === location.href) {
    const found = await inflight.get(force);
    if (found) return found;
  }
  if (isLargePage()) {
    const found = await extractElsewhere(force);
    if (found) return found;
  }
  // Small pages, and the fallback should no extension page answer.
  const url = location.href;
  const { keep } = watchChanges(url);
  const found = { article: await runInSteps(extractArticleSteps(document, url, { force })) };
  keep(force, found);
  return found;
}

/** The article of the live page (extraction always works on a clone or a copy). */
export async function extractPageArticle(force: boolean): Promise<Article | null> {
  return (await extractPage(force)).article;
}
