/**
 * What pick mode draws over the page: an outline around the chosen block with its label and size,
 * a line of help (read out by screen readers as it changes), and a confirmation before hiding the
 * article. It lives in a closed shadow root, lets the pointer through to the page (pointer-events:
 * none, except on the confirmation), and goes with one `remove()`.
 */
import { t, uiDirection, uiLanguage } from '../../shared/i18n.ts';
import overlayCss from './pick-overlay.css?inline';
import { ensureNastaliqFont } from '../../shared/nastaliq-font.ts';

const HOST_TAG = 'plainsight-pick';

export interface PickOverlay {
  /** Outlines `element` with `label`, or hides the outline for null. */
  outline(element: Element | null, label: string): void;
  say(text: string): void;
  /** Asks before hiding the article; resolves true for "Hide anyway". */
  confirm(text: string): Promise<boolean>;
  confirming(): boolean;
  /** The host element, so pick mode can tell its own overlay from the page. */
  readonly host: HTMLElement;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** Numbers in the person's interface language ("٣٠٠" or "300"). */
function formatSize(width: number, height: number): string {
  const format = new Intl.NumberFormat(uiLanguage());
  return `${format.format(Math.round(width))} × ${format.format(Math.round(height))}`;
}

export function createPickOverlay(): PickOverlay {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const layer = el('div', 'layer');
  layer.dir = uiDirection();
  layer.lang = uiLanguage();
  // The bundled Nastaliq for Urdu help text (added to the page's font set, as reader view does).
  if (/^ur\b/i.test(layer.lang)) ensureNastaliqFont();
  const box = el('div', 'outline');
  const label = el('span', 'label');
  box.append(label);
  const hint = el('p', 'hint', t('pickHint'));
  hint.setAttribute('role', 'status');
  const dialog = el('div', 'confirm');
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.hidden = true;
  const question = el('p', 'question');
  question.id = 'pick-question';
  dialog.setAttribute('aria-labelledby', question.id);
  const hideAnyway = el('button', 'danger', t('pickConfirmHide'));
  const cancel = el('button', 'cancel', t('pickConfirmCancel'));
  for (const button of [hideAnyway, cancel]) button.type = 'button';
  const buttons = el('div', 'buttons');
  buttons.append(cancel, hideAnyway);
  dialog.append(question, buttons);
  layer.append(box, hint, dialog);
  root.append(style, layer);
  document.documentElement.append(host);

  let answer: ((yes: boolean) => void) | null = null;
  const finish = (yes: boolean): void => {
    dialog.hidden = true;
    const done = answer;
    answer = null;
    done?.(yes);
  };
  hideAnyway.addEventListener('click', () => finish(true));
  cancel.addEventListener('click', () => finish(false));
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') finish(false);
    // Focus stays on the two buttons while the question is open.
    if (event.key === 'Tab') {
      event.preventDefault();
      (root.activeElement === cancel ? hideAnyway : cancel).focus();
    }
    event.stopPropagation();
  });

  return {
    host,
    outline(element, text) {
      if (!element) {
        box.classList.remove('on');
        return;
      }
      const rect = element.getBoundingClientRect();
      Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      box.classList.toggle('near-top', rect.top < 24);
      box.classList.add('on');
      label.textContent = `${text} · ${formatSize(rect.width, rect.height)}`;
    },
    say(text) {
      hint.textContent = text;
    },
    confirm(text) {
      finish(false);
      question.textContent = text;
      dialog.hidden = false;
      cancel.focus();
      return new Promise((resolve) => (answer = resolve));
    },
    confirming: () => answer !== null,
    remove() {
      finish(false);
      host.remove();
    },
  };
}
