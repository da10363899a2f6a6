/**
 * Content script, injected on demand when the user acts. Answers the messages in
 * `ContentMessages`; extraction always runs on a clone of the live page.
 */
import browser from '../shared/browser.ts';
import { isContentMessage, POPUP_PORT, type ArticleReport, type ContentHandlers, type ContentMessage } from '../shared/messages.ts';
import { extractArticle } from '../core/extract/index.ts';
import { factsOf, type Article } from '../core/article.ts';
import { closeReader, isReaderOpen, openReader } from './reader-view.ts';
import { clearHighlights, showHighlights } from './highlights.ts';

declare global {
  interface Window {
    /** Set in the content script's isolated world, so the page cannot see or fake it. */
    __plainsightContentLoaded?: boolean;
  }
}

function unsupportedReason(): 'pdf' | 'not-html' | null {
  if (document.contentType === 'application/pdf') return 'pdf';
  if (!(document.documentElement instanceof HTMLHtmlElement) && !document.body) return 'not-html';
  return null;
}

function extract(force: boolean): Article | null {
  return extractArticle(document, location.href, { force });
}

const handlers: ContentHandlers = {
  async 'article:get'({ force }): Promise<ArticleReport> {
    const reason = unsupportedReason();
    if (reason) return { status: 'unsupported', reason };
    const article = extract(force);
    return article ? { status: 'article', facts: factsOf(article), text: article.text } : { status: 'no-article' };
  },
  async 'reader:open'({ force }) {
    if (isReaderOpen()) return { opened: true };
    const article = unsupportedReason() ? null : extract(force);
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
  async 'highlight:show'({ targets, focus }) {
    return showHighlights(targets, focus);
  },
  async 'highlight:clear'() {
    return { cleared: clearHighlights() };
  },
};

function handle(message: ContentMessage): Promise<unknown> {
  const handler = handlers[message.type] as (payload: unknown) => Promise<unknown>;
  return handler(message.payload);
}

if (!window.__plainsightContentLoaded) {
  window.__plainsightContentLoaded = true;
  // A plain listener that returns a Promise only for our messages: an async listener would claim every message.
  browser.runtime.onMessage.addListener((message: unknown) => (isContentMessage(message) ? handle(message) : undefined));
  // The popup holds a port open while it shows; when it closes, its highlights go with it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === POPUP_PORT) port.onDisconnect.addListener(() => clearHighlights());
  });
}
