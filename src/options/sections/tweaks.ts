/**
 * Per-site tweaks for declutter: extra selectors to hide, selectors never to hide, and the
 * "never hide this here" choices made from the popup's hidden list (removable here). Selectors are
 * checked by the browser's own parser before anything is saved.
 */
import { h } from '../../shared/dom.ts';
import { emptyTweaks, type SiteTweaks } from '../../core/settings/index.ts';
import type { OptionsContext, OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card } from './form.ts';

/** The first line that is not a valid selector, as [line number, text], or null. */
export function invalidSelectorLine(lines: string[]): [number, string] | null {
  const probe = document.createDocumentFragment();
  for (const [index, line] of lines.entries()) {
    try {
      probe.querySelector(line);
    } catch {
      return [index + 1, line];
    }
  }
  return null;
}

const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

function hostEditor(context: OptionsContext, host: string, tweaks: SiteTweaks, index: number): HTMLElement {
  const fieldFor = (key: 'hide' | 'keep', label: string): [HTMLTextAreaElement, HTMLElement] => {
    const id = `tweaks-${index}-${key}`;
    const area = h('textarea', { id, rows: '3', spellcheck: 'false', 'aria-describedby': `tweaks-${index}-error` });
    area.value = tweaks[key].join('\n');
    return [area, h('div', { class: 'field' }, h('label', { for: id }, label), area)];
  };
  const [hide, hideField] = fieldFor('hide', t('tweaksHide'));
  const [keep, keepField] = fieldFor('keep', t('tweaksKeep'));
  const error = h('p', { class: 'field-error', id: `tweaks-${index}-error`, role: 'alert' });
  const save = h('button', { type: 'button', id: `tweaks-${index}-save`, 'aria-label': t('tweaksSaveLabel', host) }, t('tweaksSave'));
  save.addEventListener('click', () => {
    const next = { hide: linesOf(hide.value), keep: linesOf(keep.value) };
    const bad = invalidSelectorLine(next.hide) ?? invalidSelectorLine(next.keep);
    if (bad) {
      error.textContent = t('tweaksBadSelector', String(bad[0]), bad[1]);
      return;
    }
    error.textContent = '';
    void context.save((settings) => {
      const entry = (settings.siteTweaks[host] ??= emptyTweaks());
      entry.hide = next.hide;
      entry.keep = next.keep;
    });
  });
  const remove = h('button', { type: 'button', 'aria-label': t('tweaksRemove', host) }, t('removeSite'));
  remove.addEventListener('click', () => {
    void context.save((settings) => delete settings.siteTweaks[host]).then(() => context.refresh());
  });
  const kept = h('ul', { class: 'kept-rules' });
  for (const rule of tweaks.keptRules) {
    const again = h('button', { type: 'button', 'aria-label': t('tweaksShowAgainLabel', rule) }, t('tweaksShowAgain'));
    again.addEventListener('click', () => {
      void context.save((settings) => {
        const entry = settings.siteTweaks[host];
        if (entry) entry.keptRules = entry.keptRules.filter((id) => id !== rule);
      }).then(() => context.refresh());
    });
    kept.append(h('li', {}, h('code', {}, rule), again));
  }
  return h(
    'li',
    { class: 'tweaks-host', 'data-host': host },
    h('h3', {}, host),
    hideField,
    keepField,
    tweaks.keptRules.length > 0 ? h('div', {}, h('p', { class: 'hint' }, t('tweaksKeptRules')), kept) : null,
    error,
    h('div', { class: 'actions' }, save, remove),
  );
}

function addHostForm(context: OptionsContext): HTMLElement {
  const input = h('input', { type: 'text', id: 'tweaks-host', autocomplete: 'off', spellcheck: 'false', placeholder: 'www.dawn.com', 'aria-describedby': 'tweaks-host-error' });
  const error = h('p', { class: 'field-error', id: 'tweaks-host-error', role: 'alert' });
  const form = h('form', { class: 'add-site', novalidate: '' }, h('div', { class: 'field' }, h('label', { for: 'tweaks-host' }, t('tweaksHostLabel')), input), h('button', { type: 'submit', id: 'tweaks-host-add' }, t('tweaksAdd')), error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = input.value.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && host !== 'localhost') {
      error.textContent = t('tweaksBadHost');
      return;
    }
    void context.save((settings) => void (settings.siteTweaks[host] ??= emptyTweaks())).then(() => context.refresh());
  });
  return form;
}

export const tweaksSection: OptionsSection = {
  id: 'tweaks',
  render(context) {
    const list = h('ul', { class: 'tweaks-list' });
    Object.entries(context.settings.siteTweaks).forEach(([host, tweaks], index) => list.append(hostEditor(context, host, tweaks, index)));
    return card('tweaks', t('tweaksHeading'), h('p', { class: 'intro' }, t('tweaksIntro')), list, addHostForm(context));
  },
};
