/** jsdom for the command line: pages are parsed, never run (no scripts, no resource loading). */
import { JSDOM, VirtualConsole } from 'jsdom';

const quietConsole = new VirtualConsole();
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function parseHtml(html: string, url: string): Document {
  // CSS parse errors from real pages are noise here; silence them instead of printing thousands of lines.
  try {
    return new JSDOM(html, { url: safeUrl(url), virtualConsole: quietConsole }).window.document;
  } catch {
    // jsdom 29 throws on some valid style sheets (e.g. Sass variables left inside calc() in a <style>
    // block). Extraction never reads style sheets, so parse the page again without them rather than fail.
    return new JSDOM(html.replace(STYLE_BLOCK, ''), { url: safeUrl(url), virtualConsole: quietConsole }).window.document;
  }
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}
