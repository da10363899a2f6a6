/** Keyboard shortcuts, as the browser has them now, and how to change them (only the browser can). */
import browser from '../../shared/browser.ts';
import { h } from '../../shared/dom.ts';
import type { OptionsSection } from '../context.ts';
import { t } from '../i18n.ts';
import { card } from './form.ts';

/** Firefox has a call that opens its shortcut editor; Chrome lets an extension open its shortcuts page. */
type CommandsWithEditor = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

const DESCRIPTIONS: Record<string, string> = { _execute_action: 'commandPopup', 'toggle-reader': 'commandReader', declutter: 'commandDeclutter' };

export const shortcutsSection: OptionsSection = {
  id: 'shortcuts',
  async render() {
    const commands = await browser.commands.getAll();
    const list = h('dl', { class: 'shortcuts', id: 'shortcut-list' });
    for (const command of commands) {
      const name = command.name ?? '';
      const description = command.description || t(DESCRIPTIONS[name] ?? name);
      list.append(h('dt', {}, description), h('dd', {}, command.shortcut ? h('kbd', {}, command.shortcut) : t('shortcutNotSet')));
    }
    const api = browser.commands as CommandsWithEditor;
    const firefox = typeof api.openShortcutSettings === 'function';
    const open = h('button', { type: 'button', id: 'shortcuts-open' }, t('shortcutsOpen'));
    open.addEventListener('click', () => {
      if (api.openShortcutSettings) void api.openShortcutSettings();
      else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    });
    return card('shortcuts', t('shortcutsHeading'), list, h('p', { class: 'hint' }, t(firefox ? 'shortcutsHowFirefox' : 'shortcutsHowChrome')), open);
  },
};
