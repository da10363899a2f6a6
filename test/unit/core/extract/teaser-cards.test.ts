import { describe, expect, it } from 'vitest';
import { isTeaserCard, teaserCards } from '../../../../src/core/extract/post-clean/teaser-cards.ts';
import { body, run, text } from './helpers.ts';

const story = '<p>' + 'The council met on Monday and voted on the budget for the coming year. '.repeat(8) + '</p>';
const card = (title: string) => `<article><header><h3>${title}</h3></header><a href="https://example.org/${title.length}"><img src="a.jpg"></a></article>`;

describe('teaser-cards rule', () => {
  it("drops the site's other stories set as nested article cards after the story", () => {
    const out = text(run(teaserCards, `${story}<h2>Weitere Beiträge zum Thema</h2>${card('The Motor Chain: a classic')}${card('Bugatti: the founder’s son')}`));
    expect(out).toContain('The council met');
    expect(out).not.toContain('Motor Chain');
    expect(out).not.toContain('Bugatti');
  });

  it('keeps nested articles without a heading or a link elsewhere, and long ones', () => {
    const comment = '<article><p>I agree with the council.</p><a href="#c1">#</a></article>';
    const section = `<article><h2>Part two</h2>${story}<a href="/next">next</a></article>`;
    const root = run(teaserCards, `${story}${comment}${section}`);
    expect(text(root)).toContain('I agree with the council.');
    expect(text(root)).toContain('Part two');
    expect(isTeaserCard(body(card('A title')).firstElementChild!)).toBe(true);
  });

  it('keeps a page that is all cards: they are what was found', () => {
    const out = text(run(teaserCards, `${card('One story')}${card('Another story')}`));
    expect(out).toContain('One story');
  });
});
