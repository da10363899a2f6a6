/**
 * `--mode save`: opens reader view from the popup and presses its Download .md and Download .html
 * buttons, writing the files it gets to DIR/article.md and DIR/article.html.
 * `--mode listen`: opens reader view and presses Listen; result.json `listen` records the language
 * and voice chosen (or the notice shown) and the first sentences highlighted.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listenSnapshot, pressReaderButton } from '../../test/harness/reader-tools.ts';
import type { TryContext, TryMode } from './mode.ts';
import { readerMode } from './reader.ts';

async function openReader(context: TryContext): Promise<string | null> {
  await readerMode.run(context);
  return context.driver.readerText(context.page);
}

export const saveMode: TryMode = {
  name: 'save',
  description: 'open reader view and download the article as .md and .html with its buttons',
  async run(context) {
    const { driver, page, outDir } = context;
    const reader = await openReader(context);
    if (reader === null) return { visibleText: await page.text(), extra: { save: null, note: 'reader view did not open' } };
    const files: Record<string, string> = {};
    for (const [label, name] of [['Download .md', 'article.md'], ['Download .html', 'article.html']] as const) {
      const file = await page.downloadDuring(() => pressReaderButton(driver, page, label));
      writeFileSync(resolve(outDir, name), file.text);
      files[name] = file.name;
    }
    return { visibleText: reader, extra: { save: { files, outDir } } };
  },
};

/** How long to follow the reading, and how many sentences to record. */
const LISTEN_MS = 30_000;
const SENTENCES = 3;

export const listenMode: TryMode = {
  name: 'listen',
  description: 'open reader view, press Listen and record the voice and the first sentences read',
  async run(context) {
    const { driver, page, outDir } = context;
    const reader = await openReader(context);
    if (reader === null) return { visibleText: await page.text(), extra: { listen: null, note: 'reader view did not open' } };
    await pressReaderButton(driver, page, 'Listen');
    const highlighted: string[] = [];
    let last = await listenSnapshot(driver, page);
    const deadline = Date.now() + LISTEN_MS;
    while (Date.now() < deadline && highlighted.length < SENTENCES) {
      last = await listenSnapshot(driver, page);
      if (!last || last.state === 'no-voice') break;
      if (last.sentence && highlighted[highlighted.length - 1] !== last.sentence) highlighted.push(last.sentence);
      await new Promise((wait) => setTimeout(wait, 100));
    }
    await page.screenshot(resolve(outDir, 'listen.png'));
    const listen = last?.state === 'no-voice'
      ? { lang: last.lang, voice: null, notice: last.status }
      : { lang: last?.lang ?? null, voice: last?.voice ?? null, voiceLang: last?.voiceLang ?? null, status: last?.status ?? null, highlighted };
    await pressReaderButton(driver, page, 'Stop listening').catch(() => {});
    return { visibleText: reader, extra: { listen } };
  },
};
