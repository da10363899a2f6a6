import { describe, expect, it } from 'vitest';
import { htmlChunks } from '../../../src/core/render-chunks.ts';

const text = (html: string): string => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

describe('htmlChunks', () => {
  it('keeps a small article in one piece', () => {
    expect([...htmlChunks('<p>a</p><p>b</p>', document, 100)]).toEqual(['<p>a</p><p>b</p>']);
  });

  it('splits a big article at top-level blocks inside wrappers, losing no text', () => {
    const blocks = Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i} &amp; more &lt;text&gt;</p>`).join('\n');
    const html = `<div id="readability-page-1" class="page"><div>${blocks}</div></div>`;
    const pieces = [...htmlChunks(html, document, 2_000)];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThan(2_000 + 100);
    for (const piece of pieces) expect(piece.trim().startsWith('<p>') || piece.trim() === '').toBe(true);
    expect(text(pieces.join(''))).toBe(text(html));
  });

  it('keeps a table or list whole even when it is the only block', () => {
    const html = `<table>${Array.from({ length: 300 }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('')}</table>`;
    const pieces = [...htmlChunks(html, document, 1_000)];
    expect(pieces.join('')).toContain('<table>');
    expect(text(pieces.join(''))).toBe(text(html));
  });
});
