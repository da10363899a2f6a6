/**
 * The port a large page's copy travels on (core/extract/page-copy.ts), and the extension page's
 * side of it: rebuild the copy as its chunks arrive, extract it, and send the article back.
 * The popup connects to the tab when it wants facts; otherwise the content script connects to the
 * extension (Chrome's offscreen document, Firefox's event page). Either way the content script
 * sends the copy and receives the article. Every message is bounded: the copy comes in slices
 * and the article's two long strings in pieces, so no single message is a long task to send or
 * to receive in the page.
 */
import type { Runtime } from './browser.ts';
import type { Article } from '../core/article.ts';
import type { ArticleHints } from '../core/declutter/index.ts';
import { CopyBuilder, type CopyToken } from '../core/extract/page-copy.ts';
import { prepareCopy, type PageAddress, type PageExtraction } from '../core/extract/snapshot.ts';
import { extractArticle } from '../core/extract/index.ts';
import { hintsOf } from '../core/declutter/index.ts';
import { htmlChunks } from '../core/render-chunks.ts';

export const COPY_PORT = 'plainsight-page-copy';

/** Content script → extension page. */
export type CopyMessage = { kind: 'start'; page: PageAddress; force: boolean } | { kind: 'tokens'; tokens: CopyToken[] } | { kind: 'end' };

type LongField = 'contentHtml' | 'text';
/**
 * Extension page → content script: pieces of the long strings, then the rest of the result. The
 * markup's pieces are reader view's (core/render-chunks.ts), cut here at whole blocks, so the page
 * renders them one by one without parsing the whole article first; `contentHtml` is their join.
 */
export type ExtractionMessage =
  | { kind: 'piece'; field: LongField; value: string }
  | { kind: 'result'; force: boolean; article: Omit<Article, LongField> | null; hints: Omit<ArticleHints, 'text'> | null }
  | { kind: 'done' };

const PIECE_CHARS = 256_000;
/** How long the popup gets to paint its facts before the article is sent back. */
const FACTS_FIRST_MS = 50;

function isCopyMessage(value: unknown): value is CopyMessage {
  const message = value as { kind?: unknown; page?: { url?: unknown; baseUrl?: unknown }; tokens?: unknown } | null;
  if (!message || typeof message !== 'object') return false;
  if (message.kind === 'start') return typeof message.page?.url === 'string' && typeof message.page.baseUrl === 'string';
  if (message.kind === 'tokens') return Array.isArray(message.tokens);
  return message.kind === 'end';
}

/** Sends one extraction back, the article's markup and text in bounded pieces first. */
export function sendExtraction(port: Runtime.Port, doc: Document, force: boolean, { article, hints }: PageExtraction): void {
  const post = (message: ExtractionMessage): void => port.postMessage(message);
  if (article) {
    for (const value of htmlChunks(article.contentHtml, doc)) post({ kind: 'piece', field: 'contentHtml', value });
    for (let at = 0; at < article.text.length; at += PIECE_CHARS) post({ kind: 'piece', field: 'text', value: article.text.slice(at, at + PIECE_CHARS) });
  }
  const { contentHtml: _html, text: _text, ...rest } = article ?? { contentHtml: '', text: '' };
  const short = hints ? { title: hints.title, byline: hints.byline, imageUrls: hints.imageUrls } : null;
  post({ kind: 'result', force, article: article ? (rest as Omit<Article, LongField>) : null, hints: short });
}

/**
 * Serves one copy arriving on `port`: rebuilds it in `doc`'s implementation as it comes, then
 * extracts the article the sender asked for (and, when a plain look finds none, the best
 * candidate too, which declutter and "Try anyway" want next). `onExtracted` sees each article
 * before it is sent back (the popup shows its facts from it, and gets a moment to paint them).
 */
export function serveCopy(port: Runtime.Port, doc: Document, onExtracted?: (force: boolean, article: Article | null) => void): Promise<void> {
  return new Promise((resolve) => {
    let builder: CopyBuilder | null = null;
    let start: Extract<CopyMessage, { kind: 'start' }> | null = null;
    let gone = false;
    port.onDisconnect.addListener(() => {
      gone = true;
      resolve();
    });
    const answer = async (force: boolean): Promise<Article | null | undefined> => {
      if (gone || !builder || !start) return undefined;
      const copy = builder.doc;
      const article = extractArticle(copy, start.page.url, { force });
      if (onExtracted) {
        onExtracted(force, article);
        // Let the popup paint its facts first: the hints and reader view's pieces parse the article again.
        await new Promise((wait) => setTimeout(wait, FACTS_FIRST_MS));
      }
      if (!gone) sendExtraction(port, doc, force, { article, hints: article ? hintsOf(article, copy) : null });
      return article;
    };
    port.onMessage.addListener((message: unknown) => {
      if (!isCopyMessage(message)) return;
      if (message.kind === 'start') {
        start = message;
        builder = new CopyBuilder(doc);
      } else if (message.kind === 'tokens') builder?.add(message.tokens);
      else if (builder && start) void finish(start.force);
    });
    const finish = async (force: boolean): Promise<void> => {
      if (builder && start) prepareCopy(builder.finish(), start.page);
      const first = await answer(force);
      if (first === null && !force) {
        // Let the popup show "no article" before the second, longer look.
        await new Promise((wait) => setTimeout(wait, 20));
        await answer(true);
      }
      // The content script closes the port once it has read everything.
      if (!gone) port.postMessage({ kind: 'done' } satisfies ExtractionMessage);
      resolve();
    };
  });
}
