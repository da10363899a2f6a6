import { describe, expect, it } from 'vitest';
import { inlineTeasers } from '../../../../src/core/extract/post-clean/inline-teasers.ts';
import { Lines } from '../../../../src/core/extract/post-clean/shared.ts';
import { text } from './helpers.ts';

const PROSE_A = '<p>The city council voted on Tuesday to close the old road to traffic from next spring, after years of complaints about noise.</p>';
const PROSE_B = '<p>Residents had asked for the change for years, the mayor said in a statement, and the works will start in March.</p>';
const PAGE = 'https://news.example.org/city/road-closed.html';

/** The rule compares links with the page's own address, so the body lives in a document at PAGE. */
function cleaned(html: string): string {
  const doc = new DOMParser().parseFromString(`<html><head><base href="${PAGE}"></head><body><div>${html}</div></body></html>`, 'text/html');
  const root = doc.body.firstElementChild!;
  Object.defineProperty(doc, 'URL', { value: PAGE });
  inlineTeasers.apply(root, new Lines(root));
  return text(root);
}

describe('inline-teasers rule', () => {
  it('drops a line between paragraphs that is one link to another page of the site', () => {
    const teaser = '<p><a href="https://news.example.org/people/cafe-closes.html">&gt;&gt; Wegen Corona: Kult-Lokal auf Mallorca muss schließen &lt;&lt;</a></p>';
    expect(cleaned(PROSE_A + teaser + PROSE_B)).not.toContain('Kult-Lokal');
    const listOfOne = '<ul><li><a href="/timeline.html"><strong>The latest news about the outbreak (free to read)</strong></a></li></ul>';
    expect(cleaned(PROSE_A + listOfOne + PROSE_B)).not.toContain('The latest news');
    expect(cleaned(PROSE_A + listOfOne + PROSE_B)).toContain('Residents had asked');
  });

  it('keeps links to other sites, to files, short links, lists and lines at the edges', () => {
    const source = '<p><a href="https://research.example.com/study">The full study on road noise in cities</a></p>';
    expect(cleaned(PROSE_A + source + PROSE_B)).toContain('The full study');
    const file = '<p><a href="/files/plan-for-the-road.pdf">Here is the plan for the road</a></p>';
    expect(cleaned(PROSE_A + file + PROSE_B)).toContain('Here is the plan');
    expect(cleaned(PROSE_A + '<p><a href="/mayor.html">Mayor Jane Roe</a></p>' + PROSE_B)).toContain('Mayor Jane Roe');
    const list = '<ul><li><a href="/a.html">The first street of the plan</a></li><li><a href="/b.html">The second street of the plan</a></li></ul>';
    expect(cleaned(PROSE_A + list + PROSE_B)).toContain('The second street');
    // A sentence with a link in it is the story's own.
    const sentence = '<p>Read <a href="/old-road.html">how the old road was built</a> in the last century, before cars.</p>';
    expect(cleaned(PROSE_A + sentence + PROSE_B)).toContain('how the old road was built');
    // After the last paragraph, edge-trim decides.
    expect(cleaned(PROSE_A + PROSE_B + '<p><a href="/next.html">Next story about the city centre</a></p>')).toContain('Next story');
  });
});
