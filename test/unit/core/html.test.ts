import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseInert, sanitizeToFragment, sanitizeToString } from '../../../src/core/html.ts';

const win = new JSDOM('', { url: 'https://reader.example/' }).window as unknown as Window;

describe('sanitizeToString', () => {
  it('removes scripts, handlers, javascript: links, forms and styles', () => {
    const out = sanitizeToString(
      '<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:alert(1)">x</a></p><form action="/steal"><input></form><style>p{}</style><img src=x onerror=alert(1)>',
      win,
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|<form|<input|<style/i);
    expect(out).toContain('<p>Hi');
  });
  it('opens article links in a new tab without an opener', () => {
    expect(sanitizeToString('<a href="https://a.example/">a</a>', win)).toBe('<a href="https://a.example/" target="_blank" rel="noopener noreferrer">a</a>');
  });
  it('keeps https video embeds in a sandbox and drops other frames', () => {
    const out = sanitizeToString('<iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<script>alert(1)</script>"></iframe>', win);
    expect(out.match(/<iframe/g)).toHaveLength(1);
    expect(out).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(out).not.toContain('srcdoc');
  });
  it('keeps figures, tables, lists and quotes', () => {
    const html = '<figure><img src="https://a.example/i.png" alt="i"><figcaption>c</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table><ul><li>x</li></ul><blockquote>q</blockquote>';
    expect(sanitizeToString(html, win)).toBe(html);
  });
});

describe('sanitizeToFragment', () => {
  it('returns a fragment of the given window with the same sanitising', () => {
    const fragment = sanitizeToFragment('<p>ok<img src=x onerror=alert(1)></p>', win);
    expect(fragment.querySelector('p')?.textContent).toBe('ok');
    expect(fragment.querySelector('img')?.hasAttribute('onerror')).toBe(false);
  });
});

describe('parseInert', () => {
  it('parses markup without running it', () => {
    const inert = parseInert(win.document, '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script><p>t</p>');
    expect(inert.querySelector('p')?.textContent).toBe('t');
    expect((win as unknown as { __ran?: number }).__ran).toBeUndefined();
  });
});
