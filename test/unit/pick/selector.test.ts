import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockLabel, lastingSelector, picksOnly } from '../../../src/core/pick/selector.ts';
import { cssIdent, isStableClass, looksGenerated } from '../../../src/core/pick/stable-names.ts';

const page = (body: string): Document => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
const pick = (doc: Document, css: string): Element => {
  const element = doc.querySelector(css);
  if (!element) throw new Error(`no ${css}`);
  return element;
};

describe('generated and state names', () => {
  it.each(['css-1x2y3z', 'sc-bdVaJa', 'jsx-2836452', 'Header_title__3kX9f', 'svelte-1abcde', 'post-12345', 'bdVaJa', 'kXjSqn', 'card-a1b2c3', '_3xT9a'])('%s looks generated', (name) => {
    expect(looksGenerated(name)).toBe(true);
  });
  it.each(['sidebar', 'story-body', 'related-links', 'col-md-4', 'h2-title', 'mainNav', 'newsletter_signup', 'ad-slot'])('%s is a real name', (name) => {
    expect(looksGenerated(name)).toBe(false);
  });
  it('leaves out classes that change with the page state', () => {
    expect(['active', 'is-open', 'has-dropdown', 'sticky', 'lazyloaded', 'plainsight-x'].filter(isStableClass)).toEqual([]);
  });
  it('escapes identifiers as CSS does', () => {
    expect(cssIdent('1col')).toBe('\\31 col');
    expect(cssIdent('a:b')).toBe('a\\:b');
    expect(cssIdent('خبریں')).toBe('خبریں');
  });
});

describe('lastingSelector', () => {
  it('uses a stable id first', () => {
    const doc = page('<div id="comments" class="box"><p>x</p></div><div class="box"></div>');
    expect(lastingSelector(pick(doc, '#comments'))).toBe('#comments');
  });

  it('skips a generated id and uses the block\'s class', () => {
    const doc = page('<aside id="ember1234" class="sidebar">x</aside><main>y</main>');
    expect(lastingSelector(pick(doc, 'aside'))).toBe('aside.sidebar');
  });

  it('never builds on hashed or state classes', () => {
    const doc = page('<div class="css-1x2y3z active"><div class="promo sc-bdVaJa">x</div></div><div class="promo-2">y</div>');
    const selector = lastingSelector(pick(doc, '.promo'));
    expect(selector).toBe('div.promo');
  });

  it('anchors a shared class on a named ancestor', () => {
    const doc = page('<div id="rail"><div class="box">a</div></div><div class="content"><div class="box">b</div></div>');
    const selector = lastingSelector(pick(doc, '#rail .box')) ?? '';
    expect(selector).toBe('#rail div.box');
    expect(picksOnly(pick(doc, '#rail .box'), selector)).toBe(true);
  });

  it('takes a short positional step under a named parent when the block has no name', () => {
    const doc = page('<section class="more"><div>a</div><div>b</div></section><div>c</div>');
    const target = pick(doc, '.more > div:nth-of-type(2)');
    expect(lastingSelector(target)).toBe('section.more > div:nth-of-type(2)');
  });

  it('uses stable attributes such as role and data-testid', () => {
    const doc = page('<div data-testid="newsletter">a</div><div role="complementary">b</div><div>c</div>');
    expect(lastingSelector(pick(doc, '[data-testid]'))).toBe('div[data-testid="newsletter"]');
    expect(lastingSelector(pick(doc, '[role]'))).toBe('div[role="complementary"]');
  });

  it('gives up rather than write a long chain of positions', () => {
    const doc = page('<div><div><div>a</div><div><div>b</div><div><span>c</span><span>d</span></div></div></div><div>e</div></div>');
    const target = pick(doc, 'span:nth-of-type(2)');
    const selector = lastingSelector(target);
    if (selector !== null) {
      expect(selector.match(/nth-of-type/g)?.length ?? 0).toBeLessThanOrEqual(2);
      expect(picksOnly(target, selector)).toBe(true);
    }
    expect(lastingSelector(pick(doc, 'body'))).toBeNull();
  });

  it('labels a block by tag and name', () => {
    const doc = page('<aside id="x123456" class="sidebar css-abc123">a</aside><nav id="menu">b</nav><div>c</div>');
    expect(blockLabel(pick(doc, 'aside'))).toBe('aside.sidebar');
    expect(blockLabel(pick(doc, 'nav'))).toBe('nav#menu');
    expect(blockLabel(pick(doc, 'div'))).toBe('div');
  });
});
