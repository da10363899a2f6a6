/**
 * Popup section "Save and share": Copy as Markdown, Download .md and Download .html, the same
 * files reader view's buttons give (the content script makes them; see content/export-article.ts).
 * The popup is an extension page, so `<a download>` on a Blob URL needs no `downloads` permission.
 */
import { button, h } from '../dom.ts';
import { t } from '../../shared/i18n.ts';
import { sendToTab } from '../../shared/messages.ts';
import { copyText, downloadText } from '../../shared/save-file.ts';
import type { PopupContext, PopupSection } from './section.ts';

export const saveSection: PopupSection = {
  id: 'save',
  render({ tab }: PopupContext) {
    const status = h('p', { class: 'muted save-status', role: 'status' });
    const fallback = h('div', { class: 'copy-fallback' });
    const section = h('div', { class: 'save' });
    const fetchFile = async (format: 'markdown' | 'html'): Promise<{ text: string; filename: string; mime: string } | null> => {
      const file = await sendToTab(tab.id, 'article:export', { format });
      if (!file) status.textContent = t('popupSaveNoArticle');
      return file;
    };
    const run = (action: () => Promise<void>) => (): void => {
      fallback.replaceChildren();
      status.textContent = '';
      action().catch((error: unknown) => (status.textContent = t('saveFailed', error instanceof Error ? error.message : String(error))));
    };
    const copy = run(async () => {
      const file = await fetchFile('markdown');
      if (!file) return;
      if (await copyText(file.text, section)) {
        status.textContent = t('copiedMarkdown');
        return;
      }
      status.textContent = t('copyBlocked');
      const area = h('textarea', { readonly: '', rows: '6', class: 'copy-area' });
      area.value = file.text;
      fallback.append(h('label', {}, t('copyFallback'), area));
      area.focus();
      area.select();
    });
    const download = (format: 'markdown' | 'html') =>
      run(async () => {
        const file = await fetchFile(format);
        if (!file) return;
        downloadText(file.filename, file.text, file.mime, section);
        status.textContent = t('savedFile', file.filename);
      });
    section.append(
      h('h2', {}, t('popupSaveHeading')),
      h('div', { class: 'actions' }, button(t('copyMarkdown'), copy), button(t('downloadMarkdown'), download('markdown')), button(t('downloadHtml'), download('html'))),
      status,
      fallback,
    );
    return section;
  },
};
