// A second candidate when Readability picks the wrong container.
import { describe, expect, it } from 'vitest';
import { findProseCluster, missesCluster, elementAt } from '../../../../src/core/extract/prose-cluster.ts';
import { extractArticle } from '../../../../src/core/extract/index.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const sentence = (topic: string): string => `The ${topic} was discussed at length by the council on Tuesday, with residents asking about cost and timing.`;
const story = (count: number): string => Array.from({ length: count }, (_, i) => `<p>${sentence(`plan number ${i + 1}`)} ${sentence('budget')}</p>`).join('');

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
