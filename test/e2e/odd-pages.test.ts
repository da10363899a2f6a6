// Odd pages behave sensibly: no article, an empty page, frames, a page that replaces document.body,
// a single-page site that changes article through history.pushState, and page scripts that break
// built-in prototypes (the content script runs in an isolated world; this checks it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScenario } from '../harness/launch.ts';
import type { DriverPage } from '../harness/driver.ts';
import { POPUP_FACTS, READER_VIEW } from './security/actions.ts';

const paragraphs = (topic: string, count = 10): string =>
  Array.from({ length: count }, (_, i) => `<p>${topic} paragraph ${i + 1}: reporters followed the story through the week, speaking to residents, officials and experts about what happens next and why it matters to the town.</p>`).join('\n');
const articlePage = (title: string, body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const PAGES: Record<string, string> = {
  '/odd/links.html': articlePage('Index', `<ul>${Array.from({ length: 60 }, (_, i) => `<li><a href="/story/${i}">Story number ${i} headline</a></li>`).join('')}</ul>`),
  '/odd/empty.html': '<!doctype html><html><head></head><body></body></html>',
  '/odd/frames.html': articlePage('Framed Story', `<iframe src="/odd/links.html" title="ad"></iframe><article><h1>Framed Story</h1>${paragraphs('Framed')}</article><iframe srcdoc="<p>advert</p>"></iframe>`),
  '/odd/frameset.html': '<!doctype html><html><head><title>Frameset</title></head><frameset cols="50%,50%"><frame src="/odd/links.html"><frame src="/odd/links.html"></frameset></html>',
  '/odd/named-frame.html': articlePage('Named Frame', `<iframe name="chrome"></iframe><article><h1>Named Frame</h1>${paragraphs('Named')}</article>`),
  '/odd/replace-body.html': articlePage(
    'Replaced Body',
    `<p>Loading…</p><script>addEventListener('load', () => { const body = document.createElement('body'); body.innerHTML = ${JSON.stringify(`<article><h1>Replaced Body</h1>${paragraphs('Replaced')}</article>`)}; document.body = body; });</script>`,
  ),
  '/odd/spa.html': articlePage(
    'First Story',
    `<nav><a href="/odd/spa.html">Home</a></nav><main id="main"><article><h1>First Story</h1>${paragraphs('First')}</article></main>
<script>
  window.showSecond = () => {
    history.pushState({}, '', '/odd/spa/second');
    document.title = 'Second Story';
    document.getElementById('main').innerHTML = ${JSON.stringify(`<article><h1>Second Story</h1>${paragraphs('Second')}</article>`)};
  };
</script>`,
  ),
  '/odd/prototypes.html': articlePage(
    'Broken Builtins',
    `<article><h1>Broken Builtins</h1><p id="status">Built-ins are intact.</p>${paragraphs('Builtins')}</article>
<script>
  const boom = () => { throw new Error('page broke this'); };
  for (const name of ['map', 'forEach', 'filter', 'some', 'find', 'join', 'push', 'slice', 'includes']) Array.prototype[name] = boom;
  Array.from = boom;
  JSON.parse = boom; JSON.stringify = boom;
  for (const name of ['querySelector', 'querySelectorAll', 'getAttribute', 'setAttribute', 'removeAttribute', 'attachShadow', 'append', 'remove', 'closest']) Element.prototype[name] = boom;
  Node.prototype.cloneNode = boom; Node.prototype.appendChild = boom;
  Document.prototype.createElement = boom;
  String.prototype.trim = boom; String.prototype.replace = boom;
  Object.keys = boom; Object.entries = boom;
  Promise.prototype.then = boom;
  window.Readability = boom; window.DOMPurify = boom;
  try { JSON.parse('1'); } catch { document.getElementById('status').textContent = 'Built-ins are broken here.'; }
</script>`,
  ),
};

describe('odd pages', () => {
  let scenario: Awaited<ReturnType<typeof startScenario>>;
  const opened: DriverPage[] = [];

  beforeAll(async () => {
    scenario = await startScenario();
    for (const [path, html] of Object.entries(PAGES)) scenario.server.route(path, html);
  });
  afterAll(async () => scenario?.close());

  async function load(path: string): Promise<{ page: DriverPage; tabId: number }> {
    const page = await scenario.driver.newPage();
    opened.push(page);
    await page.goto(scenario.server.url(path));
    return { page, tabId: await scenario.driver.clickToolbar(page) };
  }

  async function popupText(page: DriverPage, tabId: number): Promise<string> {
    const { extensionPages, text } = await POPUP_FACTS.run({ driver: scenario.driver, page, tabId });
    for (const extensionPage of extensionPages) await extensionPage.close();
    return text;
  }

  it('a page of links has no article', async () => {
    const { page, tabId } = await load('/odd/links.html');
    expect(await popupText(page, tabId)).toContain('Plainsight found no article on this page');
  });

  it('an empty page: no article, and Try anyway explains there is no readable text', async () => {
    const { page, tabId } = await load('/odd/empty.html');
    const popup = await scenario.driver.openPopup(tabId);
    await popup.waitFor('.notice');
    expect(await popup.text()).toContain('Plainsight found no article on this page');
    await popup.clickText('Try anyway');
    await popup.waitForFunction(() => document.body.innerText.includes('could not find any readable text'));
    expect(await scenario.driver.readerText(page)).toBeNull();
    await popup.close();
  });

  it('an article between iframes: facts and reader view come from the top page only', async () => {
    const { page, tabId } = await load('/odd/frames.html');
    expect(await popupText(page, tabId)).toContain('Framed Story');
    const { extensionPages, text } = await READER_VIEW.run({ driver: scenario.driver, page, tabId });
    expect(text).toContain('Framed paragraph 10');
    expect(text).not.toContain('Story number 3 headline');
    for (const extensionPage of extensionPages) await extensionPage.close();
  });

  it('a frameset page has no article of its own', async () => {
    const { page, tabId } = await load('/odd/frameset.html');
    const text = await popupText(page, tabId);
    expect(text).toMatch(/found no article|not a web page Plainsight can read/);
  });

  it('a page that names a frame "chrome" (hiding the extension API) gets a clear message', async () => {
    const { page, tabId } = await load('/odd/named-frame.html');
    const text = await popupText(page, tabId);
    // Chromium limitation, see SECURITY.md: either it works or the person is told plainly.
    expect(text).toMatch(/Named Frame|the page stopped it from running/);
    expect(text).not.toContain('Receiving end');
  });

  it('a page that replaced document.body: the new body is the article', async () => {
    const { page, tabId } = await load('/odd/replace-body.html');
    await page.waitForFunction(() => document.body.innerText.includes('Replaced paragraph 10'));
    expect(await popupText(page, tabId)).toContain('Replaced Body');
    const { extensionPages, text } = await READER_VIEW.run({ driver: scenario.driver, page, tabId });
    expect(text).toContain('Replaced paragraph 10');
    expect(text).not.toContain('Loading…');
    for (const extensionPage of extensionPages) await extensionPage.close();
  });

  it('a single-page site that changes article through pushState: Plainsight follows the new article', async () => {
    const { page, tabId } = await load('/odd/spa.html');
    expect(await popupText(page, tabId)).toContain('First Story');
    await page.evaluate(() => (window as unknown as { showSecond(): void }).showSecond());
    expect(page.url()).toContain('/odd/spa/second');
    const after = await popupText(page, tabId);
    expect(after).toContain('Second Story');
    expect(after).not.toContain('First Story');
    const { extensionPages, text } = await READER_VIEW.run({ driver: scenario.driver, page, tabId });
    expect(text).toContain('Second paragraph 10');
    expect(text).not.toContain('First paragraph');
    for (const extensionPage of extensionPages) await extensionPage.close();
  });

  it('page scripts that break Array, JSON, String, Element and Node built-ins do not reach the extension', async () => {
    const { page, tabId } = await load('/odd/prototypes.html');
    expect(await popupText(page, tabId)).toContain('Broken Builtins');
    const { extensionPages, text } = await READER_VIEW.run({ driver: scenario.driver, page, tabId });
    expect(text).toContain('Builtins paragraph 10');
    expect(text).toContain('Built-ins are broken here.'); // the page's script did run first
    for (const extensionPage of extensionPages) await extensionPage.close();
    await READER_VIEW.undo?.({ driver: scenario.driver, page, tabId });
    expect(await scenario.driver.readerText(page)).toBeNull();
  });
});
