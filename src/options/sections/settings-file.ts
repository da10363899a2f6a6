/**
 * Export, import and reset. Import is all or nothing: a file with bad JSON or any wrong field is
 * refused with every problem listed. Reset and import give back the permissions of sites they drop.
 */
import { h } from '../../shared/dom.ts';
import { releaseSitePermissions, syncAutoClean } from '../../shared/site-permissions.ts';
import { defaultSettings, parseSettingsFile, serializeSettings, type Settings } from '../../core/settings/index.ts';
import type { OptionsContext, OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card } from './form.ts';

export const EXPORT_FILE_NAME = 'plainsight-settings.json';

function exportSettings(settings: Settings): void {
  const url = URL.createObjectURL(new Blob([serializeSettings(settings)], { type: 'application/json' }));
  const link = h('a', { href: url, download: EXPORT_FILE_NAME });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Swaps in `next`, then hands back permissions no remaining site needs and re-registers. */
async function replaceAll(context: OptionsContext, next: Settings, message: string): Promise<void> {
  const before = context.settings.autoClean.map((site) => site.pattern);
  await context.replace(next, null);
  const kept = new Set(next.autoClean.map((site) => site.pattern));
  await releaseSitePermissions(before.filter((pattern) => !kept.has(pattern)), next);
  await syncAutoClean();
  await context.refresh();
  context.status(message);
}

function resetControls(context: OptionsContext): HTMLElement {
  const wrap = h('div', { class: 'reset' });
  const ask = h('button', { type: 'button', id: 'reset', class: 'danger' }, t('resetSettings'));
  ask.addEventListener('click', () => {
    const yes = h('button', { type: 'button', id: 'reset-confirm', class: 'danger' }, t('resetYes'));
    const no = h('button', { type: 'button', id: 'reset-cancel' }, t('cancel'));
    const question = h('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'reset-question' }, h('p', { id: 'reset-question' }, t('resetConfirm')), yes, no);
    yes.addEventListener('click', () => void replaceAll(context, defaultSettings(), t('resetDone')));
    no.addEventListener('click', () => {
      question.remove();
      ask.focus();
    });
    wrap.append(question);
    no.focus();
  });
  wrap.prepend(ask);
  return wrap;
}

export const settingsFileSection: OptionsSection = {
  id: 'file',
  render(context) {
    const exportButton = h('button', { type: 'button', id: 'export' }, t('exportSettings'));
    exportButton.addEventListener('click', () => exportSettings(context.settings));
    const file = h('input', { type: 'file', id: 'import-file', accept: 'application/json,.json' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      void chosen.text().then((text) => {
        file.value = '';
        const result = parseSettingsFile(text);
        if (!result.ok) {
          context.status(t('importRefused', result.problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('; ')), 'error');
          return;
        }
        return replaceAll(context, result.settings, t('imported'));
      });
    });
    return card(
      'file',
      t('fileHeading'),
      h('div', { class: 'actions' }, exportButton, h('label', { for: 'import-file' }, t('importSettings')), file),
      resetControls(context),
    );
  },
};
