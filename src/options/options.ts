/**
 * The options page: every setting in one place. Sections render from the current settings; a
 * change is saved at once (sync storage, or local when sync is full) and announced in the status
 * line. Damaged stored settings show as defaults, with a note, and the page keeps working.
 */
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store.ts';
import { h } from '../shared/dom.ts';
import type { Settings } from '../core/settings/index.ts';
import type { OptionsContext } from './context.ts';
import { localize, t } from './i18n.ts';
import { applyInterfaceLanguage } from '../shared/i18n.ts';
import { OPTIONS_SECTIONS } from './sections/index.ts';

const container = document.getElementById('sections') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;

let settings: Settings;
/** Our own saves also fire storage.onChanged; those must not rebuild the page under the person's hands. */
let savesInFlight = 0;

function status(text: string, kind: 'ok' | 'error' = 'ok'): void {
  statusLine.textContent = text;
  statusLine.dataset['kind'] = kind;
}

async function persist(next: Settings, message: string | null): Promise<void> {
  savesInFlight += 1;
  try {
    settings = next;
    await saveSettings(next);
    if (message !== null) status(message);
  } catch (error) {
    status(String(error), 'error');
  } finally {
    // storage.onChanged fires after the write resolves; let it pass before listening again.
    setTimeout(() => (savesInFlight -= 1), 200);
  }
}

const context: OptionsContext = {
  get settings() {
    return settings;
  },
  async save(change, message = t('savedStatus')) {
    const next = structuredClone(settings);
    change(next);
    await persist(next, message);
  },
  async replace(next, message) {
    await persist(structuredClone(next), message);
    await context.refresh();
  },
  status,
  refresh: () => render(),
};

/** Rebuilds the sections; focus goes back to the control with the same id, if it still exists. */
async function render(): Promise<void> {
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const nodes: HTMLElement[] = [];
  for (const section of OPTIONS_SECTIONS) {
    try {
      nodes.push(await section.render(context));
    } catch (error) {
      nodes.push(h('section', { class: 'card' }, h('p', { class: 'error', role: 'alert' }, `${section.id}: ${String(error)}`)));
    }
  }
  container.replaceChildren(...nodes);
  if (focusedId) document.getElementById(focusedId)?.focus();
}

async function start(): Promise<void> {
  applyInterfaceLanguage();
  localize(document);
  document.title = t('optionsTitle');
  const loaded = await loadSettings();
  settings = loaded.settings;
  if (loaded.problems.length > 0) {
    status(t('settingsProblems', loaded.problems.map((problem) => `${problem.path || 'settings'}: ${problem.message}`).join('; ')), 'error');
  }
  await render();
  // Changes made elsewhere (the popup's "Always clean this site", another options tab) show up here.
  onSettingsChanged((next) => {
    if (savesInFlight > 0) return;
    settings = next;
    void render();
  });
}

start().catch((error: unknown) => status(String(error), 'error'));
