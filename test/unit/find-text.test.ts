import { describe, expect, it } from 'vitest';
import { findTextRanges } from '../../src/core/find-text.ts';

/** A body built from markup without assigning innerHTML (only src/core/html.ts may do that). */
function bodyOf(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
  return document.body;
}

describe('findTextRanges', () => {
  it('finds a span inside its sentence across element boundaries and whitespace differences, without changing the DOM', () => {
    bodyOf('<aside><p>Kim visited a farm.</p></aside><article><p>Yesterday   <b>Kim</b> met\n the <i>minister</i>. Kim left.</p></article>');
    const before = document.body.outerHTML;
    const ranges = findTextRanges(document.body, [
      { quote: 'Yesterday Kim met the minister.', start: 10, end: 13 },
      { quote: 'Kim left.', start: 0, end: 3 },
      { quote: 'Yesterday Kim met the minister.', start: 14, end: 30 },
    ]);
    expect(ranges.map((r) => r.toString())).toEqual(['Kim', 'Kim', 'met\n the minister']);
    expect(ranges[0]?.startContainer.parentElement?.tagName).toBe('B');
    expect(document.body.outerHTML).toBe(before);
  });

  it('falls back to the span alone when its sentence is not in the page, and skips what is missing', () => {
    bodyOf('<p>Pyongyang is the capital.</p>');
    const ranges = findTextRanges(document.body, [
      { quote: 'A sentence the page does not have about Pyongyang.', start: 40, end: 49 },
      { quote: 'Nothing here.', start: 0, end: 7 },
    ]);
    expect(ranges.map((r) => r.toString())).toEqual(['Pyongyang']);
  });
});
