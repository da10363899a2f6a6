/**
 * The popup's "Always clean this site" switch: adds or removes the current site from the
 * auto-clean list (reader view mode; the options page can change the mode), asking the browser
 * for that one site's permission when switched on and giving it back when switched off.
 */
import { h } from '../dom.ts';
import { t } from '../../shared/i18n.ts';
import { loadSettings, updateSettings } from '../../shared/settings-store.ts';
import { releaseSitePermissions, requestSitePermissions, syncAutoClean } from '../../shared/site-permissions.ts';
import { sitePatternForUrl } from '../../core/settings/index.ts';
import type { PopupSection } from './section.ts';

async function switchOn(pattern: string, label: string, note: HTMLElement, toggle: HTMLInputElement): Promise<void> {
  // First call in the click: the browser only prompts while the click is current. The site is
  // saved at once too, because a popup can close while the prompt is up; the background registers
  // it only once the permission is granted, and the options page offers "Allow" until then.
  const granted = requestSitePermissions([pattern]).catch(() => false);
  await updateSettings((settings) => {
    if (!settings.autoClean.some((site) => site.pattern === pattern)) settings.autoClean.push({ pattern, mode: 'reader' });
  });
  note.textContent = t('alwaysCleanNeedsPermission', label);
  if (!(await granted)) {
    const settings = await updateSettings((next) => (next.autoClean = next.autoClean.filter((site) => site.pattern !== pattern)));
    await releaseSitePermissions([pattern], settings);
    toggle.checked = false;
    note.textContent = t('permissionDenied');
    return;
  }
  await syncAutoClean();
  note.textContent = t('alwaysCleanOn', label);
}

async function switchOff(pattern: string, note: HTMLElement): Promise<void> {
  const settings = await updateSettings((next) => (next.autoClean = next.autoClean.filter((site) => site.pattern !== pattern)));
  await releaseSitePermissions([pattern], settings);
  await syncAutoClean();
  note.textContent = '';
}

export const alwaysCleanSection: PopupSection = {
  id: 'always-clean',
  async render({ tab }) {
    const site = sitePatternForUrl(tab.url);
    if (!site?.ok) return null;
    const { settings } = await loadSettings();
    const toggle = h('input', { type: 'checkbox', role: 'switch', id: 'always-clean' });
    toggle.checked = settings.autoClean.some((listed) => listed.pattern === site.pattern);
    const note = h('p', { class: 'status', id: 'always-clean-note', role: 'status' }, toggle.checked ? t('alwaysCleanOn', site.label) : '');
    toggle.setAttribute('aria-describedby', 'always-clean-note');
    toggle.addEventListener('change', () => void (toggle.checked ? switchOn(site.pattern, site.label, note, toggle) : switchOff(site.pattern, note)));
    return h('div', { class: 'always-clean' }, h('div', { class: 'switch-row' }, toggle, h('label', { for: 'always-clean' }, t('alwaysClean'))), note);
  },
};
