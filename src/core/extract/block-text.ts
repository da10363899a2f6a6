/**
 * Plain text of an element with paragraph breaks where a reader sees them. `textContent` runs
 * paragraphs together ("…end.Next…"), which breaks sentence splitting and word counts.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
/** Never text; and ruby annotations (RT readings, RP fallback brackets) would run into the words they gloss ("最近さいきん"). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'RT', 'RP']);

export interface BlockTextOptions {
  /** Tags (upper case) whose text is left out, e.g. FIGCAPTION for the article's running text. */
  skip?: ReadonlySet<string>;
}

export function blockText(root: Node, options: BlockTextOptions = {}): string {
  const skip = options.skip;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      // Source whitespace (indentation, newlines) is layout of the HTML file, not of the text.
      parts.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || skip?.has(tag)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) parts.push('\n\n');
    // By sibling links: copying each element's childNodes into an array was a third of this walk.
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    if (isBlock) parts.push('\n\n');
  };
  walk(root);
  let text = parts.join('').replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n');
  // Tabs come only from table cells (text's own are collapsed above); the tab patterns cost as much as the walk.
  if (text.includes('\t')) text = text.replace(/ *\t */g, '\t').replace(/\t+(\n|$)/g, '$1');
  return text.replace(/\n{3,}/g, '\n\n').trim();
}
