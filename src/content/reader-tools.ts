/**
 * Reader view's toolbar tools: Listen, Copy as Markdown, Download .md, Download .html and Print.
 * The files are the same the popup's Save buttons give (export-article.ts). A status line says
 * what happened; when the browser refuses the clipboard, the Markdown is shown selected, to copy
 * by hand.
 */
import type { Article } from '../core/article.ts';
import { t } from '../shared/i18n.ts';
import { copyText, downloadText } from '../shared/save-file.ts';
import { exportArticle, type ExportFormat } from './export-article.ts';
import { createListen } from './listen/listen-bar.ts';
import { watchPrinting } from './reader-print.ts';

export interface ReaderTools {
  /** Buttons for the toolbar, before Close. */
  buttons: HTMLElement[];
  /** Shown under the toolbar: the Listen bar, the status line and the copy fallback. */
  panels: HTMLElement[];
  dispose(): void;
}

function toolButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tool';
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

export function createReaderTools(overlay: HTMLElement, article: Article): ReaderTools {
  const listen = createListen(overlay, article);
  const status = document.createElement('p');
  status.className = 'tools-status';
  status.setAttribute('role', 'status');
  const fallback = document.createElement('div');
  fallback.className = 'copy-fallback';
  fallback.hidden = true;
  let printing: ReturnType<typeof watchPrinting> | null = null;

  const say = (text: string): void => {
    status.textContent = text;
  };
  const showFallback = (text: string): void => {
    const label = document.createElement('label');
    label.textContent = t('copyFallback');
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.value = text;
    area.rows = 8;
    label.append(area);
    fallback.replaceChildren(label);
    fallback.hidden = false;
    area.focus();
    area.select();
  };
  const copy = async (): Promise<void> => {
    say('');
    fallback.hidden = true;
    const { text } = await exportArticle(article, 'markdown');
    if (await copyText(text, overlay)) say(t('copiedMarkdown'));
    else {
      say(t('copyBlocked'));
      showFallback(text);
    }
  };
  const download = async (format: ExportFormat): Promise<void> => {
    say('');
    const file = await exportArticle(article, format);
    downloadText(file.filename, file.text, file.mime, overlay);
    say(t('savedFile', file.filename));
  };
  const fail = (error: unknown): void => say(t('saveFailed', error instanceof Error ? error.message : String(error)));

  const host = (overlay.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  if (host) printing = watchPrinting(host);
  const buttons = [
    listen.button,
    toolButton(t('copyMarkdown'), () => void copy().catch(fail)),
    toolButton(t('downloadMarkdown'), () => void download('markdown').catch(fail)),
    toolButton(t('downloadHtml'), () => void download('html').catch(fail)),
    toolButton(t('printArticle'), () => window.print()),
  ];
  return {
    buttons,
    panels: [listen.bar, status, fallback],
    dispose() {
      listen.dispose();
      printing?.dispose();
    },
  };
}
