// A story split over sibling wrappers: Readability keeps one section, the others join it.
import { describe, expect, it } from 'vitest';
import { proseParagraphs } from '../../../../src/core/extract/prose-cluster.ts';
import { findSiblingProse } from '../../../../src/core/extract/sibling-prose.ts';
import { extractArticle } from '../../../../src/core/extract/index.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const sentence = (topic: string): string => `The ${topic} was discussed at length by the council on Tuesday, with residents asking about cost and timing.`;
const paragraphs = (topic: string, count: number): string =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(`${topic} ${i + 1}`)} ${sentence('budget')}</p>`).join('');
/** A section as CMS "paragraph" components print it: a heading, then its text two wrappers down. */
const section = (topic: string, count: number): string =>
  `<div class="paragraph"><h2>About the ${topic}</h2><div class="paragraph-text"><div>${paragraphs(topic, count)}</div></div></div>`;
const page = (inside: string, outside = ''): string =>
  `<html><head><title>Council</title></head><body><nav><a href="/">Home</a></nav><article><h1>Council</h1><div class="body">${inside}</div></article>${outside}</body></html>`;

describe('findSiblingProse', () => {
  it('finds the sections beside the one Readability kept, in page order', () => {
    const doc = parse(page(`${section('ferry', 2)}${section('bridge', 6)}${section('harbour', 2)}`));
    const kept = Array.from(doc.querySelectorAll('.paragraph')[1]!.querySelectorAll('p'), (p) => p.textContent).join(' ');
    const blocks = findSiblingProse(doc, proseParagraphs(doc), kept);
    expect(blocks?.before.map((el) => el.textContent)).toEqual([expect.stringContaining('The ferry 1 was')]);
    expect(blocks?.after.map((el) => el.textContent)).toEqual([expect.stringContaining('The harbour 2 was')]);
    // The page itself is only read.
    expect(doc.querySelectorAll('.paragraph')).toHaveLength(3);
  });

  it('drops link lists and scripts from a joining section, keeping its text', () => {
    const mostRead = '<ul class="most-read"><li><a href="/a">Ferry fares rise again</a></li><li><a href="/b">A new bridge for the east</a></li></ul>';
    const doc = parse(page(`${section('bridge', 6)}<div class="paragraph">${paragraphs('harbour', 2)}${mostRead}<script>track()</script></div>`));
    const kept = Array.from(doc.querySelector('.paragraph')!.querySelectorAll('p'), (p) => p.textContent).join(' ');
    const [joined] = findSiblingProse(doc, proseParagraphs(doc), kept)?.after ?? [];
    expect(joined?.textContent).toContain('The harbour 2 was');
    expect(joined?.querySelector('ul, script')).toBeNull();
  });

  it('leaves out teaser lists with linked headlines and the next story of an endless page', () => {
    const teasers = `<div class="more">${['tram', 'park'].map((topic) => `<h3><a href="/${topic}">The ${topic}</a></h3>${paragraphs(topic, 1)}`).join('')}</div>`;
    const next = `<div class="next"><article><h1>Another story</h1>${paragraphs('school', 3)}</article></div>`;
    const doc = parse(page(`${section('bridge', 6)}${teasers}${next}`));
    const kept = Array.from(doc.querySelector('.paragraph')!.querySelectorAll('p'), (p) => p.textContent).join(' ');
    expect(findSiblingProse(doc, proseParagraphs(doc), kept)).toBeNull();
  });

  it('stays inside the story: prose in a sidebar or past the article is not the story', () => {
    const doc = parse(page(section('bridge', 6), `<div class="sidebar-box">${paragraphs('weather', 3)}</div><div>${paragraphs('market', 3)}</div>`));
    const kept = Array.from(doc.querySelectorAll('.paragraph p'), (p) => p.textContent).join(' ');
    expect(findSiblingProse(doc, proseParagraphs(doc), kept)).toBeNull();
  });
});

describe('findSiblingProse copying only the story\'s surroundings', () => {
  const html = page(`${section('ferry', 2)}${section('bridge', 6)}<div class="paragraph"><img data-src="/harbour.jpg">${paragraphs('harbour', 2)}</div>`);
  const keptOf = (doc: Document): string => Array.from(doc.querySelectorAll('.paragraph')[1]!.querySelectorAll('p'), (p) => p.textContent).join(' ');
  const markupOf = (blocks: ReturnType<typeof findSiblingProse>): string[] => [...(blocks?.before ?? []), ...(blocks?.after ?? [])].map((el) => el.outerHTML);

  it('gives the same blocks as a copy of the whole page, copied into the clone it is given', () => {
    const doc = parse(html);
    const whole = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc));
    const owner = parse('<html><body></body></html>');
    const part = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc), null, { owner, reshaped: [] });
    expect(markupOf(part)).toEqual(markupOf(whole));
    expect(markupOf(part).join('')).toContain('src="/harbour.jpg"');
    expect(part?.after[0]?.ownerDocument).toBe(owner);
  });

  it('reads the live page in place and copies only the blocks that join', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const owner = parse('<html><body></body></html>');
    const part = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc), null, { owner, reshaped: [] });
    expect(part?.after).toHaveLength(1);
    expect(part?.after[0]).not.toBe(doc.querySelectorAll('.paragraph')[2]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same blocks when a form or a control with an id sits beside the story (a copy reads those differently)', () => {
    const form = '<form class="paragraph"><input name="tagName"><input name="children"><p>Sign up for the newsletter to get the council news every week in your inbox.</p></form>';
    const control = '<button id="comment-button" class="paragraph">Comment</button>';
    for (const beside of [form, control]) {
      const doc = parse(page(`${section('ferry', 2)}${section('bridge', 6)}${beside}${section('harbour', 2)}`));
      const whole = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc));
      const part = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc), null, { owner: parse('<html><body></body></html>'), reshaped: [] });
      expect(markupOf(part)).toEqual(markupOf(whole));
      expect(markupOf(part).join('')).toContain('The harbour 2 was');
    }
  });

  it('copies the whole page when pre-clean changed children around the story, or the page changed since', () => {
    const doc = parse(html);
    const owner = parse('<html><body></body></html>');
    const reshaped = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc), null, { owner, reshaped: [[1]] });
    expect(reshaped?.after).toHaveLength(1);
    expect(reshaped?.after[0]?.ownerDocument).not.toBe(owner);
    const paragraphsBefore = proseParagraphs(doc);
    doc.querySelector('.paragraph p')!.textContent = 'Changed after the clone was made, and long enough to count as a paragraph of prose.';
    const changed = findSiblingProse(doc, paragraphsBefore, keptOf(doc), null, { owner, reshaped: [] });
    expect(changed?.after).toHaveLength(1);
    expect(changed?.after[0]?.ownerDocument).not.toBe(owner);
  });
});

describe('extractArticle with sibling sections', () => {
  it('returns every section of a story Readability would cut to its longest one', () => {
    const html = page(`<div class="lead">${paragraphs('lead', 1)}</div>${section('ferry', 1)}${section('bridge', 7)}${section('harbour', 1)}`);
    const article = extractArticle(parse(html), 'https://example.com/s');
    expect(article?.text).toContain('The bridge 7 was');
    expect(article?.text).toContain('The harbour 1 was');
    expect(article?.text).toContain('The lead 1 was');
    expect(article?.text).not.toContain('Home');
  });
});

describe('findSiblingProse on a story whose sections sit right under <body>', () => {
  const figures = '<div class="figures"><table><tr><td>Length</td><td>1.2 km</td></tr></table></div>';
  const shareBar = '<div class="share-button"><a href="https://social.example/share">Share this story</a></div>';
  const related = `<div class="more">${['tram', 'park', 'school'].map((topic) => `<a href="/${topic}">The ${topic} story</a>`).join(' ')}</div>`;
  const body = (inside: string): string =>
    `<html><head><title>Bridge</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${inside}<footer>${paragraphs('imprint', 1)}</footer></body></html>`;
  const keptOf = (doc: Document): string => Array.from(doc.querySelectorAll('.bridge p'), (p) => p.textContent).join(' ');

  it('takes the top-level sections beside the story, with its headline block and a short table between them', () => {
    const lead = `<div class="head"><h1>Bridge</h1>${shareBar}${paragraphs('lead', 1)}</div>`;
    const doc = parse(body(`${lead}<div class="bridge">${paragraphs('bridge', 6)}</div>${figures}<div>${paragraphs('harbour', 2)}</div>${related}<div>${paragraphs('weather', 2)}</div>`));
    const blocks = findSiblingProse(doc, proseParagraphs(doc), keptOf(doc));
    expect(blocks?.before.map((el) => el.textContent)).toEqual([expect.stringContaining('The lead 1 was')]);
    expect(blocks?.before[0]?.textContent).not.toContain('Share this story');
    expect(blocks?.after.map((el) => el.textContent)).toEqual([expect.stringContaining('1.2 km'), expect.stringContaining('The harbour 2 was')]);
  });

  it('leaves a next story with its own headline, and blocks past a link list, alone', () => {
    const doc = parse(body(`<div class="bridge">${paragraphs('bridge', 6)}</div><div><h1>School</h1>${paragraphs('school', 3)}</div>`));
    expect(findSiblingProse(doc, proseParagraphs(doc), keptOf(doc))).toBeNull();
    const past = parse(body(`<div class="bridge">${paragraphs('bridge', 6)}</div>${related}<div>${paragraphs('weather', 2)}</div>`));
    expect(findSiblingProse(past, proseParagraphs(past), keptOf(past))).toBeNull();
  });

  it('leaves a notice beside the page\'s own wrapper alone: the wrapper is the page, not one section', () => {
    const notice = `<div id="outdated">${'<p>Your browser is very old and some parts of this site may not work in it; please update it soon.</p>'.repeat(3)}</div>`;
    const doc = parse(body(`${notice}<div class="page"><div class="bridge">${paragraphs('bridge', 6)}</div></div>`));
    expect(findSiblingProse(doc, proseParagraphs(doc), keptOf(doc))).toBeNull();
  });
});
