/**
 * The toolbar popup: finds the article in the current tab and shows its facts, with Reader view;
 * explains pages without an article and pages the browser keeps extensions out of.
 */
import { ensureContentScript } from '../shared/inject.ts';
import { sendToTab, type ArticleReport } from '../shared/messages.ts';
import type { ArticleFacts } from '../core/article.ts';
import { formatPublished } from '../core/format.ts';
import { RESTRICTED_MESSAGE_KEYS } from '../shared/restricted-pages.ts';
import { applyInterfaceLanguage, localize, t, uiLanguage } from '../shared/i18n.ts';
import { button, h } from './dom.ts';
import { findTargetTab, type TargetTab } from './target-tab.ts';
import { extractCopyHere } from './copy-extraction.ts';
import { POPUP_SECTIONS } from './sections/index.ts';
import type { PopupContext } from './sections/section.ts';
import './options-link.ts';

const app = document.getElementById('app') as HTMLElement;

function show(...nodes: Node[]): void {
  app.replaceChildren(...nodes);
}

function notice(text: string): HTMLElement {
  return h('p', { class: 'notice', role: 'status' }, text);
}

async function openReader(tab: TargetTab, force: boolean): Promise<void> {
  const { opened } = await sendToTab(tab.id, 'reader:open', { force });
  if (!opened) {
    show(notice(t('popupNoText')));
    return;
  }
  if (!tab.openedAsPage) window.close();
  else show(h('p', { class: 'status' }, t('popupReaderOpen')));
}

/** Each section renders on its own: a section that fails shows its error and leaves the rest alone. */
async function renderSections(context: PopupContext): Promise<void> {
  for (const section of POPUP_SECTIONS) {
    const slot = h('section', { class: `section section-${section.id}`, 'data-section': section.id });
    app.append(slot);
    try {
      const content = await section.render(context);
      if (content) slot.append(content);
      else slot.remove();
    } catch (error) {
      slot.append(notice(t('popupSectionFailed', error instanceof Error ? error.message : String(error))));
    }
  }
}

/** "1 word" / "289 words", the number in the interface language's digits and grouping. */
function countOf(n: number, one: string, many: string): string {
  return n === 1 ? t(one) : t(many, new Intl.NumberFormat(uiLanguage()).format(n));
}

function renderFacts(tab: TargetTab, facts: ArticleFacts): void {
  const rows: [string, string | null][] = [
    [t('popupBy'), facts.byline],
    [t('popupPublished'), formatPublished(facts.publishedTime, uiLanguage())],
    [t('popupLength'), `${countOf(facts.wordCount, 'popupWord', 'popupWords')} · ${countOf(facts.readingMinutes, 'popupMinuteRead', 'popupMinutesRead')}`],
  ];
  const list = h('dl', { class: 'facts' });
  for (const [label, value] of rows) {
    if (value) list.append(h('dt', {}, label), h('dd', {}, value));
  }
  show(
    h('p', { class: 'site' }, facts.siteName ?? ''),
    h('h1', { class: 'title', dir: facts.dir, lang: facts.lang ?? undefined }, facts.title),
    list,
    h('div', { class: 'actions' }, button(t('popupReaderView'), () => void openReader(tab, false), 'primary')),
  );
}

function renderNoArticle(tab: TargetTab): void {
  show(
    notice(t('popupNoArticle')),
    h('div', { class: 'actions' }, button(t('popupTryAnyway'), () => void openReader(tab, true), 'primary')),
  );
}

function render(tab: TargetTab, report: ArticleReport): void {
  if (report.status === 'article') {
    renderFacts(tab, report.facts);
    void renderSections({ tab, report });
  } else if (report.status === 'no-article') renderNoArticle(tab);
  else if (report.status === 'unsupported') show(notice(report.reason === 'pdf' ? t('restricted_pdf') : t('popupNotWebPage')));
}

async function start(): Promise<void> {
  applyInterfaceLanguage();
  localize(document);
  const tab = await findTargetTab();
  if (!tab) {
    show(notice(t('popupNoTab')));
    return;
  }
  const injected = await ensureContentScript(tab.id, tab.url);
  if (!injected.ok) {
    show(notice(t(RESTRICTED_MESSAGE_KEYS[injected.kind])));
    return;
  }
  const report = await sendToTab(tab.id, 'article:get', { force: false, copy: true });
  render(tab, report.status === 'large' ? await extractCopyHere(tab.id) : report);
}

/** Chromium's words when the content script is not listening (the page blocked it, or it is gone). */
const NOT_LISTENING = /Receiving end does not exist|Could not establish connection/i;

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // A page can keep the content script from starting (e.g. an <iframe name="chrome"> hides the
  // extension API from it in Chromium); say so plainly instead of quoting the browser's error.
  if (NOT_LISTENING.test(message)) show(notice(t('popupNotListening')));
  else show(notice(t('popupError', message)));
});
