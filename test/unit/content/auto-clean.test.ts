// Auto-clean in the page (jsdom): reader mode opens reader view with the person's look, keeps the
// page hidden only until then, and a page without an article is shown again untouched.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored: Record<string, unknown> = {};
vi.mock('../../../src/shared/browser.ts', () => ({
  default: {
    storage: {
      sync: { get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}) },
      local: { get: async () => ({}) },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
    runtime: { getURL: (path: string) => `chrome-extension://test/${path}` },
    // Reader view's tool labels; an empty answer makes t() show the key.
    i18n: { getMessage: () => '' },
  },
}));

const { autoCleanAtLoad, runMode } = await import('../../../src/content/auto-clean.ts');
const { isReaderOpen, closeReader } = await import('../../../src/content/reader-view.ts');

const paragraph = (index: number): string =>
  `<p>Paragraph ${index} of the report says the delegation met officials in the capital, discussed trade, security and the coming season, and agreed to meet again before the end of the year, according to people familiar with the talks.</p>`;

/** Swaps in a whole page, as a navigation would (parsed inert, then adopted). */
function loadPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

function loadArticlePage(): void {
  loadPage(`<html><head><title>Delegation meets officials</title></head><body><nav><a href="/">Home</a></nav><article><h1>Delegation meets officials</h1>${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}</article><aside>Most viewed</aside></body></html>`);
}

beforeEach(() => {
  closeReader();
  for (const key of Object.keys(stored)) delete stored[key];
});

describe('auto-clean in reader mode', () => {
  it('opens reader view (with stored settings) and shows the page again underneath', async () => {
    stored['settings'] = { version: 1, reader: { theme: 'sepia' } };
    loadArticlePage();
    const run = autoCleanAtLoad('reader');
    // Hidden from the first moment…
    expect(document.getElementById('plainsight-auto-clean-early')).not.toBeNull();
    await run;
    // …and only until reader view covers the page.
    expect(isReaderOpen()).toBe(true);
    expect(document.getElementById('plainsight-auto-clean-early')).toBeNull();
    expect(document.querySelector('plainsight-reader')).not.toBeNull();
  });

  it('leaves a page without an article as it was', async () => {
    loadPage('<html><head></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
    const before = document.documentElement.outerHTML;
    await autoCleanAtLoad('reader');
    expect(isReaderOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('a toggling run (toolbar, shortcut) closes an open reader view; an auto-clean run does not', async () => {
    loadArticlePage();
    expect(await runMode('reader', { toggle: false })).toBe(true);
    expect(await runMode('reader', { toggle: false })).toBe(true);
    expect(isReaderOpen()).toBe(true);
    await runMode('reader', { toggle: true });
    expect(isReaderOpen()).toBe(false);
  });
});
