// A person presses Listen in reader view: the article is read in a voice of its language, the
// sentence being read is highlighted and moves on, Pause/Resume and Next work from the keyboard,
// and closing reader view stops the speech. A Pashto article (no voice for it here) gets a plain
// notice and the voices there are, never an English voice reading Pashto.
// Voices come from the system (speech-dispatcher + espeak-ng in CI, see .ci/run); without any,
// the English article takes the "no voices" path, which is checked instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectedBrowser, startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { listenSnapshot, openReaderFromPopup, pressReaderButton, type ListenSnapshot } from '../harness/reader-tools.ts';

const TITLE = 'Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang';

describe('listen', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;
  let voices: { name: string; lang: string }[] = [];

  const openReader = (path: string): Promise<number> => openReaderFromPopup(scenario.driver, page, scenario.server.url(path));

  /** Polls the Listen bar until `test` holds (speech runs in real time). */
  async function waitForListen(test: (snapshot: ListenSnapshot) => boolean, timeoutMs = 30_000): Promise<ListenSnapshot> {
    const deadline = Date.now() + timeoutMs;
    let last: ListenSnapshot | null = null;
    while (Date.now() < deadline) {
      last = await listenSnapshot(scenario.driver, page);
      if (last && test(last)) return last;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error(`Listen never got there; last seen: ${JSON.stringify(last)}`);
  }

  const sentenceNumber = (snapshot: ListenSnapshot): number => Number(/\d+/.exec(snapshot.position)?.[0] ?? 0);

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await page.goto(scenario.server.url('/urdupoint-kim-shoigu/source.html'));
    // The voices this browser offers pages (they can take seconds to load through speech-dispatcher).
    // Firefox gets them in batches: wait until the list stops growing.
    voices = await page.evaluate(async () => {
      let count = -1;
      for (let waited = 0, stable = 0; waited < 20_000 && stable < 4; waited += 250) {
        await new Promise((wait) => setTimeout(wait, 250));
        const next = speechSynthesis.getVoices().length;
        stable = next > 0 && next === count ? stable + 1 : 0;
        count = next;
      }
      return speechSynthesis.getVoices().map((voice) => ({ name: voice.name, lang: voice.lang }));
    });
  });
  afterAll(async () => scenario?.close());

  it('reads an English article in an English voice, highlighting each sentence as it goes', async () => {
    await openReader('/urdupoint-kim-shoigu/source.html');
    await pressReaderButton(scenario.driver, page, 'Listen');
    if (!voices.some((voice) => /^en\b/i.test(voice.lang))) {
      const notice = await waitForListen((snapshot) => snapshot.state === 'no-voice');
      expect(notice.status).toMatch(/no (speech voices|voice for English)/);
      return;
    }
    const first = await waitForListen((snapshot) => snapshot.state === 'speaking' && snapshot.sentence !== null);
    expect(first.lang).toBe('en');
    expect(first.voiceLang).toMatch(/^en/i);
    expect(first.status).toContain(first.voice as string);
    expect(first.sentence).toBe(TITLE);
    expect(first.position).toMatch(/^Sentence 1 of \d+$/);
    if (first.highlighted !== null) expect(first.highlighted).toBe(TITLE);
    // The title ends; the highlight moves on to the first sentence of the body by itself.
    const second = await waitForListen((snapshot) => sentenceNumber(snapshot) === 2);
    expect(second.sentence).toMatch(/^Seoul, \(UrduPoint/);
    expect(second.state).toBe('speaking');
  });

  it('pauses, moves to the next sentence and resumes from the keyboard', async () => {
    if (!voices.some((voice) => /^en\b/i.test(voice.lang))) return;
    await pressReaderButton(scenario.driver, page, 'Pause');
    const paused = await waitForListen((snapshot) => snapshot.state === 'paused');
    await page.waitForFunction(() => !speechSynthesis.speaking, undefined, 5000);
    await new Promise((wait) => setTimeout(wait, 1500));
    expect(sentenceNumber((await listenSnapshot(scenario.driver, page)) as ListenSnapshot)).toBe(sentenceNumber(paused));
    await pressReaderButton(scenario.driver, page, 'Next sentence');
    const moved = await waitForListen((snapshot) => sentenceNumber(snapshot) === sentenceNumber(paused) + 1);
    expect(moved.state).toBe('paused');
    if (moved.highlighted !== null) expect(moved.highlighted.replace(/\s+/g, ' ')).toBe(moved.sentence);
    await pressReaderButton(scenario.driver, page, 'Resume');
    const resumed = await waitForListen((snapshot) => snapshot.state === 'speaking');
    expect(sentenceNumber(resumed)).toBe(sentenceNumber(moved));
  });

  // Headless Chromium keeps every tab visible (document.visibilityState never changes), so this runs in Firefox only.
  it.skipIf(selectedBrowser() === 'chromium')('stops speaking when the tab is hidden', async () => {
    if (!voices.some((voice) => /^en\b/i.test(voice.lang))) return;
    const other = await scenario.driver.newPage();
    await other.bringToFront();
    await page.waitForFunction(() => document.visibilityState === 'hidden', undefined, 5000);
    expect((await waitForListen((snapshot) => snapshot.state === 'paused')).state).toBe('paused');
    await page.waitForFunction(() => !speechSynthesis.speaking, undefined, 5000);
    await other.close();
    await page.bringToFront();
    await pressReaderButton(scenario.driver, page, 'Resume');
    await waitForListen((snapshot) => snapshot.state === 'speaking');
  });

  it('stops speaking when reader view closes', async () => {
    if (!voices.some((voice) => /^en\b/i.test(voice.lang))) return;
    await page.press('Escape');
    expect(await scenario.driver.readerText(page)).toBeNull();
    await page.waitForFunction(() => !speechSynthesis.speaking && !speechSynthesis.pending, undefined, 5000);
  });

  it('says plainly when no voice speaks the article’s language, and offers the voices there are', async () => {
    await openReader('/pashto-article/source.html');
    await pressReaderButton(scenario.driver, page, 'Listen');
    const notice = await waitForListen((snapshot) => snapshot.state === 'no-voice');
    expect(notice.lang).toBe('ps');
    expect(notice.voice).toBeNull();
    await page.waitForFunction(() => !speechSynthesis.speaking, undefined, 5000);
    if (voices.length === 0) {
      expect(notice.status).toBe('This device has no speech voices, so Listen cannot read aloud here.');
      return;
    }
    expect(notice.status).toContain('This device has no voice for Pashto');
    const offered = await scenario.driver.readerCall<string[]>(page, `function () { return Array.from(this.querySelectorAll('.listen-voice option'), (option) => option.value); }`);
    expect(offered?.length).toBeGreaterThan(0);
    expect(offered?.every((name) => voices.some((voice) => voice.name === name))).toBe(true);
    expect(page.events.consoleErrors).toEqual([]);
  });
});
