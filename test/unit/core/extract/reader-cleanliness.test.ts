// Empty list items and headings (bare bullets in reader view) and the title repeated at the top of the body.
import { describe, expect, it } from 'vitest';
import { emptyBlocks } from '../../../../src/core/extract/post-clean/empty-blocks.ts';
import { dropRepeatedTitle } from '../../../../src/core/extract/post-clean/repeated-title.ts';
import { extractArticle } from '../../../../src/core/extract/index.ts';
import { body, run } from './helpers.ts';

describe('emptyBlocks', () => {
  it('drops list items and headings with no text, and a list they leave empty', () => {
    const root = run(emptyBlocks, '<p>Story.</p><ul><li> </li><li>&nbsp;&#8203;</li></ul><ol><li>One</li><li><span></span></li></ol><h2></h2><h3>Next part</h3>');
    expect(root.querySelectorAll('li')).toHaveLength(1);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelector('h2')).toBeNull();
    expect(root.querySelector('h3')?.textContent).toBe('Next part');
  });

  it('keeps a list item or heading that holds a picture, an embed or a table', () => {
    const root = run(
      emptyBlocks,
      '<ul><li><img src="a.jpg" alt=""></li><li><iframe src="https://example.com/v"></iframe></li><li><table><tr><td></td></tr></table></li></ul><h2><svg></svg></h2>',
    );
    expect(root.querySelectorAll('li')).toHaveLength(3);
    expect(root.querySelector('h2')).not.toBeNull();
  });
});

describe('dropRepeatedTitle', () => {
  it('drops a heading at the top of the body that repeats the title, whatever its level or case', () => {
    const root = body('<div><h2> Council  closes ROAD </h2></div><p>The council closed the road on Tuesday.</p>');
    dropRepeatedTitle(root, 'Council closes road');
    expect(root.querySelector('h2')).toBeNull();
    expect(root.querySelector('div')).toBeNull();
    expect(root.textContent).toContain('closed the road');
  });

  it('keeps a heading with other words, and the same words further down the story', () => {
    const story = '<p>' + 'The council met and talked about the road at length. '.repeat(6) + '</p>';
    const root = body(`<h2>Council closes road: what it means</h2>${story}<h3>Council closes road</h3>`);
    dropRepeatedTitle(root, 'Council closes road');
    expect(root.querySelectorAll('h2, h3')).toHaveLength(2);
  });

  it('leaves the title out of the article HTML and text extractArticle returns', () => {
    const paragraphs = '<p>The council closed the old road on Tuesday after a long debate about cost and safety in the town.</p>'.repeat(8);
    const html = `<html><head><title>Council closes road</title></head><body><article><header><h1>Council closes road</h1></header><div><h2>Council closes road</h2>${paragraphs}</div></article></body></html>`;
    const article = extractArticle(new DOMParser().parseFromString(html, 'text/html'), 'https://example.com/a');
    expect(article?.title).toBe('Council closes road');
    expect(article?.contentHtml).not.toMatch(/<h\d>Council closes road/);
    expect(article?.text.startsWith('The council closed')).toBe(true);
  });
});
