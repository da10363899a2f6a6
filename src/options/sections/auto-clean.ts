/**
 * Auto-clean sites: the list (each with its mode, permission state and Remove), the form that
 * adds a typed site with clear messages for bad input, and the suggested news sites.
 */
import { h } from '../../shared/dom.ts';
import { hasSitePermission, releaseSitePermissions, requestSitePermissions, syncAutoClean } from '../../shared/site-permissions.ts';
import { SUGGESTED_SITES, parseSitePattern, type AutoCleanSite, type CleanMode, type SitePatternResult } from '../../core/settings/index.ts';
import type { OptionsContext, OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card, select, type Choice } from './form.ts';

const modeChoices = (): Choice<CleanMode>[] => [
  { value: 'reader', label: t('modeReader') },
  { value: 'declutter', label: t('modeDeclutter') },
];

/** A readable name for a stored pattern: "dawn.com" for "*://*.dawn.com/*". */
export function siteLabel(pattern: string): string {
  const whole = /^\*:\/\/(?:\*\.)?([^/]+)\/\*$/.exec(pattern);
  return whole ? (whole[1] as string) : pattern;
}

export function patternErrorMessage(result: Extract<SitePatternResult, { ok: false }>): string {
  const message = t(`patternError_${result.error.replace(/-/g, '_')}`);
  return result.suggestion ? `${message} ${t('patternSuggestion', result.suggestion)}` : message;
}

/**
 * Adds sites after asking the browser. The permission request is the first call, made while the
 * click is still current; the settings change only if the browser said yes.
 */
export async function addSites(context: OptionsContext, sites: AutoCleanSite[]): Promise<boolean> {
  const fresh = sites.filter((site) => !context.settings.autoClean.some((listed) => listed.pattern === site.pattern));
  if (fresh.length === 0) {
    context.status(t('siteAlreadyListed', siteLabel(sites[0]?.pattern ?? '')));
    return false;
  }
  const granted = await requestSitePermissions(fresh.map((site) => site.pattern)).catch(() => false);
  if (!granted) {
    context.status(t('permissionDenied'), 'error');
    return false;
  }
  const message = fresh.length === 1 ? t('siteAdded', siteLabel(fresh[0]?.pattern ?? '')) : t('sitesAdded', String(fresh.length));
  await context.save((settings) => settings.autoClean.push(...fresh), null);
  // Announced once the sites are registered, so "Added" means pages of it are cleaned from now on.
  await syncAutoClean();
  await context.refresh();
  context.status(message);
  return true;
}

async function removeSite(context: OptionsContext, pattern: string): Promise<void> {
  await context.save((settings) => {
    settings.autoClean = settings.autoClean.filter((site) => site.pattern !== pattern);
  }, null);
  await releaseSitePermissions([pattern], context.settings);
  await syncAutoClean();
  await context.refresh();
  context.status(t('siteRemoved', siteLabel(pattern)));
}

async function siteRow(context: OptionsContext, site: AutoCleanSite, index: number): Promise<HTMLElement> {
  const label = siteLabel(site.pattern);
  const mode = select({ id: `site-mode-${index}`, 'aria-label': t('modeLabelFor', label) }, modeChoices(), site.mode, (value) => {
    void context.save((settings) => {
      const entry = settings.autoClean.find((listed) => listed.pattern === site.pattern);
      if (entry) entry.mode = value;
    }).then(syncAutoClean);
  });
  const remove = h('button', { type: 'button', id: `site-remove-${index}`, 'aria-label': t('removeSiteLabel', label) }, t('removeSite'));
  remove.addEventListener('click', () => void removeSite(context, site.pattern));
  const row = h('li', { class: 'site-row', 'data-pattern': site.pattern }, h('span', { class: 'site-name' }, label), h('code', { class: 'pattern' }, site.pattern), mode, remove);
  if (!(await hasSitePermission(site.pattern))) {
    const allow = h('button', { type: 'button', 'aria-label': t('allowSiteLabel', label) }, t('allowSite'));
    allow.addEventListener('click', () => {
      void requestSitePermissions([site.pattern]).then(async (granted) => {
        if (!granted) return context.status(t('permissionDenied'), 'error');
        await syncAutoClean();
        await context.refresh();
      });
    });
    row.append(h('p', { class: 'note' }, t('sitePermissionMissing')), allow);
  }
  return row;
}

function addForm(context: OptionsContext): HTMLElement {
  const input = h('input', { type: 'text', id: 'site-input', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'site-hint site-error', placeholder: 'urdupoint.com' });
  let mode: CleanMode = 'reader';
  const modeSelect = select({ id: 'site-input-mode' }, modeChoices(), mode, (value) => (mode = value));
  const error = h('p', { class: 'field-error', id: 'site-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'add-site', novalidate: '' },
    h('div', { class: 'field' }, h('label', { for: 'site-input' }, t('siteInputLabel')), input),
    h('div', { class: 'field' }, h('label', { for: 'site-input-mode' }, t('modeLabel')), modeSelect),
    h('button', { type: 'submit', id: 'site-add', class: 'primary' }, t('addSite')),
    h('p', { class: 'hint', id: 'site-hint' }, t('siteInputHint')),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = parseSitePattern(input.value);
    if (!parsed.ok) {
      error.textContent = patternErrorMessage(parsed);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    void addSites(context, [{ pattern: parsed.pattern, mode }]);
  });
  return form;
}

function suggestions(context: OptionsContext): HTMLElement {
  const listed = new Set(context.settings.autoClean.map((site) => site.pattern));
  const missing = SUGGESTED_SITES.filter((site) => !listed.has(site.pattern));
  const addAll = h('button', { type: 'button', id: 'suggested-add-all' }, t('addAllSuggested'));
  addAll.disabled = missing.length === 0;
  addAll.addEventListener('click', () => void addSites(context, missing.map((site) => ({ pattern: site.pattern, mode: 'reader' }))));
  const list = h('ul', { class: 'suggested' });
  SUGGESTED_SITES.forEach((site, index) => {
    const add = h('button', { type: 'button', id: `suggested-${index}`, 'aria-label': t('addSuggestedLabel', site.name) }, listed.has(site.pattern) ? t('suggestedListed') : t('addSuggested'));
    add.disabled = listed.has(site.pattern);
    add.addEventListener('click', () => void addSites(context, [{ pattern: site.pattern, mode: 'reader' }]));
    list.append(h('li', {}, h('span', {}, site.name), h('code', { class: 'pattern' }, siteLabel(site.pattern)), add));
  });
  return h('div', { class: 'suggestions' }, h('h3', {}, t('suggestedHeading')), addAll, list);
}

export const autoCleanSection: OptionsSection = {
  id: 'auto-clean',
  async render(context) {
    const list = h('ul', { class: 'site-list', id: 'site-list' });
    const rows = await Promise.all(context.settings.autoClean.map((site, index) => siteRow(context, site, index)));
    if (rows.length === 0) list.append(h('li', { class: 'empty' }, t('autoCleanEmpty')));
    else list.append(...rows);
    return card('auto-clean', t('autoCleanHeading'), h('p', { class: 'intro' }, t('autoCleanIntro')), list, addForm(context), suggestions(context));
  },
};
