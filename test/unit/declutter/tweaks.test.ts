// The person's per-site tweaks: extra selectors to hide, selectors never to hide, rules switched off.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { declutterContext, hintsOf, planDeclutter, type DeclutterTweaks } from '../../../src/core/declutter/index.ts';
import { extractArticle } from '../../../src/core/extract/index.ts';
import { parseHtml } from '../../../src/cli/dom.ts';

const html = readFileSync('test/fixtures/pages/urdupoint-kim-shoigu/source.html', 'utf8');
const url = 'https://unknown-news.example/x.html';
const tweaks = (partial: Partial<DeclutterTweaks>): DeclutterTweaks => ({ hide: [], keep: [], keptRules: [], ...partial });

function plan(siteTweaks?: DeclutterTweaks, withArticle = true) {
  const doc = parseHtml(html, url);
  const article = withArticle ? extractArticle(doc, url) : null;
  const blocks = planDeclutter(doc, declutterContext(doc, url, article ? hintsOf(article, doc) : null, undefined, siteTweaks));
  const hidden = (selector: string): boolean => {
    const element = doc.querySelector(selector);
    return !!element && blocks.some((block) => block.element.contains(element));
  };
  return { doc, blocks, hidden };
}

describe('per-site tweaks in declutter', () => {
  it('hides what the person listed, named as their rule', () => {
    expect(plan().hidden('.logo')).toBe(false);
    // The logo is kept for the site's look unless the person lists it; then its header goes too.
    expect(plan(tweaks({ hide: ['.logo'] })).hidden('.logo')).toBe(true);
  });

  it('applies hide selectors even when no article was found', () => {
    const { blocks, hidden } = plan(tweaks({ hide: ['.logo'] }), false);
    expect(hidden('.logo')).toBe(true);
    expect(blocks.find((block) => block.element.matches('.logo'))).toMatchObject({ ruleId: 'your-selectors', kind: 'your rule' });
  });

  it('never hides the article, however broad the selector', () => {
    const { doc, blocks, hidden } = plan(tweaks({ hide: ['div', 'p', 'h1'] }));
    const paragraphs = Array.from(doc.querySelectorAll('.article-body p'));
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(blocks.some((block) => block.element.contains(p))).toBe(false);
    expect(hidden('h1')).toBe(false);
    expect(blocks.some((block) => block.ruleId === 'your-selectors')).toBe(true);
  });

  it('keeps what the person said never to hide, and the blocks around it', () => {
    expect(plan().hidden('.prayer-timings')).toBe(true);
    const { hidden } = plan(tweaks({ keep: ['.prayer-timings'] }));
    expect(hidden('.prayer-timings')).toBe(false);
    expect(hidden('.more-stories')).toBe(true);
  });

  it('switches off a rule the person chose "Never here" for', () => {
    expect(plan().blocks.some((block) => block.ruleId === 'share-bars')).toBe(true);
    const { blocks } = plan(tweaks({ keptRules: ['share-bars'] }));
    expect(blocks.some((block) => block.ruleId === 'share-bars')).toBe(false);
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('keeps what a switched-off rule would hide from every other rule too', () => {
    expect(plan().hidden('.share-bar')).toBe(true);
    expect(plan(tweaks({ keptRules: ['share-bars'] })).hidden('.share-bar')).toBe(false);
  });

  it('skips selectors the browser rejects instead of failing', () => {
    const { hidden } = plan(tweaks({ hide: ['div[[bad', '.logo'], keep: ['::nope('] }));
    expect(hidden('.logo')).toBe(true);
  });
});
