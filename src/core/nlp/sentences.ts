/**
 * Sentence splitting with offsets into the original text. `sbd` handles English news best
 * (abbreviations such as "U.S.", "Gen.", "p.m."; see ../shared/docs/evaluation.md), but it knows
 * nothing of the Urdu full stop "۔", the Arabic question mark "؟" or the Devanagari danda "।",
 * so those are split first. Paragraph breaks (blank lines or single newlines) always end a sentence.
 */
import sbd from 'sbd';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Terminators sbd does not know, and the closing quotes/brackets that may follow them. */
const NON_LATIN_END = /[۔؟।॥][\s"'”’»)\]]*|[!?؟][\s"'”’»)\]]+(?=[^\x00-\x7f])/gu;

/** Splits `text` into sentences, each with its `[start, end)` offsets (trimmed of whitespace). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // A line break before a lower-case letter is a wrapped line, not the end of a sentence; the
  // replacement keeps every offset where it was.
  const unwrapped = text.replace(/[ \t]*\n(?=[ \t]*\p{Ll})/gu, (match) => ' '.repeat(match.length));
  for (const line of spans(unwrapped, /\n+/g)) {
    for (const piece of spans(line.text, NON_LATIN_END, true)) {
      const offset = line.start + piece.start;
      let cursor = 0;
      for (const sentence of sbd.sentences(piece.text, { newline_boundaries: false, preserve_whitespace: true })) {
        const trimmed = sentence.trim();
        if (!trimmed) continue;
        const at = piece.text.indexOf(trimmed, cursor);
        // sbd may normalise inner whitespace; when it does, fall back to the rest of the piece.
        if (at < 0) {
          const rest = piece.text.slice(cursor).trim();
          const restAt = offset + piece.text.indexOf(rest, cursor);
          if (rest) push(sentences, text.slice(restAt, restAt + rest.length), restAt);
          break;
        }
        push(sentences, text.slice(offset + at, offset + at + trimmed.length), offset + at);
        cursor = at + trimmed.length;
      }
    }
  }
  return sentences;
}

function push(list: Sentence[], text: string, start: number): void {
  list.push({ text, start, end: start + text.length });
}

/** The parts of `text` between matches of `separator` (or ending with them, when `keep`), non-blank only. */
function spans(text: string, separator: RegExp, keep = false): Sentence[] {
  const parts: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    const index = match.index ?? 0;
    const end = keep ? index + match[0].trimEnd().length : index;
    addTrimmed(parts, text, start, end);
    start = index + match[0].length;
  }
  addTrimmed(parts, text, start, text.length);
  return parts;
}

function addTrimmed(parts: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) parts.push({ text: body, start: start + lead, end: start + lead + body.length });
}
