/** A grid of other stories' cards inside the article's container is not the article, though extraction kept it. */
import { describe, expect, it } from 'vitest';
import { mapArticle } from '../../../src/core/declutter/article-map.ts';
import { teaserCardGroups } from '../../../src/core/declutter/teaser-cards.ts';
import { ARTICLE_PARAGRAPHS, page } from './helpers.ts';

const card = (n: number): string => `<div class="card"><img src="/thumb-${n}.jpg"><h3>Farmers may spread manure again from February ${n}</h3><p>What the rules say about frozen and flooded ground.</p><a href="/news/rules-${n}.html">Read more</a></div>`;
const cardLines = [1, 2].flatMap((n) => [`Farmers may spread manure again from February ${n}`, 'What the rules say about frozen and flooded ground.']);
const hints = (extra: string[]) => ({ text: [...ARTICLE_PARAGRAPHS, ...extra].join('\n\n'), title: 'Minister Visits Capital For Trade Talks', byline: null, imageUrls: [] });
const story = (after: string): string => `<main><h1>Minister Visits Capital For Trade Talks</h1>${ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}${after}</main>`;

describe('teaserCardGroups', () => {
  it('finds two sibling cards, each a heading and one link of its own', () => {
    const doc = page(story(`<h2>More on this</h2><div class="grid">${card(1)}${card(2)}</div>`));
    expect(teaserCardGroups(doc.body).map((group) => group.className)).toEqual(['grid']);
  });

  it('leaves short sections of prose with a link inside a sentence alone, and a card on its own', () => {
    const section = (n: number): string => `<div><h3>Step ${n}</h3><p>Fill in the <a href="/forms/${n}.html">application form</a> and send it to the office.</p></div>`;
    expect(teaserCardGroups(page(story(`<div class="steps">${section(1)}${section(2)}</div>`)).body)).toEqual([]);
    expect(teaserCardGroups(page(story(`<div class="grid">${card(1)}</div>`)).body)).toEqual([]);
  });
});

describe('article map: teaser cards kept by extraction', () => {
  it('does not protect the cards, and still protects every paragraph', () => {
    const doc = page(story(`<div class="grid">${card(1)}${card(2)}</div>`));
    const map = mapArticle(doc, hints(cardLines));
    expect(map.containsArticle(doc.querySelector('.grid') as Element)).toBe(false);
    for (const p of doc.querySelectorAll('main > p')) expect(map.containsArticle(p)).toBe(true);
  });

  it('keeps the cards when they are most of the text: then the page is a list of stories', () => {
    const doc = page(`<main><h1>Minister Visits Capital For Trade Talks</h1><p>${ARTICLE_PARAGRAPHS[0]}</p><div class="grid">${[1, 2, 3, 4].map(card).join('')}</div></main>`);
    const lines = [1, 2, 3, 4].flatMap((n) => [`Farmers may spread manure again from February ${n}`, 'What the rules say about frozen and flooded ground.']);
    const map = mapArticle(doc, { ...hints(lines), text: [ARTICLE_PARAGRAPHS[0], ...lines].join('\n\n') });
    expect(map.containsArticle(doc.querySelector('.grid .card h3') as Element)).toBe(true);
  });
});
