/**
 * The content script's side of the copy port (shared/copy-port.ts): sends the live page's DOM as
 * data, one slice per task so the page stays responsive, and collects the article that comes
 * back. The live page is only read, through prototype getters: a page can clobber
 * `document.documentElement` or `document.baseURI` with `<img name=…>` (named properties win on
 * Document, in the isolated world too).
 */
import type { Runtime } from '../shared/browser.ts';
import type { Article } from '../core/article.ts';
import type { CopyMessage, ExtractionMessage } from '../shared/copy-port.ts';
import { copyPageChunks } from '../core/extract/page-copy.ts';
import type { PageExtraction } from '../core/extract/snapshot.ts';
import { yieldToPage } from './yield-to-page.ts';

function read<T>(proto: object, name: string, target: object): T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new TypeError(`${name} is not available`);
  return get.call(target) as T;
}

/** Reader view's pieces of an article extracted elsewhere, as they came (core/render-chunks.ts). */
const renderPieces = new WeakMap<Article, readonly string[]>();

export function renderPiecesOf(article: Article): readonly string[] | undefined {
  return renderPieces.get(article);
}

/** Sends the page's copy on `port`, yielding to the page after each slice. */
export async function sendCopy(port: Runtime.Port, force: boolean): Promise<void> {
  const post = (message: CopyMessage): void => port.postMessage(message);
  const root = read<Element | null>(Document.prototype, 'documentElement', document);
  post({ kind: 'start', page: { url: location.href, baseUrl: read<string>(Node.prototype, 'baseURI', document) }, force });
  if (root) {
    for (const tokens of copyPageChunks(root)) {
      post({ kind: 'tokens', tokens });
      await yieldToPage();
    }
  }
  post({ kind: 'end' });
}

export interface ExtractionReplies {
  get(force: boolean): Promise<PageExtraction | null>;
  /** Stops waiting (what has not come yet is null) and closes the port. */
  close(): void;
}

/**
 * The extractions coming back on `port`, by `force`; null for one the other side did not send.
 * Closes the port when the other side is done; `onClosed` runs once either way.
 */
export function receiveExtractions(port: Runtime.Port, onClosed: () => void): ExtractionReplies {
  const results = new Map<boolean, PageExtraction>();
  const waiting = new Map<boolean, ((result: PageExtraction | null) => void)[]>();
  let pieces = { contentHtml: [] as string[], text: [] as string[] };
  let closed = false;
  const settle = (force: boolean, result: PageExtraction | null): void => {
    for (const resolve of waiting.get(force) ?? []) resolve(result);
    waiting.delete(force);
  };
  port.onMessage.addListener((raw: unknown) => {
    const message = raw as ExtractionMessage;
    if (message?.kind === 'piece' && (message.field === 'contentHtml' || message.field === 'text') && typeof message.value === 'string') {
      pieces[message.field].push(message.value);
    } else if (message?.kind === 'result' && typeof message.force === 'boolean') {
      const text = pieces.text.join('');
      const article = message.article ? ({ ...message.article, contentHtml: pieces.contentHtml.join(''), text } as Article) : null;
      if (article) renderPieces.set(article, pieces.contentHtml);
      const hints = article && message.hints ? { ...message.hints, text } : null;
      pieces = { contentHtml: [], text: [] };
      results.set(message.force, { article, hints });
      settle(message.force, { article, hints });
    } else if (message?.kind === 'done') closePort();
  });
  const close = (): void => {
    if (closed) return;
    closed = true;
    for (const force of [...waiting.keys()]) settle(force, null);
    onClosed();
  };
  port.onDisconnect.addListener(close);
  const closePort = (): void => {
    close();
    port.disconnect();
  };
  return {
    get(force) {
      const known = results.get(force);
      if (known || closed) return Promise.resolve(known ?? null);
      return new Promise((resolve) => waiting.set(force, [...(waiting.get(force) ?? []), resolve]));
    },
    close: closePort,
  };
}
