/** jsdom for the command line: pages are parsed, never run (no scripts, no resource loading). */
import { JSDOM, VirtualConsole } from 'jsdom';

const quietConsole = new VirtualConsole();
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function parseHtml(html: string, url: string): Document {
  // CSS parse errors from real pages are noise here; silence them instead of printing thousands of lines.
  try {
    return withoutBaseQuirk(new JSDOM(html, { url: safeUrl(url), virtualConsole: quietConsole }).window.document);
  } catch {
    // jsdom 29 throws on some valid style sheets (e.g. Sass variables left inside calc() in a <style>
    // block). Extraction never reads style sheets, so parse the page again without them rather than fail.
    return withoutBaseQuirk(new JSDOM(html.replace(STYLE_BLOCK, ''), { url: safeUrl(url), virtualConsole: quietConsole }).window.document);
  }
}

/**
 * Drops each `<base>` without an `href` from a page the command line parsed (its own copy; the
 * file is untouched). Such a base changes nothing in a browser, but jsdom's selector engine counts
 * an `xlink:href` as its href, then fails to read it: `document.baseURI` and any selector query
 * rooted at a link throw. The fast-check property tests found it in one rule after another; this
 * is the one place it is handled for every rule (the extension never runs in jsdom).
 */
export function withoutBaseQuirk(doc: Document): Document {
  for (const base of Array.from(doc.getElementsByTagName('base'))) if (!base.hasAttribute('href')) base.remove();
  return doc;
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}
