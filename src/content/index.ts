/**
 * Content script, injected on demand when the user acts. Answers the messages in
 * `ContentMessages`; extraction always runs on a clone of the live page.
 */
import browser from '../shared/browser.ts';
import { isContentMessage, POPUP_PORT, type ArticleReport, type ContentHandlers, type ContentMessage } from '../shared/messages.ts';
import { answerCopyRequest, cachedArticle, copyUnderWay, extractPageArticle, isLargePage } from './extraction.ts';
import { COPY_PORT } from '../shared/copy-port.ts';
import { factsOf, type Article } from '../core/article.ts';
import { declutterState, restoreAll, showBlock } from './declutter/apply.ts';
import { declutterPage, neverHideHere } from './declutter/declutter-page.ts';
import { closeReader, isReaderOpen, readerArticle, setReaderAppearance } from './reader-view.ts';
import { autoCleanAtLoad, openReaderWithSettings, runMode } from './auto-clean.ts';
import { onSettingsChanged, readerAppearance } from '../shared/settings-store.ts';
import { clearHighlights, showHighlights } from './highlights.ts';
import { exportArticle } from './export-article.ts';
import { startPicking } from './pick/pick-mode.ts';

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

const handlers: ContentHandlers = {
  async 'article:get'({ force, copy }): Promise<ArticleReport> {
    const reason = unsupportedReason();
    if (reason) return { status: 'unsupported', reason };
    // A large page is extracted by the popup itself, off the page's thread, unless we have it already.
    if (copy && !cachedArticle(force) && !copyUnderWay() && isLargePage()) return { status: 'large' };
    const article = await extractPageArticle(force);
    return article ? { status: 'article', facts: factsOf(article), text: article.text } : { status: 'no-article' };
  },
  async 'reader:open'({ force }) {
    if (isReaderOpen()) return { opened: true };
    if (unsupportedReason()) return { opened: false };
    return { opened: await openReaderWithSettings(force) };
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
  async 'declutter:apply'() {
    return declutterPage();
  },
  async 'declutter:list'() {
    return declutterState();
  },
  async 'declutter:show'({ id }) {
    return showBlock(id);
  },
  async 'declutter:restore'() {
    return restoreAll();
  },
  async 'declutter:never-here'({ ruleId }) {
    return neverHideHere(ruleId);
  },
  async 'pick:start'() {
    if (unsupportedReason() || isReaderOpen()) return { started: false };
    return { started: await startPicking() };
  },
  async 'clean:run'({ mode, toggle }) {
    if (unsupportedReason()) return { done: false };
    return { done: await runMode(mode, { toggle }) };
  },
  async 'highlight:show'({ targets, focus }) {
    return showHighlights(targets, focus);
  },
  async 'highlight:clear'() {
    return { cleared: clearHighlights() };
  },
  async 'article:export'({ format }) {
    if (unsupportedReason()) return null;
    // The article reader view shows when it is open (it may have been forced), else the page's.
    const article = readerArticle() ?? (await extractPageArticle(false));
    return article ? exportArticle(article, format) : null;
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
  // An open reader view follows appearance changes made on the options page, live.
  onSettingsChanged((settings) => setReaderAppearance(settings.reader));
  void readerAppearance().then((appearance) => setReaderAppearance(appearance));
  if (window.__plainsightAutoClean) void autoCleanAtLoad(window.__plainsightAutoClean);
  // The popup holds a port open while it shows; when it closes, its highlights go with it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === POPUP_PORT) port.onDisconnect.addListener(() => clearHighlights());
    else if (port.name === COPY_PORT) answerCopyRequest(port);
  });
}
