/**
 * Reader view: the article over the page, in a closed shadow root so page CSS and scripts cannot
 * restyle it or reach into it. Opening changes nothing in the page but one host element; closing
 * removes it and puts the scroll position back.
 */
import { t } from '../shared/i18n.ts';
import type { Article } from '../core/article.ts';
import { parseInert, sanitizeToFragment } from '../core/html.ts';
import { blockText } from '../core/extract/block-text.ts';
import { htmlChunks } from '../core/render-chunks.ts';
import { renderPiecesOf } from './copy-sender.ts';
import { yieldToPage } from './yield-to-page.ts';
import { formatPublished, formatReadingTime } from '../core/format.ts';
import readerCss from './reader-view.css?inline';
import type { ReaderAppearance } from '../core/settings/schema.ts';
import { applyAppearance, watchSystemTheme } from './reader-appearance.ts';
import { createReaderTools, type ReaderTools } from './reader-tools.ts';

const HOST_TAG = 'plainsight-reader';

interface OpenReader {
  host: HTMLElement;
  /** The article element inside the closed shadow root, where highlights are looked for. */
  content: HTMLElement;
  scrollX: number;
  scrollY: number;
  onKeyDown: (event: KeyboardEvent) => void;
  overlay: HTMLElement;
  stopWatching: () => void;
  tools: ReaderTools;
  article: Article;
}

let current: OpenReader | null = null;
let appearance: ReaderAppearance | null = null;

/** Whether the look is known yet (the content script loads it once, then follows changes). */
export function hasReaderAppearance(): boolean {
  return appearance !== null;
}

/** Sets the look of reader view, now if it is open and for every later opening. */
export function setReaderAppearance(next: ReaderAppearance): void {
  appearance = next;
  if (current) applyAppearance(current.overlay, next);
}

export function isReaderOpen(): boolean {
  return current !== null && current.host.isConnected;
}

export function openReader(article: Article): void {
  if (isReaderOpen()) return;
  const host = document.createElement(HOST_TAG);
  // The host's own look (shown whatever the page's CSS says) is `:host` in reader-view.css.
  host.setAttribute('data-state', 'rendering');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = readerCss;
  const overlay = buildOverlay(article);
  root.append(style, overlay);
  // Listen, Save and Print follow Close (which stays the first stop for Tab), their panels under the toolbar.
  const tools = createReaderTools(overlay, article);
  const toolbar = overlay.querySelector('.toolbar');
  toolbar?.append(...tools.buttons);
  toolbar?.after(...tools.panels);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') {
      keepFocusInside(event, root, overlay);
      return;
    }
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    closeReader();
  };
  if (appearance) applyAppearance(overlay, appearance);
  // "Follow system" must follow the system while reader view is open, too.
  const stopWatching = watchSystemTheme(() => appearance && applyAppearance(overlay, appearance));
  current = { host, content: overlay.querySelector('.article') ?? overlay, scrollX: window.scrollX, scrollY: window.scrollY, onKeyDown, overlay, stopWatching, tools, article };
  window.addEventListener('keydown', onKeyDown, true);
  document.documentElement.append(host);
  overlay.focus({ preventScroll: true });
}

/** The article reader view shows, while it is open. */
export function readerArticle(): Article | null {
  return isReaderOpen() && current ? current.article : null;
}

/** The reader view's article element while reader view is open, else null. */
export function readerContentRoot(): HTMLElement | null {
  return isReaderOpen() && current ? current.content : null;
}

export function closeReader(): boolean {
  if (!current) return false;
  const { host, scrollX, scrollY, onKeyDown, stopWatching, tools } = current;
  current = null;
  stopWatching();
  tools.dispose();
  window.removeEventListener('keydown', onKeyDown, true);
  host.remove();
  window.scrollTo(scrollX, scrollY);
  return true;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, video[controls], audio[controls], [tabindex]:not([tabindex="-1"])';

/**
 * Reader view is a modal dialog over the page: Tab and Shift+Tab go round its own controls and
 * links instead of wandering into the page hidden underneath.
 */
function keepFocusInside(event: KeyboardEvent, root: ShadowRoot, overlay: HTMLElement): void {
  // Only controls a person can reach: the Listen bar and the copy fallback are hidden until used.
  const items = Array.from(overlay.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((item) => !item.closest('[hidden]') && !(item as HTMLButtonElement).disabled);
  const active = root.activeElement;
  const first = items[0];
  const last = items[items.length - 1];
  let target: HTMLElement | undefined;
  if (!first || !last) target = overlay;
  else if (!active || !overlay.contains(active)) target = event.shiftKey ? last : first;
  else if (event.shiftKey && (active === first || active === overlay)) target = last;
  else if (!event.shiftKey && active === last) target = first;
  if (!target) return;
  event.preventDefault();
  event.stopPropagation();
  target.focus();
}

function buildOverlay(article: Article): HTMLElement {
  const overlay = element('div', 'overlay');
  overlay.tabIndex = -1;
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-modal', 'true');
  overlay.setAttribute('aria-label', t('readerDialogLabel', article.title));

  const toolbar = element('div', 'toolbar');
  const close = element('button', 'close', t('readerClose'));
  close.type = 'button';
  close.title = t('readerCloseHint');
  close.addEventListener('click', () => closeReader());
  toolbar.append(close);

  const body = element('article', 'article');
  body.dir = article.dir;
  if (article.lang) body.lang = article.lang;
  if (article.siteName) body.append(element('p', 'site', article.siteName));
  body.append(element('h1', 'title', article.title));
  const meta = element('p', 'meta');
  for (const part of [article.byline, formatPublished(article.publishedTime), formatReadingTime(article.readingMinutes)]) {
    if (part) meta.append(element('span', 'meta-item', part));
  }
  body.append(meta);

  const content = element('div', 'content');
  renderContent(content, article);
  if (article.leadImage && !containsImage(content, article.leadImage)) {
    const lead = element('figure', 'lead');
    const img = document.createElement('img');
    img.src = article.leadImage;
    img.alt = '';
    lead.append(img);
    body.append(lead);
  }
  body.append(content);
  overlay.append(toolbar, body);
  return overlay;
}

/**
 * Sanitises and appends the article piece by piece, one piece per task, so a huge article never
 * freezes the page for long; the first piece shows at once. Stops when reader view is closed.
 */
function renderContent(content: HTMLElement, article: Article): void {
  const pieces = (renderPiecesOf(article) ?? htmlChunks(article.contentHtml, document))[Symbol.iterator]();
  let first = true;
  const step = (): void => {
    if (!first && !content.isConnected) return; // reader view was closed
    first = false;
    const next = pieces.next();
    if (next.done) {
      // Lets tests and the huge-page benchmark see when the whole article is in.
      (content.getRootNode() as ShadowRoot).host?.setAttribute('data-state', 'ready');
      return;
    }
    const fragment = sanitizeToFragment(next.value, window);
    // Each piece in its own box: with content-visibility (reader-view.css) the browser skips
    // laying out pieces far off screen, which is what kept huge articles slow after insertion.
    const piece = element('div', 'piece');
    if (fragment.hasChildNodes()) piece.append(fragment);
    // An empty fragment from non-empty markup means the sanitiser refused it: show its text instead.
    else if (next.value.trim()) piece.append(...blockText(parseInert(document, next.value).body).split(/\n{2,}/).map((text) => element('p', 'paragraph', text)));
    content.append(piece);
    void yieldToPage().then(step);
  };
  step();
}

function containsImage(container: HTMLElement, url: string): boolean {
  const name = url.split(/[?#]/)[0]?.split('/').pop() ?? url;
  return Array.from(container.querySelectorAll('img')).some((img) => img.src === url || (name !== '' && img.src.includes(name)));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
