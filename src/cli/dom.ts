/** jsdom for the command line: pages are parsed, never run (no scripts, no resource loading). */
import { JSDOM, VirtualConsole } from 'jsdom';

const quietConsole = new VirtualConsole();

export function parseHtml(html: string, url: string): Document {
  // CSS parse errors from real pages are noise here; silence them instead of printing thousands of lines.
  return new JSDOM(html, { url: safeUrl(url), virtualConsole: quietConsole }).window.document;
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}
