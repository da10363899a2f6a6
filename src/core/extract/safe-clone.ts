/**
 * Clones a page for extraction so that DOM clobbering cannot steer or break it. Pages can shadow
 * `document.cloneNode`, `document.querySelector`, `document.body`, `form.attributes`… with
 * `<img name=…>`, `<form name=…>` or `<input name=…>` (named properties override built-ins on
 * Document and HTMLFormElement, in content scripts' isolated worlds too). We call the prototype
 * methods directly, then drop the attributes that create named properties in the clone, so
 * Readability and our own code see the real DOM API.
 */

/** Form-associated elements: their `id` and `name` become properties of their form. */
const LISTED_TAGS = new Set(['object', 'button', 'fieldset', 'input', 'output', 'select', 'textarea']);
/** Elements whose `name` becomes a property of the document or of their form. */
const NAMED_TAGS = new Set(['embed', 'form', 'iframe', 'img', ...LISTED_TAGS]);
/** NodeFilter.SHOW_ELEMENT (the NodeFilter global is not there in Node). */
const SHOW_ELEMENT = 1;

/** The method `name` as defined on `target`'s prototype chain, never an own (clobbered) property. */
function protoMethod<T extends (...args: never[]) => unknown>(target: object, name: string): T {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor && typeof descriptor.value === 'function') return descriptor.value as T;
  }
  throw new TypeError(`${name} is not available`);
}

/** The getter `name` as defined on `target`'s prototype chain (a form's `localName` can be clobbered). */
function protoGetter<T>(target: object, name: string): (this: unknown) => T {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const getter = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (getter) return getter as (this: unknown) => T;
  }
  throw new TypeError(`${name} is not available`);
}

/** Called with each element of a walk and its local name. */
export type ElementVisitor = (el: Element, localName: string) => void;

/**
 * A deep clone of `doc` with no clobbering names left; the live page is never touched. `visit`
 * sees every element of the clone on the walk that finds those names, so other questions about
 * the whole page need no walk of their own.
 */
export function cloneWithoutClobbering(doc: Document, visit?: ElementVisitor): Document {
  const clone = protoMethod<(deep: boolean) => Node>(doc, 'cloneNode').call(doc, true) as Document;
  dropClobberingNames(clone, clone, visit);
  return clone;
}

/**
 * Drops the attributes that create named properties, in a document of our own (a clone, or a
 * page copy rebuilt in an extension page, core/extract/snapshot.ts). Only names go, so what
 * `visit` collects on the way stays as it found it.
 */
export function dropClobberingNames(own: Document, root: Node = own, visit?: ElementVisitor): void {
  const walker = protoMethod<(root: Node, show: number) => TreeWalker>(own, 'createTreeWalker').call(own, root, SHOW_ELEMENT);
  // A walker never returns its root: a subtree's own root element is the first to look at.
  const first = root === own ? walker.nextNode() : root;
  if (!first) return;
  const localName = protoGetter<string>(first, 'localName');
  const hasAttribute = protoMethod<(name: string) => boolean>(first, 'hasAttribute');
  const removeAttribute = protoMethod<(name: string) => void>(first, 'removeAttribute');
  const closest = protoMethod<(selectors: string) => Element | null>(first, 'closest');
  const inForm = (el: Node): boolean => closest.call(el, 'form') !== null;
  // One walk over the page, tags compared in script: three selector queries cost ten times as much in jsdom.
  const bareBases: Node[] = [];
  const named: Node[] = [];
  const identified: Node[] = [];
  for (let el: Node | null = first; el; el = walker.nextNode()) {
    const tag = localName.call(el);
    visit?.(el as Element, tag);
    // A <base> without href changes nothing in a browser but made jsdom throw on `baseURI` (CLI;
    // found by the fast-check property test), so the clone does without it.
    if (tag === 'base' && !hasAttribute.call(el, 'href')) bareBases.push(el);
    if (!NAMED_TAGS.has(tag)) continue;
    if (hasAttribute.call(el, 'name')) named.push(el);
    // The document gets <object id>, a form its controls' ids and its images' ids; `form=` moves a control to another form.
    const listed = LISTED_TAGS.has(tag);
    // The attribute test before the form look-up: `closest` on every image cost more than the rest of the walk.
    if ((listed && hasAttribute.call(el, 'id')) || ((listed || tag === 'img') && (hasAttribute.call(el, 'id') || hasAttribute.call(el, 'form')) && inForm(el))) {
      identified.push(el);
    }
  }
  for (const base of bareBases) protoMethod<() => void>(base, 'remove').call(base);
  for (const el of named) removeAttribute.call(el, 'name');
  for (const el of identified) {
    removeAttribute.call(el, 'id');
    removeAttribute.call(el, 'form');
  }
}

/**
 * A copy, owned by `own` (a document of ours: nothing in it loads or runs), of the live element at
 * `path` (child indices from the document element), with the clobbering names dropped as
 * `cloneWithoutClobbering` drops them; null when the path leads nowhere or the element sits in a
 * form (its controls' ids depend on that form, which the copy leaves out). Copying one part of a
 * page costs a fraction of copying it all.
 */
export function importWithoutClobbering(doc: Document, path: number[], own: Document): Element | null {
  const el = liveElementAt(doc, path);
  return el && copyWithoutClobbering(el, own);
}

/** A copy of the live element `el`, owned by `own`, with the clobbering names dropped. */
export function copyWithoutClobbering(el: Element, own: Document): Element {
  const copy = protoMethod<(node: Node, deep: boolean) => Node>(own, 'importNode').call(own, el, true) as Element;
  dropClobberingNames(own, copy);
  return copy;
}

/**
 * The live element at `path`, found through the prototypes' getters; null when the path leads
 * nowhere or the element sits in a form (see `importWithoutClobbering`).
 */
export function liveElementAt(doc: Document, path: number[]): Element | null {
  let el = protoGetter<Element | null>(doc, 'documentElement').call(doc);
  if (!el) return null;
  const firstChild = protoGetter<Element | null>(el, 'firstElementChild');
  const nextSibling = protoGetter<Element | null>(el, 'nextElementSibling');
  const parent = protoGetter<Element | null>(el, 'parentElement');
  const localName = protoGetter<string>(el, 'localName');
  for (const index of path) {
    let child: Element | null = el ? firstChild.call(el) : null;
    for (let i = 0; child && i < index; i++) child = nextSibling.call(child);
    el = child;
  }
  if (!el) return null;
  for (let up = parent.call(el); up; up = parent.call(up)) if (localName.call(up) === 'form') return null;
  return el;
}

/**
 * Whether reading the live element could tell something else than reading its copy: a form (the
 * page's named controls override its properties), a form control with an id (the copy drops it),
 * or a <base> (the copy may drop it, which moves its siblings' indices). Read through the prototypes.
 */
export function copyMayDiffer(el: Element): boolean {
  const tag = protoGetter<string>(el, 'localName').call(el);
  if (tag === 'form' || tag === 'base') return true;
  return LISTED_TAGS.has(tag) && protoMethod<(name: string) => boolean>(el, 'hasAttribute').call(el, 'id');
}
