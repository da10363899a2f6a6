import { describe, expect, it } from 'vitest';
import { isCutExcerpt, isLinkedHeading, isTeaserCard, teaserCards } from '../../../../src/core/extract/post-clean/teaser-cards.ts';
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

  it('drops an excerpt cut short with a "more" link to another page', () => {
    const excerpts = '<dl><dt>Wettergutachten</dt><dd><p><span>Auskunft über vergangenes Wetter…</span> <a href="/gutachten"><span>mehr &nbsp;•••</span></a></p></dd></dl>';
    const out = text(run(teaserCards, `${story}${story}${excerpts}`));
    expect(out).not.toContain('vergangenes Wetter');
    expect(isCutExcerpt(body('<p>Six streets close in spring... <a href="/more">Read more</a></p>').firstElementChild!, 'Six streets close in spring... Read more')).toBe(true);
  });

  it('keeps a "more" link after a whole sentence, one inside the page, and a page that is all excerpts', () => {
    const whole = '<p>The full report is online. <a href="/report">More</a></p>';
    const inPage = '<p>The timeline goes on… <a href="#timeline">more</a></p>';
    const out = text(run(teaserCards, `${story}${story}${whole}${inPage}`));
    expect(out).toContain('The full report is online.');
    expect(out).toContain('The timeline goes on…');
    const list = '<p>First post about the road… <a href="/1">Read more</a></p><p>Second post about the bridge… <a href="/2">Read more</a></p>';
    expect(text(run(teaserCards, list))).toContain('First post about the road');
    const long = `<p>${'The press release goes on about the new service at length. '.repeat(6)}Gemeinsa... <a href="/pm-1">weiter...</a></p>`;
    expect(text(run(teaserCards, story + story + long))).toContain('The press release goes on');
    expect(isLinkedHeading(body('<h2><a href="/x">Title</a></h2>').firstElementChild!, 'Title')).toBe(true);
  });

  it('drops a heading that is one link to another page, and keeps the first line and in-page links', () => {
    const teaser = '<h2><a href="/corona">Was Sie zum Coronavirus wissen müssen</a></h2><p>Die wichtigsten Fragen und Antworten.</p>';
    const out = text(run(teaserCards, `${story}${teaser}${story}`));
    expect(out).not.toContain('Was Sie zum Coronavirus');
    expect(out).toContain('Die wichtigsten Fragen');
    const own = `<h1><a href="/this-story">The council's budget</a></h1>${story}<h2><a href="#part-2">Part two</a></h2><h3>The <a href="/mayor">mayor</a> speaks</h3>`;
    const kept = text(run(teaserCards, own));
    expect(kept).toContain("The council's budget");
    expect(kept).toContain('Part two');
    expect(kept).toContain('The mayor speaks');
  });
});
