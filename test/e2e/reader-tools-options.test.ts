// The options for Listen and Save: the Markdown flavour changes what Copy/Download give, and the
// preferred voice and speed are saved (the voice list comes from the browser).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';

describe('listen and save options', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  beforeAll(async () => {
    scenario = await startScenario();
  });
  afterAll(async () => scenario?.close());

  it('saves the speed and the Markdown flavour, and the popup’s Markdown follows the flavour', async () => {
    const options = await scenario.driver.openExtensionPage('options/options.html');
    await options.waitFor('#section-listen');
    expect(await options.text('#section-listen')).toContain('Preferred voice');
    await options.selectOption('#listen-rate', '1.5');
    await options.click('#markdown-flavour-front-matter');
    const stored = async (): Promise<unknown> =>
      options.evaluate(async () => {
        type Api = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
        const globals = globalThis as unknown as { browser?: Api; chrome?: Api };
        return (await (globals.browser ?? globals.chrome)!.storage.sync.get('settings'))['settings'];
      });
    await options.waitForFunction(() => document.getElementById('status')?.textContent === 'Saved.');
    expect(await stored()).toMatchObject({ version: 2, listen: { rate: 1.5 }, save: { markdownFlavour: 'front-matter' } });

    const page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    const tabId = await scenario.driver.clickToolbar(page);
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.section-save button');
    const file = await popup.download('.section-save .actions button:nth-child(2)');
    expect(file.text.startsWith('---\ntitle: "Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang"\nauthor: "Sumaira FH"\n')).toBe(true);
    expect(file.text).toContain('\n---\n\n# Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang\n');
  });
});
