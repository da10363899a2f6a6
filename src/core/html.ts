/**
 * The one place where markup becomes DOM. Page-derived HTML is rendered only through
 * `sanitizeToFragment`; a lint check (test/unit/no-raw-html.test.ts) keeps every other file off
 * `innerHTML`, `outerHTML =` and `insertAdjacentHTML`.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const purifiers = new WeakMap<Window, DOMPurify>();

/** Whether the last sanitize call met an `on*` attribute (see `sanitizeToFragment`). */
let handlerSeen = false;

/** Tags a reader never needs and that can run code, navigate, or submit data. */
const FORBIDDEN_TAGS = ['form', 'input', 'button', 'select', 'textarea', 'base', 'meta', 'link', 'style', 'frame', 'frameset', 'object', 'embed', 'portal'];

const SANITIZE_OPTIONS = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: ['style', 'srcdoc', 'formaction', 'action', 'ping'],
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'frameborder'],
  ALLOW_DATA_ATTR: false,
};

function purifierFor(win: Window): DOMPurify {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    purifier.addHook('uponSanitizeAttribute', (_node, data) => {
      if (/^on/i.test(data.attrName)) handlerSeen = true;
    });
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        // Links open outside reader view so the reader is never navigated away by the article.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IFRAME') {
        const src = node.getAttribute('src') ?? '';
        if (!/^https:\/\//i.test(src)) node.remove();
        else node.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Sanitises page-derived HTML and returns it as a fragment owned by `win.document`.
 * Embedded videos survive as sandboxed https iframes; scripts, handlers, forms and styles do not.
 *
 * WHY two passes: in a Chromium content script, the parser attaches an `on*` attribute's handler
 * for the page's main world, and DOMPurify's `removeAttribute` (run in our isolated world) removes
 * the attribute but not that handler; once the fragment is inserted, `<img onerror>` runs in the
 * page (found by test/e2e/hostile-payloads.test.ts). So the first pass only produces clean markup
 * (its throwaway document never joins a live one), and the fragment is parsed from that markup,
 * which has no handler attributes left to attach. Should re-parsing ever mutate into a handler
 * (mutation XSS), the fragment is dropped and the caller falls back to plain text.
 */
export function sanitizeToFragment(html: string, win: Window): DocumentFragment {
  const purifier = purifierFor(win);
  const clean = purifier.sanitize(html, SANITIZE_OPTIONS);
  handlerSeen = false;
  const fragment = purifier.sanitize(clean, { ...SANITIZE_OPTIONS, RETURN_DOM_FRAGMENT: true });
  return handlerSeen ? win.document.createDocumentFragment() : fragment;
}

/** Sanitised HTML as a string, for the command line and saved results. */
export function sanitizeToString(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, SANITIZE_OPTIONS);
}

/**
 * Parses markup into an inert document: created by `createHTMLDocument`, it has no browsing
 * context, so nothing in it runs or loads. Use it to *read* markup, never to render it.
 */
export function parseInert(doc: Document, html: string): Document {
  const inert = doc.implementation.createHTMLDocument('');
  inert.documentElement.innerHTML = html;
  return inert;
}

/** Elements whose text is code or styling, never words a reader should see. */
const NOT_TEXT = 'script, style, template, noscript, iframe, object';

/**
 * Page metadata (title, byline, site name, date) as the plain text a reader expects: sites put
 * markup and entities in `<title>`, Open Graph and JSON-LD (`<b>Breaking</b>`, `&amp;amp;`), and
 * showing them as text would print the tags. Tags are dropped, entities decoded, whitespace
 * collapsed. The markup is only read, in an inert document (`parseInert`): nothing in it runs or loads.
 */
export function markupToText(value: string, doc: Document): string {
  const collapsed = value.replace(/\s+/g, ' ').trim();
  if (!/[<&]/.test(collapsed)) return collapsed;
  const root = parseInert(doc, collapsed).documentElement;
  for (const el of Array.from(root.querySelectorAll(NOT_TEXT))) el.remove();
  // Block boundaries (<p>, <br>) separate words; textContent alone would run them together.
  for (const el of Array.from(root.querySelectorAll('br, p, div, li, h1, h2, h3, h4, h5, h6'))) el.before(' ');
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}
