// The standfirst above the story and a second candidate when Readability picks the wrong container.
import { describe, expect, it } from 'vitest';
import { findStandfirst } from '../../../../src/core/extract/standfirst.ts';
import { findProseCluster, missesCluster, elementAt } from '../../../../src/core/extract/prose-cluster.ts';
import { extractArticle } from '../../../../src/core/extract/index.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const sentence = (topic: string): string => `The ${topic} was discussed at length by the council on Tuesday, with residents asking about cost and timing.`;
const story = (count: number): string => Array.from({ length: count }, (_, i) => `<p>${sentence(`plan number ${i + 1}`)} ${sentence('budget')}</p>`).join('');

describe('findStandfirst', () => {
  const page = `<article><header><h1>Council backs the new ferry</h1><p>By Jane Doe</p>
    <div class="lead"><p>The harbour ferry will run again from May after councillors agreed to pay for its repairs.</p></div>
    <figure><img src="a.jpg"><figcaption>The ferry in dry dock, where it spent the winter months being repaired. Photo: Jane Doe</figcaption></figure>
    <div class="credit">The old ferry leaving the north quay on its last crossing of the year © Harbour Photos</div></header>
    <div class="body">${story(6)}</div></article>`;

  it('finds the prose between the title heading and the first line of the body, not bylines or captions', () => {
    const doc = parse(page);
    expect(findStandfirst(doc, 'Council backs the new ferry', sentence('plan number 1') + ' ' + sentence('budget'))).toEqual([
      'The harbour ferry will run again from May after councillors agreed to pay for its repairs.',
    ]);
  });

  it('finds nothing when the body does not start close below the title', () => {
    expect(findStandfirst(parse(page), 'Council backs the new ferry', 'A line that is nowhere on the page at all, not even close.')).toEqual([]);
  });

  it('is put back at the top of the extracted article', () => {
    const article = extractArticle(parse(`<html><head><title>Council backs the new ferry</title></head><body>${page}</body></html>`), 'https://example.com/f');
    expect(article?.text.startsWith('The harbour ferry will run again from May')).toBe(true);
  });
});

describe('findProseCluster', () => {
  it('votes for the container of most prose, leaving out comments and asides', () => {
    const doc = parse(`<body><div class="story">${story(4)}</div><aside>${story(9)}</aside><div class="comments-area">${story(9)}</div></body>`);
    const cluster = findProseCluster(doc);
    expect(cluster && elementAt(doc, cluster.path)?.className).toBe('story');
    expect(cluster && missesCluster(cluster, 'A short author box about the writer of this piece.')).toBe(true);
    expect(cluster && missesCluster(cluster, doc.querySelector('.story')!.textContent!)).toBe(false);
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
