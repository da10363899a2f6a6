/**
 * `--mode declutter`: the popup's Declutter page button; records what is left visible, the hidden
 * list (result.json `declutter`), and the popup with that list (popup-declutter.png).
 */
import { resolve } from 'node:path';
import type { DeclutterState } from '../../src/shared/messages.ts';
import type { TryMode } from './mode.ts';

export const declutterMode: TryMode = {
  name: 'declutter',
  description: 'declutter the page in place from the popup',
  async run({ page, popup, tabId, outDir }) {
    await popup.waitFor('.title, .notice');
    // By its place, not its words: --locale runs the popup in another language.
    const hasButton = await popup.evaluate(() => document.querySelector('.section-declutter button.primary') !== null);
    if (!hasButton) return { visibleText: await page.text(), extra: { declutter: null, note: 'no Declutter button: the popup found no article' } };
    await popup.click('.section-declutter button.primary');
    await popup.waitFor('.declutter-count');
    await popup.screenshot(resolve(outDir, 'popup-declutter.png'));
    // The state as the popup received it, through the same message the popup sends.
    const state = await popup.evaluate((tab) => {
      type Api = { tabs: { sendMessage(tab: number, message: unknown): Promise<unknown> } };
      const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (globals.browser ?? globals.chrome) as Api;
      return api.tabs.sendMessage(tab, { channel: 'plainsight', type: 'declutter:list', payload: {} });
    }, tabId);
    const { hiddenCount, blocks, articleFound, ms } = state as DeclutterState;
    await page.bringToFront();
    return {
      visibleText: await page.text(),
      extra: { declutter: { hiddenCount, articleFound, ms: Math.round(ms), hidden: blocks.map(({ kind, ruleId, preview }) => ({ kind, ruleId, preview })) } },
    };
  },
};
