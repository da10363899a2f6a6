/**
 * A copy of the live page's DOM as data, for extraction off the page's thread. Not markup: page
 * markup does not survive a serialise-and-parse round trip (`<plaintext>`, `<noscript>` read with
 * scripting on, foreign-content and nested-form tricks re-parse into a different tree: that is
 * what mutation XSS is made of), so the tree itself is written down, node by node, and rebuilt
 * with DOM calls; nothing is ever parsed as HTML.
 *
 * The walk hands out the copy in chunks: each is the tokens of one time slice, so the content
 * script can post it and yield to the page before the next (a 5 MB page takes a few hundred ms in
 * all), and the receiver can rebuild while the page is still being copied.
 *
 * A chunk is one flat array of records, no nested arrays (cheaper to make, send and collect):
 * `OPEN, localName, namespace, n` and then n triples `qualifiedName, value, namespace` opens an
 * element; `CLOSE` closes it; `TEXT, value` is a text node; `COMMENT, value` a comment
 * (Readability keeps them, so the result stays the same). Processing instructions, template
 * contents and shadow roots are left out, as extraction never reads them.
 */

export type CopyToken = string | number;
const CLOSE = 0;
const OPEN = 1;
const TEXT = 3;
const COMMENT = 8;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const COMMENT_NODE = 8;
/** Nodes between clock checks. */
const NODES_PER_CHECK = 64;
/** How long one slice of the walk may run; posting its chunk comes on top, within the same task. */
export const SLICE_MS = 10;
/** Tokens and characters of text per chunk at most, so one message stays quick to send and to receive. */
const CHUNK_TOKENS = 60_000;
const CHUNK_CHARS = 500_000;

/**
 * The DOM getters from their prototypes: a page clobbers `form.firstChild` or `form.attributes`
 * with `<input name=firstChild>` (named properties win on forms and documents, in the isolated
 * world too), which would steer or break the walk.
 */
function getter<T>(proto: object, name: string): (node: Node) => T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new TypeError(`${name} is not available`);
  return (node) => get.call(node) as T;
}

/** The prototype (Node, Element) that defines `property`, skipping anything on the object itself. */
function findProto(node: object, property: string): object {
  for (let proto = Object.getPrototypeOf(node) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.getOwnPropertyDescriptor(proto, property)) return proto;
  }
  throw new TypeError(`${property} is not available`);
}

/**
 * The copy of `root` (normally `document.documentElement`), one chunk of tokens per slice of
 * about `SLICE_MS`. The page may change between slices: the copy is a snapshot taken in steps,
 * and a branch removed meanwhile simply ends the walk early.
 */
export function* copyPageChunks(root: Element, now: () => number = () => performance.now()): Generator<CopyToken[], void> {
  const nodeProto = findProto(root, 'firstChild');
  const elementProto = findProto(root, 'attributes');
  const firstChild = getter<Node | null>(nodeProto, 'firstChild');
  const nextSibling = getter<Node | null>(nodeProto, 'nextSibling');
  const parentNode = getter<Node | null>(nodeProto, 'parentNode');
  const nodeType = getter<number>(nodeProto, 'nodeType');
  const nodeValue = getter<string | null>(nodeProto, 'nodeValue');
  const localName = getter<string>(elementProto, 'localName');
  const namespaceURI = getter<string | null>(elementProto, 'namespaceURI');
  const attributes = getter<NamedNodeMap>(elementProto, 'attributes');

  let tokens: CopyToken[] = [];
  const open = (element: Node): void => {
    const list = attributes(element);
    const ns = namespaceURI(element);
    tokens.push(OPEN, localName(element), ns === HTML_NS ? '' : (ns ?? 'null'), list.length);
    for (let i = 0; i < list.length; i++) {
      const attribute = list[i] as Attr;
      tokens.push(attribute.name, attribute.value, attribute.namespaceURI ?? '');
    }
  };

  let chars = 0;
  let sliceStart = now();
  let visited = 0;
  let node: Node | null = root;
  while (node) {
    const type = nodeType(node);
    let descended = false;
    if (type === ELEMENT_NODE) {
      open(node);
      // A <template>'s children are its content fragment's, not the element's: nothing to read.
      const child = firstChild(node);
      if (child) {
        node = child;
        descended = true;
      } else tokens.push(CLOSE);
    } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const text = nodeValue(node) ?? '';
      chars += text.length;
      tokens.push(TEXT, text);
    } else if (type === COMMENT_NODE) {
      tokens.push(COMMENT, nodeValue(node) ?? '');
    }
    if (!descended) {
      // Climb to the next node in document order, closing the elements left behind.
      let current: Node | null = node;
      while (current && current !== root && !nextSibling(current)) {
        current = parentNode(current);
        tokens.push(CLOSE);
      }
      // `current` is null when the page removed the branch we were in while we paused.
      node = current && current !== root ? nextSibling(current) : null;
    }
    if (node && (chars > CHUNK_CHARS || tokens.length > CHUNK_TOKENS || (++visited % NODES_PER_CHECK === 0 && now() - sliceStart > SLICE_MS))) {
      yield tokens;
      tokens = [];
      chars = 0;
      sliceStart = now();
    }
  }
  yield tokens;
}

/**
 * Rebuilds a copy, chunk by chunk, as a document of its own in `doc`'s implementation (an
 * extension page's). A document made by `createHTMLDocument` has no browsing context: nothing in
 * it runs or loads. Names the DOM refuses (a page's `<div @click>` is fine for the HTML parser,
 * not for `setAttribute`) are left out; unknown element names become spans.
 */
export class CopyBuilder {
  readonly doc: Document;
  private readonly stack: Node[];

  constructor(doc: Document) {
    this.doc = doc.implementation.createHTMLDocument('');
    this.doc.documentElement.remove();
    this.stack = [this.doc];
  }

  /** Adds one chunk; a malformed one stops where it stops making sense (a copy comes from the page). */
  add(tokens: readonly CopyToken[]): void {
    const out = this.doc;
    const stack = this.stack;
    for (let i = 0; i < tokens.length; ) {
      const parent = stack[stack.length - 1] as Node;
      const kind = tokens[i++];
      if (kind === CLOSE) {
        if (stack.length > 1) stack.pop();
      } else if (kind === TEXT || kind === COMMENT) {
        const value = String(tokens[i++]);
        if (parent !== out) parent.appendChild(kind === TEXT ? out.createTextNode(value) : out.createComment(value));
      } else if (kind === OPEN) {
        const name = String(tokens[i]);
        const ns = String(tokens[i + 1]);
        const count = Number(tokens[i + 2]) || 0;
        const element = createElement(out, name, ns, tokens.slice(i + 3, i + 3 + count * 3));
        i += 3 + count * 3;
        // Only one element may sit at the top; a broken copy cannot add a second.
        if (parent === out && out.documentElement) continue;
        parent.appendChild(element);
        stack.push(element);
      } else return;
    }
  }

  /** The rebuilt document; always has a root element. */
  finish(): Document {
    if (!this.doc.documentElement) this.doc.appendChild(this.doc.createElement('html'));
    return this.doc;
  }
}

/** Rebuilds a whole copy at once (tests, tools). */
export function documentFromChunks(chunks: Iterable<readonly CopyToken[]>, doc: Document): Document {
  const builder = new CopyBuilder(doc);
  for (const chunk of chunks) builder.add(chunk);
  return builder.finish();
}

function createElement(doc: Document, name: string, ns: string, flat: readonly CopyToken[]): Element {
  let element: Element;
  try {
    element = doc.createElementNS(ns === '' ? HTML_NS : ns === 'null' ? null : ns, name);
  } catch {
    element = doc.createElementNS(HTML_NS, 'span');
  }
  for (let i = 0; i + 2 < flat.length; i += 3) {
    try {
      element.setAttributeNS(flat[i + 2] ? String(flat[i + 2]) : null, String(flat[i]), String(flat[i + 1]));
    } catch {
      // A name the DOM does not accept: extraction does not need it.
    }
  }
  return element;
}
