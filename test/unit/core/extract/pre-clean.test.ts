import { describe, expect, it } from 'vitest';
import { promoteLazyImages, unwrapNoscriptImages, unwrapNoscriptProse } from '../../../../src/core/extract/pre-clean.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('pre-clean rules', () => {
  it('promotes lazy image addresses over placeholders, and leaves real sources alone', () => {
    const doc = parse('<img id="a" src="data:image/gif;base64,R0l" data-src="https://x/a.jpg" data-srcset="https://x/a2.jpg 2x"><img id="b" src="https://x/b.jpg" data-src="https://x/other.jpg">');
    promoteLazyImages.apply(doc);
    expect(doc.getElementById('a')?.getAttribute('src')).toBe('https://x/a.jpg');
    expect(doc.getElementById('a')?.getAttribute('srcset')).toBe('https://x/a2.jpg 2x');
    expect(doc.getElementById('b')?.getAttribute('src')).toBe('https://x/b.jpg');
  });

  it('replaces a placeholder and its <noscript> fallback by the fallback image, for every noscript', () => {
    const doc = parse('<p><img src="blank.gif"><noscript><img src="https://x/1.jpg" alt="one"></noscript></p><p><noscript><img src="https://x/2.jpg"></noscript></p><noscript><p>Enable JavaScript</p></noscript>');
    unwrapNoscriptImages.apply(doc);
    expect(Array.from(doc.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['https://x/1.jpg', 'https://x/2.jpg']);
    expect(doc.querySelectorAll('noscript')).toHaveLength(1);
  });

  it('leaves a long <noscript> notice beside an article with more prose', () => {
    const notice = 'We and our partners would like to process personal data about your use of this site, see our policy. ';
    const article = '<p>' + 'The article itself runs on for much longer than any notice that a site shows to readers. '.repeat(3) + '</p>';
    const doc = parse(`<noscript><p>${notice}</p></noscript><article>${article}${article}</article>`);
    unwrapNoscriptProse.apply(doc);
    expect(doc.querySelectorAll('noscript')).toHaveLength(1);
  });

  it('leaves a <noscript> that holds content, not an image fallback (an unclosed one swallows the page)', () => {
    const story = 'The article goes on here with a long paragraph of prose. '.repeat(5);
    const doc = parse(`<main><noscript><p><img src="https://x/1.jpg"></p><p>${story}</p></main>`);
    unwrapNoscriptImages.apply(doc);
    expect(doc.body.textContent).toContain(story);
  });

  it('unwraps a <noscript> that holds the page\'s prose, and leaves a short notice alone', () => {
    const story = 'The post body kept for readers without scripts, long enough to be a real paragraph of prose.';
    const doc = parse(`<div id="post"><noscript><p>${story}</p></noscript></div><noscript><p>Please enable JavaScript.</p></noscript>`);
    unwrapNoscriptProse.apply(doc);
    expect(doc.querySelector('#post > p')?.textContent).toBe(story);
    expect(doc.querySelectorAll('noscript')).toHaveLength(1);
  });

  it('reads a <noscript> fallback held as text, as a browser with scripting on parses it', () => {
    const doc = parse('<p id="p"><img src="lazy-placeholder.png"></p>');
    const noscript = doc.createElement('noscript');
    noscript.textContent = '<img src="https://x/real.jpg" alt="real">';
    doc.getElementById('p')!.appendChild(noscript);
    unwrapNoscriptImages.apply(doc);
    expect(Array.from(doc.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['https://x/real.jpg']);
  });
});
