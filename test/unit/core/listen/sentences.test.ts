import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { spokenSentences as spokenWithSpans, spokenText } from '../../../../src/core/listen/index.ts';
import { splitSentences } from '../../../../src/core/nlp/sentences.ts';

/** The content script's path: split each root's spoken text (in the background there), then map back. */
function spokenSentences(roots: Element[]) {
  return spokenWithSpans(roots, roots.map((root) => splitSentences(spokenText(root))));
}

function root(html: string): Element {
  return new JSDOM(`<article>${html}</article>`).window.document.querySelector('article') as Element;
}

describe('spokenSentences', () => {
  it('gives each sentence with a Range over exactly its text, across inline elements', () => {
    const el = root('<p>Kim met <a href="#">Shoigu</a> on Wednesday. They toured   an arms fair.</p><p>The U.S. was not invited.</p>');
    const sentences = spokenSentences([el]);
    expect(sentences.map((s) => s.text)).toEqual(['Kim met Shoigu on Wednesday.', 'They toured an arms fair.', 'The U.S. was not invited.']);
    expect(sentences.map((s) => s.range.toString())).toEqual(['Kim met Shoigu on Wednesday.', 'They toured   an arms fair.', 'The U.S. was not invited.']);
  });
  it('maps a repeated sentence to each of its places, in order', () => {
    const el = root('<p>Yes.</p><p>No.</p><p>Yes.</p>');
    const ranges = spokenSentences([el]).map((s) => s.range);
    expect(ranges).toHaveLength(3);
    expect(ranges[0]?.startContainer).not.toBe(ranges[2]?.startContainer);
    expect(ranges[2]?.startContainer.parentElement?.previousElementSibling?.textContent).toBe('No.');
  });
  it('splits Urdu at the Urdu full stop and leaves captions, tables and code unread', () => {
    const el = root('<p>وزیر اعظم نے خطاب کیا۔ اجلاس ملتوی ہو گیا۔</p><figure><img alt=""><figcaption>Caption text.</figcaption></figure><table><tr><td>cell</td></tr></table><pre>code();</pre><p>Last one.</p>');
    expect(spokenSentences([el]).map((s) => s.text)).toEqual(['وزیر اعظم نے خطاب کیا۔', 'اجلاس ملتوی ہو گیا۔', 'Last one.']);
  });
  it('reads several roots in order (title, then body)', () => {
    const doc = new JSDOM('<h1>Budget day</h1><div><p>It rained.</p></div>').window.document;
    expect(spokenSentences([doc.querySelector('h1') as Element, doc.querySelector('div') as Element]).map((s) => s.text)).toEqual(['Budget day', 'It rained.']);
  });
});
