// A second candidate when Readability picks the wrong container.
import { describe, expect, it } from 'vitest';
import { findProseCluster, missesCluster, elementAt, proseParagraphs } from '../../../../src/core/extract/prose-cluster.ts';
import { extractArticle } from '../../../../src/core/extract/index.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const sentence = (topic: string): string => `The ${topic} was discussed at length by the council on Tuesday, with residents asking about cost and timing.`;
const story = (count: number): string => Array.from({ length: count }, (_, i) => `<p>${sentence(`plan number ${i + 1}`)} ${sentence('budget')}</p>`).join('');

describe('proseParagraphs', () => {
  it('leaves out a share box, but not a wrapper whose name only starts with the word', () => {
    const doc = parse(`<body><div class="share-bar">${story(1)}</div><div class="shared-story">${story(2)}</div><div class="shareholders">${story(1)}</div></body>`);
    expect(proseParagraphs(doc)).toHaveLength(3);
  });
});

describe('findProseCluster', () => {
  it('votes for the container of most prose, leaving out comments and asides', () => {
    const doc = parse(`<body><div class="story">${story(4)}</div><aside>${story(9)}</aside><div class="comments-area">${story(9)}</div></body>`);
    const cluster = findProseCluster(doc);
    expect(cluster && elementAt(doc, cluster.path)?.className).toBe('story');
    expect(cluster && missesCluster(cluster, 'A short author box about the writer of this piece.')).toBe('short');
    expect(cluster && missesCluster(cluster, doc.querySelector('.story')!.textContent!)).toBe(null);
  });

  it('calls a long answer without any of the page\'s prose a miss, but not a long answer holding some', () => {
    const doc = parse(`<body><div class="letter">${story(6)}</div><table><tr><td>${'Jane Doe, writer<br>'.repeat(80)}</td></tr></table></body>`);
    const paragraphs = proseParagraphs(doc);
    const cluster = findProseCluster(doc, paragraphs)!;
    const names = doc.querySelector('td')!.textContent!;
    expect(names.length).toBeGreaterThan(1000);
    expect(missesCluster(cluster, names, paragraphs)).toBe('no-prose');
    // The same names after one of the letter's paragraphs: Readability holds prose, so it stands.
    expect(missesCluster(cluster, `${paragraphs[5]!.text} ${names}`, paragraphs)).toBe(null);
    // A long answer in <div>s beside one short "about us" paragraph is not replaced by it.
    const about = parse(`<body><div class="about"><p>${sentence('club')}</p></div><div class="story-text">${'Text in divs and line breaks, long enough to be the story. '.repeat(40)}</div></body>`);
    const aboutParagraphs = proseParagraphs(about);
    const aboutCluster = findProseCluster(about, aboutParagraphs)!;
    expect(missesCluster(aboutCluster, about.querySelector('.story-text')!.textContent!, aboutParagraphs)).toBe(null);
  });

  it('takes a story over an author box that Readability prefers', () => {
    const bio = `<div id="author-info"><div id="author-description"><h2>About the writer</h2>${'She writes about learning organisations, knowledge management and new work, and hosts a podcast. '.repeat(5)}</div></div>`;
    const html = `<html><head><title>Live from the camp</title></head><body><article><h1>Live from the camp</h1><div class="entry-content"><p>${sentence('camp')} ${sentence('podcast')}</p></div><footer class="entry-meta">${bio}</footer></article></body></html>`;
    const article = extractArticle(parse(html), 'https://example.com/camp', { force: true });
    expect(article?.text).toContain('The camp was discussed');
  });

  it('lets extraction take the story when Readability settles on a long disclaimer box', () => {
    const disclaimer = `<section class="disclosure-body"><p>${'Offers on this site come from partners who pay us; this may affect where products appear. '.repeat(6)}</p></section>`;
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>${sentence(`ferry ${i + 1}`)} ${sentence('vote')}</p>`).join('');
    // Readability sets aside anything named like a footer, and the story sits in an "above-footer" wrapper.
    const html = `<html><head><title>Ferry</title></head><body>${disclaimer}<div class="above-footer"><div class="post-content">${paragraphs}</div></div></body></html>`;
    const article = extractArticle(parse(html), 'https://example.com/d');
    expect(article?.text).toContain('The ferry 8 was discussed');
  });
});
