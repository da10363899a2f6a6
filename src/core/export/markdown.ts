/**
 * Article HTML → CommonMark (with GitHub tables). Written for Readability's cleaned body, which is
 * a small vocabulary: headings, paragraphs, lists, quotes, figures, tables, links, images, code.
 * Anything else contributes its text. Reads the tree only; never renders it.
 */

/** Characters that mean something inline in Markdown, escaped wherever they appear in text. */
const INLINE_SPECIAL = /[\\`*_[\]<>]/g;
/** Line starts that would turn a paragraph into a heading, quote, list item or rule. */
const BLOCK_START = /^(\s*)([#>+-]|\d+[.)])(?=\s|$)/;

function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

/** Escapes the marker of a line that would start a block: `\#`, `\>`, `\-`, `1\.`. */
function escapeBlockStart(text: string): string {
  return text.replace(BLOCK_START, (_match, space: string, marker: string) => `${space}${/\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`}`);
}

/** A URL as Markdown link destination: absolute, and in <…> when it has spaces or parentheses. */
function destination(url: string, base: string): string | null {
  let absolute: string;
  try {
    absolute = new URL(url, base || undefined).href;
  } catch {
    return null;
  }
  if (!/^(https?|mailto|ftp|data):/i.test(absolute)) return null;
  return /[\s()<>]/.test(absolute) ? `<${absolute.replace(/[<>]/g, encodeURIComponent)}>` : absolute;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

/** Markdown for one article body; `baseUrl` turns relative links and images into absolute ones. */
export function htmlToMarkdown(root: Element, baseUrl: string): string {
  const converter = new Converter(baseUrl);
  return converter.blocks(root).join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
}

class Converter {
  constructor(private readonly base: string) {}

  /** The Markdown blocks of `parent`'s children, inline runs gathered into paragraphs. */
  blocks(parent: Element): string[] {
    const out: string[] = [];
    let run = '';
    const flush = (): void => {
      const text = run.replace(/[ \t]+\n/g, '\n').trim();
      if (text) out.push(escapeBlockStart(text));
      run = '';
    };
    for (const child of Array.from(parent.childNodes)) {
      if (isElement(child) && BLOCK_TAGS.has(child.localName)) {
        flush();
        const block = this.block(child);
        if (block.trim()) out.push(block);
      } else run += this.inline(child);
    }
    flush();
    return out;
  }

  private block(el: Element): string {
    const tag = el.localName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) return `${'#'.repeat(Number(heading[1]))} ${this.inlineOf(el).trim()}`;
    switch (tag) {
      case 'p':
      case 'dt':
      case 'summary':
      case 'figcaption':
        return escapeBlockStart(this.inlineOf(el).trim());
      case 'hr':
        return '---';
      case 'pre':
        return this.fence(el.textContent ?? '');
      case 'blockquote':
        return this.blocks(el).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
      case 'ul':
      case 'ol':
        return this.list(el, tag === 'ol');
      case 'table':
        return this.table(el);
      case 'figure': {
        const parts = this.blocks(el);
        return parts.join('\n\n');
      }
      default:
        return this.blocks(el).join('\n\n');
    }
  }

  private fence(code: string): string {
    const longest = Math.max(2, ...Array.from(code.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}\n${code.replace(/\n$/, '')}\n${fence}`;
  }

  private list(el: Element, ordered: boolean): string {
    const start = Number(el.getAttribute('start')) || 1;
    const items = Array.from(el.children).filter((child) => child.localName === 'li');
    return items
      .map((item, index) => {
        const marker = ordered ? `${start + index}. ` : '- ';
        const body = this.blocks(item).join('\n\n');
        const indent = ' '.repeat(marker.length);
        return marker + body.split('\n').map((line, at) => (at === 0 || !line ? line : indent + line)).join('\n');
      })
      .join('\n');
  }

  private table(el: Element): string {
    const rows = Array.from(el.querySelectorAll('tr')).map((row) =>
      Array.from(row.children)
        .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
        .map((cell) => this.inlineOf(cell).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim()),
    );
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (width === 0) return '';
    const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    const [head = [], ...body] = rows;
    return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
  }

  inlineOf(el: Element): string {
    return Array.from(el.childNodes, (child) => this.inline(child)).join('');
  }

  private inline(node: Node): string {
    if (node.nodeType === 3) return escapeText((node.textContent ?? '').replace(/\s+/g, ' '));
    if (!isElement(node)) return '';
    const tag = node.localName;
    switch (tag) {
      case 'br':
        return '\\\n';
      case 'img':
        return this.image(node);
      case 'a':
        return this.link(node);
      case 'em':
      case 'i':
        return this.wrap(node, '*');
      case 'strong':
      case 'b':
        return this.wrap(node, '**');
      case 'code':
        return this.code(node.textContent ?? '');
      case 'script':
      case 'style':
      case 'template':
        return '';
      default:
        if (BLOCK_TAGS.has(tag)) return `\n\n${this.block(node)}\n\n`;
        return this.inlineOf(node);
    }
  }

  private wrap(el: Element, mark: string): string {
    const inner = this.inlineOf(el);
    const trimmed = inner.trim();
    if (!trimmed) return inner;
    // Emphasis markers must touch the text: keep the spaces outside them.
    const lead = inner.slice(0, inner.indexOf(trimmed));
    const trail = inner.slice(inner.indexOf(trimmed) + trimmed.length);
    return `${lead}${mark}${trimmed}${mark}${trail}`;
  }

  private code(text: string): string {
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
  }

  private image(el: Element): string {
    const src = el.getAttribute('src') ?? el.getAttribute('data-src') ?? '';
    const url = src ? destination(src, this.base) : null;
    if (!url) return '';
    const alt = escapeText((el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
    return `![${alt}](${url})`;
  }

  private link(el: Element): string {
    const text = this.inlineOf(el).trim();
    const href = el.getAttribute('href');
    const url = href && !href.startsWith('#') ? destination(href, this.base) : null;
    if (!url) return text;
    return `[${text || url}](${url})`;
  }
}
