// The learned block scorer: the features it reads, the blocks it may judge and what it hides.
import { describe, expect, it } from 'vitest';
import { candidateBlocks, candidateBlockSteps } from '../../../src/core/declutter/block-candidates.ts';
import { blockFeaturesOf, pageFactsOf, BLOCK_FEATURES } from '../../../src/core/declutter/block-features.ts';
import { scoredBlocksRule } from '../../../src/core/declutter/rules/scored-blocks.ts';
import { declutterContext, planDeclutter } from '../../../src/core/declutter/index.ts';
import { ARTICLE_HTML, ARTICLE_PARAGRAPHS, contextFor, page } from './helpers.ts';

const RELATED = '<div id="related"><ul><li><a href="/2023/07/ports.html"><img src="/p.jpg">Ports reopen after strike</a> 12.07.2023</li><li><a href="/2023/07/grain.html"><img src="/g.jpg">Grain prices fall</a> 11.07.2023</li><li><a href="/2023/07/rail.html"><img src="/r.jpg">New rail link opens</a> 10.07.2023</li></ul></div>';
// Over 40 words: after-article leaves a paragraph this long to this rule.
const PROSE = '<p id="prose">The talks are expected to continue next month in the coastal city, officials from both sides confirmed on Thursday evening after a long dinner at the palace, where the two delegations also discussed fishing rights, the shared railway and the future of the old customs post on the river.</p>';
const FIGURE = '<figure id="figure"><img src="/harbour.jpg"><figcaption>The harbour at dawn.</figcaption></figure>';
const TABLE = '<table id="table"><tr><th>Year</th><th>Trade</th></tr><tr><td>2021</td><td>4.1</td></tr><tr><td>2022</td><td>5.3</td></tr></table>';

const after = (html: string): Document => page(ARTICLE_HTML.replace('</div></article>', `</div>${html}</article>`));
const ids = (doc: Document): string[] => scoredBlocksRule.find(doc, contextFor(doc)).map(({ element }) => element.id);

describe('block features', () => {
  it('reads a related-links box: links to this site, pictures, after the text', () => {
    const doc = after(RELATED);
    const context = contextFor(doc);
    const features = blockFeaturesOf(doc.getElementById('related') as Element, pageFactsOf(doc, context.article));
    expect(Object.keys(features).sort()).toEqual([...BLOCK_FEATURES].sort());
    expect(features).toMatchObject({ siteLinkShare: 1, after: 1, before: 0, logImages: Math.log1p(3), logListItems: Math.log1p(3), paragraphTag: 0 });
    expect(features.linkDensity).toBeGreaterThan(0.5);
    expect(features.digitShare).toBeGreaterThan(0.1);
  });

  it('counts the block itself among its parts: a form with a heading, a field and a button', () => {
    const doc = after('<form id="signup"><div role="heading">Weekly digest</div><h3>Every Friday</h3><input type="email"><button>Send</button><img src="/i.png"><table><tr><td>1</td></tr></table></form>');
    const features = blockFeaturesOf(doc.getElementById('signup') as Element, pageFactsOf(doc, contextFor(doc).article));
    expect(features).toMatchObject({ logControls: Math.log1p(3), logHeadings: Math.log1p(2), logImages: Math.log1p(1), logMedia: Math.log1p(1), logListItems: 0 });
  });

  it('reads a paragraph of prose: no links, a paragraph', () => {
    const doc = after(PROSE);
    const features = blockFeaturesOf(doc.getElementById('prose') as Element, pageFactsOf(doc, contextFor(doc).article));
    expect(features).toMatchObject({ linkDensity: 0, logLinks: 0, siteLinkShare: 0, paragraphTag: 1, after: 1 });
  });
});

describe('candidate blocks', () => {
  it('are the blocks beside the article, never the article or blocks a rule hides', () => {
    const doc = page(`<nav id="menu"><a href="/">Home</a></nav>${ARTICLE_HTML.replace('</div></article>', `</div>${RELATED}${PROSE}</article>`)}`);
    const context = contextFor(doc);
    const hidden = new Set([doc.getElementById('menu') as Element]);
    expect(candidateBlocks(doc.body, context.article, hidden).map((block) => block.id)).toEqual(['related', 'prose']);
  });
});

describe('candidate blocks in steps', () => {
  it('pause when the clock says and find the same blocks as one pass', () => {
    const doc = page(`<nav id="menu"><a href="/">Home</a></nav>${ARTICLE_HTML.replace('</div></article>', `</div>${RELATED}${PROSE}</article>`)}`);
    const context = contextFor(doc);
    const hidden = new Set([doc.getElementById('menu') as Element]);
    const steps = candidateBlockSteps(doc.body, context.article, hidden, { due: () => true });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(step.value).toEqual(candidateBlocks(doc.body, context.article, hidden));
  });
});

describe('candidate blocks inside running text', () => {
  it('are never a phrasing element beside its parent\'s own words (a bold label in a sentence around a hidden picture)', () => {
    const item = '<ul id="list"><li><b>DevTools</b> <b>M2</b> – Making the tools compatible DONE.<div id="shot"><img src="/s.png"></div></li></ul>';
    const doc = after(item);
    const hidden = new Set([doc.getElementById('shot') as Element]);
    const blocks = candidateBlocks(doc.body, contextFor(doc).article, hidden);
    expect(blocks.some((block) => block.tagName === 'B')).toBe(false);
  });
});

describe('candidate blocks in the article\'s lists and tables', () => {
  it('leaves the other rows and cells of a table, and the other items of a list, that hold article lines', () => {
    const rows = ['2019', '2020', '2021'].map((year) => `<tr><td>${year}</td><td><a href="/film/${year}.html">Film</a></td></tr>`).join('');
    const table = `<table><tr><td>${ARTICLE_PARAGRAPHS[0]}</td></tr>${rows}</table>`;
    const list = `<ul><li>${ARTICLE_PARAGRAPHS[1]}</li><li><a href="/a.html">Ports</a> 12.07.2023</li></ul>`;
    const doc = page(`<article><h1>Minister Visits Capital For Trade Talks</h1>${table}${list}<p>${ARTICLE_PARAGRAPHS[2]}</p></article>`);
    expect(candidateBlocks(doc.body, contextFor(doc).article, new Set())).toEqual([]);
  });
});

describe('scored-blocks rule', () => {
  it('hides a related-links box after the text and leaves prose, a figure and a table', () => {
    expect(ids(after(`${RELATED}${PROSE}${FIGURE}${TABLE}`))).toEqual(['related']);
  });

  it('never hides the article itself', () => {
    const doc = after(RELATED);
    const context = contextFor(doc);
    for (const { element } of scoredBlocksRule.find(doc, context)) expect(context.article.containsArticle(element)).toBe(false);
    expect(scoredBlocksRule.find(doc, context).some(({ element }) => element.querySelector('p, h1'))).toBe(false);
  });

  it('hides nothing on a page where no article was found', () => {
    const doc = after(RELATED);
    expect(scoredBlocksRule.find(doc, declutterContext(doc, doc.URL, null))).toEqual([]);
  });

  it('runs last in the plan and leaves the blocks other rules chose to them', () => {
    const doc = after(`${RELATED}${PROSE}`);
    const plan = planDeclutter(doc, contextFor(doc));
    expect(plan.filter(({ element }) => element.id === 'related')).toHaveLength(1);
    expect(plan.some(({ element }) => element.id === 'prose')).toBe(false);
  });
});
