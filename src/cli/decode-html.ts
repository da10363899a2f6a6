/**
 * Bytes of a saved page to text, the way a browser decodes a file without an HTTP header
 * (WHATWG encoding sniffing, simplified): a byte-order mark wins; then a `<meta charset>` or
 * `<meta http-equiv="content-type" content="…; charset=…">` in the first 1024 bytes; then UTF-8
 * when the bytes are valid UTF-8; else windows-1252, the web's fallback for legacy pages.
 */

const PRESCAN_BYTES = 1024;

export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = encodingFromBom(bytes);
  // TextDecoder drops a matching BOM itself.
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = declaredEncoding(bytes);
  if (declared) return decode(bytes, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode(bytes, 'windows-1252');
  }
}

/**
 * Bytes 0x80–0x9F of windows-1252 (€, curly quotes, dashes…). Node 20's TextDecoder decodes the
 * label as Latin-1 and leaves them as C1 controls; the five bytes windows-1252 leaves undefined stay.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding a `<meta>` near the top names, as TextDecoder knows it; null when none or unknown. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  // Every encoding a page may declare is ASCII-compatible in its markup, so read the head as Latin-1.
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>?/gi)) {
    const label = charsetAttribute(tag) ?? httpEquivCharset(tag);
    if (!label) continue;
    try {
      const encoding = new TextDecoder(label).encoding;
      // A page cannot declare itself UTF-16 in ASCII bytes; browsers read that as UTF-8.
      return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
    } catch {
      continue; // a label TextDecoder does not know: keep looking, as a browser does
    }
  }
  return null;
}

const CONTENT_ATTRIBUTE = /\scontent\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i;

/** `<meta charset="gbk">` (looked for outside the content attribute, which may say charset= too). */
function charsetAttribute(tag: string): string | undefined {
  return /\scharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag.replace(CONTENT_ATTRIBUTE, ''))?.[1];
}

/** `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`. */
function httpEquivCharset(tag: string): string | undefined {
  if (!/\shttp-equiv\s*=\s*["']?\s*content-type/i.test(tag)) return undefined;
  return /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(CONTENT_ATTRIBUTE.exec(tag)?.[1] ?? '')?.[1];
}
