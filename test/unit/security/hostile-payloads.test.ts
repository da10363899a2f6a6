// The same hostile corpus the e2e test renders, through extraction and sanitising in jsdom: what
// reaches reader view or the CLI's contentHtml is inert markup, whatever the page contained.
import { describe, expect, it } from 'vitest';
import { PAYLOADS, fillPayload, type PayloadKind } from '../../fixtures/hostile/payloads.ts';
import { hostilePage } from '../../fixtures/hostile/hostile-page.ts';
import { findUnsafeMarkup } from '../../fixtures/hostile/unsafe-markup.ts';
import { sanitizeToFragment, sanitizeToString } from '../../../src/core/html.ts';
import { extractArticle } from '../../../src/core/extract/index.ts';

const ORIGIN = 'http://127.0.0.1:9';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('hostile payload corpus', () => {
  it('has at least 100 payloads with unique ids, covering every kind', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(PAYLOADS.map((payload) => payload.id)).size).toBe(PAYLOADS.length);
    const kinds: PayloadKind[] = ['script', 'handler', 'javascript-url', 'svg', 'mathml', 'frame', 'navigation', 'base', 'form', 'clobbering', 'mxss', 'css', 'resource'];
    for (const kind of kinds) expect(PAYLOADS.some((payload) => payload.kind === kind), kind).toBe(true);
  });

  it('is really hostile: unsanitised, the detector flags what the payloads contain', () => {
    // Guards the guard: if findUnsafeMarkup stopped seeing handlers or scripts, every test below would pass vacuously.
    const flagged = PAYLOADS.filter((payload) => findUnsafeMarkup(parse(`<body>${fillPayload(payload, ORIGIN)}</body>`)).length > 0);
    expect(flagged.length).toBeGreaterThan(PAYLOADS.length * 0.7);
  });

  it.each(PAYLOADS.map((payload) => [payload.id, payload] as const))('%s: sanitised markup is inert', (_id, payload) => {
    const html = fillPayload(payload, ORIGIN);
    expect(findUnsafeMarkup(parse(`<body>${sanitizeToString(html, window)}</body>`))).toEqual([]);
    const holder = document.createElement('div');
    holder.append(sanitizeToFragment(html, window));
    expect(findUnsafeMarkup(holder)).toEqual([]);
  });

  it('extraction of every hostile page yields inert, sanitised content with the payload text', () => {
    for (let start = 0; start < PAYLOADS.length; start += 24) {
      const batch = PAYLOADS.slice(start, start + 24);
      const doc = parse(hostilePage(batch, ORIGIN, start));
      const article = extractArticle(doc, `${ORIGIN}/hostile.html`);
      expect(article, `batch at ${start}`).not.toBeNull();
      const clean = sanitizeToString(article?.contentHtml ?? '', window);
      expect(findUnsafeMarkup(parse(`<body>${clean}</body>`)), `batch at ${start}`).toEqual([]);
      expect(article?.title).toContain('Hostile report');
    }
  });
});

describe('DOM clobbering', () => {
  it('a page that shadows document methods with named elements still extracts', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of a long enough article about the council, the bridge and the people who use it every single day.</p>`).join('');
    const doc = parse(
      `<html><head><title>Clobbered</title></head><body><img name="querySelector" src="/a.png"><form name="getElementById"><input name="attributes"></form>` +
        `<img name="cloneNode" src="/b.png"><img name="title" src="/c.png"><article><h1>Clobbered</h1>${paragraphs}</article></body></html>`,
    );
    const article = extractArticle(doc, 'https://example.test/a');
    expect(article?.text).toContain('Paragraph 7 of a long enough article');
  });
});

describe('regressions found by the property tests', () => {
  it('a <base> without href does not break extraction', () => {
    const doc = new DOMParser().parseFromString(`<html><body><p><base xlink:href="javascript:alert(1)"></base></p><article>${'<p>The council met on Tuesday and voted to repair the bridge before the winter comes.</p>'.repeat(10)}</article></body></html>`, 'text/html');
    expect(() => extractArticle(doc, '')).not.toThrow();
    expect(extractArticle(doc, 'https://example.test/a')?.text).toContain('council met');
  });
});
