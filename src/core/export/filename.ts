/**
 * File names from article titles that every common file system accepts: no path separators or
 * characters Windows refuses, no control or bidi-override characters (which can disguise an
 * extension), no trailing dots or spaces, no reserved device names, and at most 120 UTF-8 bytes
 * (ext4 and others allow 255; a margin leaves room for the browser's " (1)"). Letters of any
 * script are kept, so an Urdu title gives an Urdu name.
 */

const MAX_BYTES = 120;
/** Windows refuses these as names, even with an extension (CON.md). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** `title` as a safe base name (no extension); `fallback` when nothing usable is left. */
export function safeBaseName(title: string, fallback = 'article'): string {
  let name = title
    .normalize('NFC')
    // Control, format (bidi overrides, zero-width) and characters Windows forbids.
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut whole code points (never half a surrogate pair) until the name fits.
  const points = Array.from(name);
  while (points.length > 0 && utf8Length(points.join('')) > MAX_BYTES) points.pop();
  name = points.join('').replace(/[.\s]+$/g, '');
  if (!name) return fallback;
  return RESERVED.test(name) ? `_${name}` : name;
}

/** `title` as a file name with extension `ext` ("md", "html"). */
export function fileNameFor(title: string, ext: string): string {
  return `${safeBaseName(title)}.${ext}`;
}
