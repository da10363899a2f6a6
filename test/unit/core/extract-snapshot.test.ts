// Extraction off the page's thread runs the same core on a serialised copy of the page; it must
// find the same article, and resolve addresses against the page, not the extension page.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { extractFromCopy, prepareCopy, type PageAddress } from '../../../src/core/extract/snapshot.ts';
import { hintsOf } from '../../../src/core/declutter/index.ts';
import { factsOf } from '../../../src/core/article.ts';
import { copyPageChunks, documentFromChunks, type CopyToken } from '../../../src/core/extract/page-copy.ts';
import { hostilePage } from '../../fixtures/hostile/hostile-page.ts';
import { PAYLOADS } from '../../fixtures/hostile/payloads.ts';

/** Where the copy is rebuilt: like an extension page, its own address is not the page's. */
const extensionDocument = new JSDOM('', { url: 'chrome-extension://abcdefghijklmnop/offscreen/offscreen.html' }).window.document;

/** The copy's chunks (one per slice), through JSON as messages carry them. */
function copyOf(root: Element, clock?: () => number): { chunks: CopyToken[][]; pauses: number } {
  const chunks = Array.from(copyPageChunks(root, clock), (chunk) => JSON.parse(JSON.stringify(chunk)) as CopyToken[]);
  return { chunks, pauses: chunks.length - 1 };
}

function rebuild(root: Element): Document {
  return documentFromChunks(copyOf(root).chunks, extensionDocument);
}

/** Extraction off the page's thread, as an extension page runs it. */
function extractSnapshot(snapshot: { chunks: CopyToken[][]; page: PageAddress }, force: boolean) {
  const copy = prepareCopy(documentFromChunks(snapshot.chunks, extensionDocument), snapshot.page);
  return extractFromCopy(copy, snapshot.page, force);
}

function snapshotOf(html: string, url: string): { doc: Document; snapshot: { chunks: CopyToken[][]; page: PageAddress } } {
  const doc = new JSDOM(html, { url }).window.document;
  return { doc, snapshot: { chunks: copyOf(doc.documentElement).chunks, page: { url, baseUrl: doc.baseURI } } };
}

const FIXTURES = 'test/fixtures/pages';

describe('page copy', () => {
  const live = (html: string): Document => {
    const doc = new JSDOM(html).window.document;
    // The copy leaves template contents out (extraction never reads them); so does this "live page".
    for (const template of Array.from(doc.querySelectorAll('template'))) (template as HTMLTemplateElement).content.replaceChildren();
    return doc;
  };

  it('rebuilds exactly the tree it copied, where markup would re-parse differently', () => {
    const pages = [
      readFileSync(`${FIXTURES}/figures-and-table/source.html`, 'utf8'),
      '<html lang="ur" dir="rtl"><body><!-- a comment --><svg viewBox="0 0 1 1"><use xlink:href="#a"></use><foreignObject><p>in svg</p></foreignObject></svg><math><mi>x</mi></math><template><p>t</p></template><form name="attributes"><input name="firstChild"></form><p>before</p><plaintext><b>not a tag</b></body></html>',
    ];
    for (const html of pages) {
      const doc = live(html);
      const rebuilt = rebuild(doc.documentElement);
      expect(rebuilt.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
      expect(rebuilt.documentElement.tagName).toBe('HTML');
      expect(rebuilt.body.tagName).toBe('BODY');
    }
  });

  it('keeps every text of the hostile pages (mutation-XSS payloads included); names the DOM refuses become spans', () => {
    const doc = live(hostilePage(PAYLOADS, 'http://127.0.0.1:9', 0));
    const rebuilt = rebuild(doc.documentElement);
    expect(rebuilt.documentElement.textContent).toBe(doc.documentElement.textContent);
    expect(rebuilt.getElementsByTagName('*').length).toBe(doc.getElementsByTagName('*').length);
  });

  it('pauses when a step runs long, and the pieces still make one copy', () => {
    const doc = new JSDOM(`<body>${'<p>a <b>b</b></p>'.repeat(3000)}</body>`).window.document;
    let time = 0;
    const { chunks, pauses } = copyOf(doc.documentElement, () => (time += 10));
    expect(pauses).toBeGreaterThan(5);
    expect(documentFromChunks(chunks, extensionDocument).body.innerHTML).toBe(doc.body.innerHTML);
  });
});

describe('page copy while the page changes', () => {
  it('goes on after the page removes the branch it was in, or adds to it, between slices', () => {
    const doc = new JSDOM(`<body><main>${'<p>a <b>b</b></p>'.repeat(2000)}</main><footer>end</footer></body>`).window.document;
    let time = 0;
    const chunks = copyPageChunks(doc.documentElement, () => (time += 10));
    const first = chunks.next();
    expect(first.done).toBe(false);
    doc.querySelector('main')?.append(doc.createElement('aside'));
    doc.querySelector('main')?.remove();
    const rest = Array.from({ length: 10_000 }).map(() => chunks.next()).filter((next) => !next.done).map((next) => next.value as CopyToken[]);
    const rebuilt = documentFromChunks([first.value as CopyToken[], ...rest], extensionDocument);
    expect(rebuilt.documentElement.tagName).toBe('HTML');
    expect(rebuilt.body.querySelectorAll('p').length).toBeGreaterThan(0);
  });

  it('a malformed chunk stops where it stops making sense, and never adds a second root', () => {
    const rebuilt = documentFromChunks([[1, 'html', '', 0, 1, 'body', '', 0, 3, 'kept', 0, 0, 1, 'html', '', 0, 3, 'second root'], [99, 'x', 3, 'dropped']], extensionDocument);
    expect(rebuilt.documentElement.textContent).toBe('kept');
  });
});

describe('extractSnapshot', () => {
  for (const name of readdirSync(FIXTURES).filter((dir) => existsSync(`${FIXTURES}/${dir}/source.html`))) {
    it(`finds the same article as in-page extraction: ${name}`, () => {
      const url = `https://news.example/${name}/story.html`;
      const { doc, snapshot } = snapshotOf(readFileSync(`${FIXTURES}/${name}/source.html`, 'utf8'), url);
      const inPage = extractArticle(doc, url);
      const { article, hints } = extractSnapshot(snapshot, false);
      expect(article && factsOf(article)).toEqual(inPage && factsOf(inPage));
      expect(article?.text).toEqual(inPage?.text);
      expect(hints).toEqual(inPage ? hintsOf(inPage, doc) : null);
    });
  }

  it("resolves images and links against the page's base, never the extension page", () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the ferry story says the harbour will add evening crossings for people who work late in the city centre.</p>`).join('');
    const html = `<html><head><base href="https://cdn.example/news/"><title>Ferries</title></head><body><article><h1>Ferries</h1><img src="pics/boat.jpg">${body}<a href="more.html">More</a></article></body></html>`;
    const { snapshot } = snapshotOf(html, 'https://news.example/a/story.html');
    const { article, hints } = extractSnapshot(snapshot, false);
    expect(hints?.imageUrls).toContain('https://cdn.example/news/pics/boat.jpg');
    expect(article?.contentHtml).toContain('https://cdn.example/news/more.html');
    expect(article?.contentHtml).not.toContain('chrome-extension:');
  });

  it('makes lazy images, srcsets and links absolute against the page (a <base> would not help: the extension CSP has base-uri none)', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the ferry story says the harbour will add evening crossings for people who work late in the city centre.</p>`).join('');
    const html = `<html><head><title>Ferries</title></head><body><article><h1>Ferries</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="boat.jpg" srcset="boat-1.jpg 1x, /img/boat-2.jpg 2x">${body}<a href="../more.html">More</a> <a href="#notes">Notes</a></article></body></html>`;
    const { snapshot } = snapshotOf(html, 'https://news.example/a/story.html');
    const { article, hints } = extractSnapshot(snapshot, false);
    expect(hints?.imageUrls).toContain('https://news.example/a/boat.jpg');
    expect(article?.contentHtml).toContain('https://news.example/a/boat-1.jpg 1x');
    expect(article?.contentHtml).toContain('https://news.example/img/boat-2.jpg 2x');
    expect(article?.contentHtml).toContain('href="https://news.example/more.html"');
    expect(article?.contentHtml).toContain('href="#notes"');
    expect(article?.contentHtml).not.toContain('chrome-extension:');
  });
});

describe('extractSnapshot on a page that clobbers document properties', () => {
  it('still reads the copy (named elements would shadow implementation, querySelectorAll…)', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the ferry story says the harbour will add evening crossings for people who work late in the city centre.</p>`).join('');
    const html = `<html><head><title>Ferries</title></head><body><img name="implementation" src="a.png"><form name="querySelectorAll"></form><embed name="baseURI"><article><h1>Ferries</h1>${body}</article></body></html>`;
    const { snapshot } = snapshotOf(html, 'https://news.example/a/story.html');
    const { article } = extractSnapshot(snapshot, false);
    expect(article?.title).toBe('Ferries');
    expect(article?.text).toContain('Paragraph 7 of the ferry story');
  });
});
