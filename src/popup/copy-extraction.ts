/**
 * The popup as the extractor of a large page: the content script sends the page's copy on a port
 * the popup opens (shared/copy-port.ts), the popup rebuilds and extracts it here, off the page's
 * thread, shows the facts, and sends the article back so Reader view and Declutter page can use it
 * at once. The copy is data rebuilt with DOM calls in an inert document; nothing of it is rendered
 * here but the facts, as text.
 */
import browser from '../shared/browser.ts';
import { COPY_PORT, serveCopy } from '../shared/copy-port.ts';
import { sendToTab, type ArticleReport } from '../shared/messages.ts';
import { factsOf } from '../core/article.ts';

/** The report for the tab's large page, extracted here; asks the content script if this fails. */
export async function extractCopyHere(tabId: number): Promise<ArticleReport> {
  const port = browser.tabs.connect(tabId, { name: COPY_PORT, frameId: 0 });
  const report = await new Promise<ArticleReport | null>((resolve) => {
    void serveCopy(port, document, (force, article) => {
      if (!force) resolve(article ? { status: 'article', facts: factsOf(article), text: article.text } : { status: 'no-article' });
    }).then(() => resolve(null));
  });
  return report ?? sendToTab(tabId, 'article:get', { force: false });
}
