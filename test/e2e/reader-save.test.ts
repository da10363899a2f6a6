// A person opens reader view and takes the article away: Copy as Markdown, Download .md and
// .html (from reader view and from the popup), and Print, whose layout hides the controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { focusReaderControl, openReaderFromPopup, pressReaderButton } from '../harness/reader-tools.ts';

const TITLE = 'Kim Jong Un Meets Russian Defence Minister Sergei Shoigu In Pyongyang';
const PARAGRAPH = 'Russia, a historic ally of North Korea, is one of a handful of nations with which Pyongyang maintains friendly relations.';

describe('save and share', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  let page: DriverPage;
  let tabId: number;
  let markdown = '';

  async function openReader(path: string): Promise<void> {
    tabId = await openReaderFromPopup(scenario.driver, page, scenario.server.url(path));
  }

  beforeAll(async () => {
    scenario = await startScenario();
    page = await scenario.driver.newPage();
    await openReader('/urdupoint-kim-shoigu/source.html');
  });
  afterAll(async () => scenario?.close());

  it('downloads the article as Markdown named after its title, with byline, date, source link and body', async () => {
    const file = await page.downloadDuring(() => pressReaderButton(scenario.driver, page, 'Download .md'));
    expect(file.name).toBe(`${TITLE}.md`);
    markdown = file.text;
    expect(markdown.startsWith(`# ${TITLE}\n\nBy Sumaira FH · July 27, 2023`)).toBe(true);
    expect(markdown).toContain(`Source: [UrduPoint](${scenario.server.url('/urdupoint-kim-shoigu/source.html')})`);
    expect(markdown).toContain(PARAGRAPH);
    expect(markdown).toMatch(/!\[[^\]]*\]\(http:\/\/127\.0\.0\.1:\d+\/urdupoint-kim-shoigu\/kim-shoigu\.svg\)/);
    expect(markdown).not.toContain('Recent Stories');
  });

  it('downloads one self-contained HTML file: styles inlined, no scripts', async () => {
    const file = await page.downloadDuring(() => pressReaderButton(scenario.driver, page, 'Download .html'));
    expect(file.name).toBe(`${TITLE}.html`);
    expect(file.text.startsWith('<!doctype html>\n<html dir="ltr" lang="en">')).toBe(true);
    expect(file.text).toContain('<style>');
    expect(file.text).toContain(PARAGRAPH);
    expect(file.text).not.toMatch(/<script|<link /i);
  });

  it('copies the same Markdown (or, if the browser refuses, shows it to copy by hand)', async () => {
    await pressReaderButton(scenario.driver, page, 'Copy as Markdown');
    let status: { status: string; fallback: string | null } | null = null;
    // Copying is asynchronous: wait for the status line to say how it went.
    for (let tries = 0; tries < 50 && !status?.status; tries++) {
      status = await scenario.driver.readerCall<{ status: string; fallback: string | null }>(
        page,
        `function () { const area = this.querySelector('.copy-fallback:not([hidden]) textarea'); return { status: this.querySelector('.tools-status').textContent, fallback: area ? area.value : null }; }`,
      );
      if (!status?.status) await new Promise((wait) => setTimeout(wait, 100));
    }
    if (status?.fallback !== null && status?.fallback !== undefined) {
      expect(status.status).toContain('did not allow copying');
      expect(status.fallback).toBe(markdown);
      return;
    }
    expect(status?.status).toBe('Copied the article as Markdown.');
    // Paste into a field of our own, as a person would, and compare.
    await page.press('Escape');
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'paste-here';
      document.body.prepend(area);
      area.focus();
    });
    await page.press('Control+V');
    expect(await page.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value)).toBe(markdown.replace(/\r\n/g, '\n'));
    await page.evaluate(() => document.getElementById('paste-here')?.remove());
    await openReader('/urdupoint-kim-shoigu/source.html');
  });

  it('gives the same files from the popup', async () => {
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.section-save button');
    const file = await popup.download('.section-save .actions button:nth-child(2)');
    expect(file.name).toBe(`${TITLE}.md`);
    expect(file.text).toBe(markdown);
    await popup.close();
  });

  it('prints the article without the controls and with link addresses', async () => {
    await openReader('/pashto-article/source.html');
    await page.emulateMedia('print');
    type Printed = { toolbar: string; overlay: string; host: string; body: string; link: string; href: string };
    const readPrinted = (): Promise<Printed | null> =>
      scenario.driver.readerCall(
        page,
        `function () {
          const link = this.querySelector('.content a[href^="http"]');
          return { toolbar: getComputedStyle(this.querySelector('.toolbar')).display, overlay: getComputedStyle(this.querySelector('.overlay')).position,
            host: getComputedStyle(this.host).position, body: getComputedStyle(document.body).display, link: link ? getComputedStyle(link, '::after').content : '', href: link ? link.href : '' };
        }`,
      );
    // The page hears of print media through a change event, a moment after the emulation starts
    // (and headless Chromium has been seen to answer one read with screen styles): keep the first
    // read taken under print media, and check the link address in that same read.
    const seen: { printed: Printed | null } = { printed: null };
    await expect
      .poll(async () => (seen.printed = await readPrinted()), { timeout: 15_000 })
      .toMatchObject({ toolbar: 'none', overlay: 'static', host: 'static', body: 'none' });
    const printed = seen.printed;
    // Chromium reports the generated text, Firefox the rule that generates it from the (absolute) href.
    expect(printed?.href).toBe(scenario.server.url('/environment/green-city.html'));
    expect(printed?.link.includes(printed.href) || printed?.link.includes('attr(href)')).toBe(true);
    await page.emulateMedia('screen');
    const readScreen = (): Promise<{ toolbar: string; host: string; body: string } | null> =>
      scenario.driver.readerCall(
        page,
        `function () { return { toolbar: getComputedStyle(this.querySelector('.toolbar')).display, host: getComputedStyle(this.host).position, body: getComputedStyle(document.body).display }; }`,
      );
    await expect.poll(readScreen, { timeout: 15_000 }).toEqual({ toolbar: 'flex', host: 'fixed', body: 'block' });
    expect(await page.evaluate(() => document.body.getAttribute('style'))).toBeNull();
  });

  it('keeps a right-to-left article right to left in both files', async () => {
    await openReader('/urdu-rtl-article/source.html');
    const md = await page.downloadDuring(() => pressReaderButton(scenario.driver, page, 'Download .md'));
    expect(md.name).toBe('لاہور میں شجرکاری مہم کا آغاز، ایک لاکھ پودے لگائے جائیں گے.md');
    expect(md.text.startsWith('<div dir="rtl" lang="ur">\n\n# لاہور میں شجرکاری مہم کا آغاز')).toBe(true);
    const html = await page.downloadDuring(() => pressReaderButton(scenario.driver, page, 'Download .html'));
    expect(html.text.startsWith('<!doctype html>\n<html dir="rtl" lang="ur">')).toBe(true);
    expect(await focusReaderControl(scenario.driver, page, 'Print')).toBe(true);
    expect(page.events.consoleErrors).toEqual([]);
  });
});
