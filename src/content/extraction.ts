/**
 * The page's article for every content-script path (popup facts, reader view, auto-clean):
 * extracted in steps, yielding to the page between them (see `extractArticleSteps`), and reused
 * until the page changes, because on a huge page extraction takes seconds and the popup's facts
 * are usually followed at once by Reader view. Any change to the DOM or the URL (a single-page
 * site moving to the next article) drops the cached result.
 */
import { extractArticleSteps } from '../core/extract/index.ts';
import type { Article } from '../core/article.ts';
import { runInSteps } from './yield-to-page.ts';

let cached: { url: string; force: boolean; article: Article | null } | null = null;
let watcher: MutationObserver | null = null;

/** The article of the live page (extraction always works on a clone). */
export async function extractPageArticle(force: boolean): Promise<Article | null> {
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
