// The standfirst under the headline comes back when Readability kept only the body below it.
import { describe, expect, it } from 'vitest';
import { findStandfirst, restoreStandfirst } from '../../../../src/core/extract/standfirst.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const TITLE = 'Council approves the new ferry line';
const LEAD = 'The council voted on Tuesday to run a ferry across the bay from next spring, after two years of talks with residents.';
const FIRST = 'The first boats will leave the harbour at six in the morning, the mayor said at a press conference.';
const page = (header: string): Document =>
  parse(`<body><nav><p>${'Home News Sport Weather and everything else on this site. '.repeat(2)}</p></nav><article>${header}<div class="body"><p>${FIRST}</p><p>More text.</p></div></article></body>`);

describe('findStandfirst', () => {
  it('finds a block the site names as its lead, in any of several languages', () => {
    for (const name of ['article-lead', 'chapo', 'texto-bajada', 'entry-excerpt']) {
      const doc = page(`<h1>${TITLE}</h1><div class="${name}"><p>${LEAD}</p></div>`);
      expect(findStandfirst(doc, TITLE, FIRST)).toEqual([LEAD]);
    }
  });

  it('finds an unnamed paragraph or subtitle in the headline\'s own header or hgroup', () => {
    expect(findStandfirst(page(`<header><h1>${TITLE}</h1><p>${LEAD}</p></header>`), TITLE, FIRST)).toEqual([LEAD]);
    expect(findStandfirst(page(`<header><hgroup><h1>${TITLE}</h1><h2>${LEAD}</h2></hgroup></header>`), TITLE, FIRST)).toEqual([LEAD]);
  });

  it('leaves out unmarked paragraphs, captions, short lines and blocks of links', () => {
    expect(findStandfirst(page(`<h1>${TITLE}</h1><p>${LEAD}</p>`), TITLE, FIRST)).toEqual([]);
    const caption = `<h1>${TITLE}</h1><div class="media"><img src="a.jpg"><div class="lead-caption"><p>${LEAD}</p></div></div>`;
    expect(findStandfirst(page(caption), TITLE, FIRST)).toEqual([]);
    expect(findStandfirst(page(`<header><h1>${TITLE}</h1><p class="byline">By Jane Doe, 3 May</p></header>`), TITLE, FIRST)).toEqual([]);
    const links = `<h1>${TITLE}</h1><div class="teaser"><p><a href="/a">${LEAD}</a></p></div>`;
    expect(findStandfirst(page(links), TITLE, FIRST)).toEqual([]);
  });

  it('leaves out a box named like a lead that holds a script: its text would be code', () => {
    const widget = `<h1>${TITLE}</h1><div class="lead-widget"><script>window.ads = window.ads || []; ads.push({ slot: "lead", size: [300, 250], refresh: true });</script></div><div class="lead"><p>${LEAD}</p></div>`;
    expect(findStandfirst(page(widget), TITLE, FIRST)).toEqual([LEAD]);
  });

  it('finds nothing when the body\'s first line is not below the headline', () => {
    expect(findStandfirst(page(`<h1>${TITLE}</h1><div class="lead"><p>${LEAD}</p></div>`), TITLE, 'A line that is nowhere on this page at all.')).toEqual([]);
  });
});

describe('restoreStandfirst', () => {
  it('puts the lead at the top of the body once, and not when the body has it', () => {
    const doc = page(`<h1>${TITLE}</h1><p class="lead">${LEAD}</p>`);
    const body = parse(`<div><p>${FIRST}</p></div>`).body.firstElementChild!;
    restoreStandfirst(body, doc, TITLE);
    expect(body.firstElementChild?.textContent).toBe(LEAD);
    restoreStandfirst(body, doc, TITLE);
    expect(body.querySelectorAll('p')).toHaveLength(2);
  });
});
