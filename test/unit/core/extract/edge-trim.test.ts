import { describe, expect, it } from 'vitest';
import { edgeTrim } from '../../../../src/core/extract/post-clean/edge-trim.ts';
import { run, text } from './helpers.ts';

const STORY = '<p>The city council voted on Tuesday to close the old road to traffic from next spring.</p><p>Residents had asked for the change for years, the mayor said in a statement.</p>';

describe('edge-trim rule', () => {
  it('removes a run of link lines before and after the story', () => {
    const nav = '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>';
    const more = '<p><a href="/1">Another headline here</a></p><p><a href="/2">Second headline here</a></p><p><a href="/3">Third headline here</a></p>';
    const out = run(edgeTrim, nav + STORY + more);
    expect(text(out)).toBe(text(run(edgeTrim, STORY)));
    expect(out.querySelector('a')).toBeNull();
  });

  it('keeps a single link line and links inside the story', () => {
    const html = '<p><a href="/src">Source: Reuters</a></p>' + STORY + '<p>Read the <a href="/r">full report</a> online.</p>';
    expect(run(edgeTrim, html).querySelectorAll('a')).toHaveLength(2);
  });

  it('drops a heading that closes the article with only links after it, and keeps headings with text after them', () => {
    const related = '<h2>More on this</h2><p><a href="/1">One more story</a></p><p><a href="/2">Another story</a></p>';
    expect(text(run(edgeTrim, STORY + related))).toBe(text(run(edgeTrim, STORY)));
    expect(text(run(edgeTrim, STORY + '<h3>Map</h3>'))).toBe(text(run(edgeTrim, STORY)));
    const section = STORY + '<h2>What happens next</h2><p>Work starts in May.</p>';
    expect(run(edgeTrim, section).querySelector('h2')).not.toBeNull();
    expect(run(edgeTrim, STORY + '<h4>It was, she said, the worst day of her life.</h4>').querySelector('h4')).not.toBeNull();
  });
  it('keeps a closing "Sources" list that links to several sites', () => {
    const sources = '<h2>Sources &amp; links</h2><ul><li><a href="https://nodejs.org/api/inspector.html">https://nodejs.org/api/inspector.html</a></li><li><a href="https://www.npmjs.com/package/inspector-api">https://www.npmjs.com/package/inspector-api</a></li></ul>';
    expect(run(edgeTrim, STORY + sources).querySelector('h2')?.textContent).toBe('Sources & links');
  });
});

describe('edge-trim: teasers after the last prose line', () => {
  const story = '<p>The city council voted on Tuesday to close the old road to traffic from next spring.</p>';
  it('drops a lone link titled like a headline after the story', () => {
    const teaser = '<p><a href="/health/breakfast">Richtig frühstücken: Die besten Tipps für einen flachen Bauch</a></p>';
    expect(text(run(edgeTrim, story + teaser))).toBe(text(run(edgeTrim, story)));
  });

  it('keeps a linked address, a document, a name and links inside the story', () => {
    for (const ref of ['<p><a href="https://example.org/report">www.example.org/report</a></p>', '<p><a href="/files/programme.pdf">Programme of the meeting (PDF)</a></p>', '<p><a href="/author/jl">Jane Loe</a></p>']) {
      expect(run(edgeTrim, story + ref).querySelector('a')).not.toBeNull();
    }
    const inside = '<p><a href="/earlier">An earlier story about the same road</a></p>' + story;
    expect(run(edgeTrim, inside).querySelector('a')).not.toBeNull();
  });
});
