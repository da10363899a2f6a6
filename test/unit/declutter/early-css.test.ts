// The stylesheet auto-clean puts in at document_start, before the article can be found.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { earlyClutterCss } from '../../../src/core/declutter/early-css.ts';
import { parseHtml } from '../../../src/cli/dom.ts';

const html = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');

/** Elements of the UrduPoint-like page that the early stylesheet would hide (jsdom applies <style>). */
function hiddenBy(css: string): (selector: string) => boolean {
  const doc = parseHtml(html, 'https://www.urdupoint.com/en/x.html');
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
  const win = doc.defaultView as Window;
  return (selector) => {
    for (let at: Element | null = doc.querySelector(selector); at; at = at.parentElement) if (win.getComputedStyle(at).display === 'none') return true;
    return false;
  };
}

describe('early clutter stylesheet', () => {
  it("hides the site's known clutter and ad slots, never the article", () => {
    const hidden = hiddenBy(earlyClutterCss('www.urdupoint.com'));
    for (const selector of ['.recent-stories', '.more-stories', '.share-bar', '.cookie-bar', '#div-gpt-ad-top']) expect(hidden(selector), selector).toBe(true);
    for (const selector of ['h1', '.article-body p', '.lead-image', '.logo']) expect(hidden(selector), selector).toBe(false);
  });

  it('on an unknown site hides only ad slots', () => {
    const hidden = hiddenBy(earlyClutterCss('unknown-news.example'));
    expect(hidden('#div-gpt-ad-top')).toBe(true);
    expect(hidden('.recent-stories')).toBe(false);
  });

  it("adds the person's hide selectors and exempts their keep selectors", () => {
    const hidden = hiddenBy(earlyClutterCss('www.urdupoint.com', { hide: ['.logo'], keep: ['.share-bar'], keptRules: [] }));
    expect(hidden('.logo')).toBe(true);
    expect(hidden('.share-bar')).toBe(false);
    expect(hidden('.recent-stories')).toBe(true);
  });

  it('cannot be broken out of by a stored selector', () => {
    const css = earlyClutterCss('unknown-news.example', { hide: ['p } body { display: none', '.x /* y'], keep: [], keptRules: [] });
    expect(css).not.toContain('body {');
    expect(css).not.toContain('/*');
  });
});
