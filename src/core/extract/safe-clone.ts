/**
 * Clones a page for extraction so that DOM clobbering cannot steer or break it. Pages can shadow
 * `document.cloneNode`, `document.querySelector`, `document.body`, `form.attributes`… with
 * `<img name=…>`, `<form name=…>` or `<input name=…>` (named properties override built-ins on
 * Document and HTMLFormElement, in content scripts' isolated worlds too). We call the prototype
 * methods directly, then drop the attributes that create named properties in the clone, so
 * Readability and our own code see the real DOM API.
 */

/** Elements whose `name` becomes a property of the document or of their form. */
const NAMED_ELEMENTS = 'embed[name], form[name], iframe[name], img[name], object[name], button[name], fieldset[name], input[name], output[name], select[name], textarea[name]';
/** Elements whose `id` becomes a property of the document (object) or of their form (listed controls, images). */
const IDENTIFIED_ELEMENTS = 'object[id], button[id], fieldset[id], input[id], output[id], select[id], textarea[id], form img[id], form [form]';

/** The method `name` as defined on `target`'s prototype chain, never an own (clobbered) property. */
function protoMethod<T extends (...args: never[]) => unknown>(target: object, name: string): T {
  for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor && typeof descriptor.value === 'function') return descriptor.value as T;
  }
  throw new TypeError(`${name} is not available`);
}

/** A deep clone of `doc` with no clobbering names left; the live page is never touched. */
export function cloneWithoutClobbering(doc: Document): Document {
  const clone = protoMethod<(deep: boolean) => Node>(doc, 'cloneNode').call(doc, true) as Document;
  dropClobberingNames(clone);
  return clone;
}

/**
 * Drops the attributes that create named properties, in a document of our own (a clone, or a
 * page copy rebuilt in an extension page, core/extract/snapshot.ts).
 */
export function dropClobberingNames(own: Document): void {
  const querySelectorAll = protoMethod<(selectors: string) => NodeListOf<Element>>(own, 'querySelectorAll');
  // A <base> without href changes nothing in a browser but made jsdom throw on `baseURI` (CLI;
  // found by the fast-check property test), so the clone does without it.
  for (const base of Array.from(querySelectorAll.call(own, 'base:not([href])'))) protoMethod<() => void>(base, 'remove').call(base);
  const named = Array.from(querySelectorAll.call(own, NAMED_ELEMENTS));
  const identified = Array.from(querySelectorAll.call(own, IDENTIFIED_ELEMENTS));
  const first = named[0] ?? identified[0];
  const removeAttribute = first ? protoMethod<(name: string) => void>(first, 'removeAttribute') : null;
  if (!removeAttribute) return;
  for (const el of named) removeAttribute.call(el, 'name');
  for (const el of identified) {
    removeAttribute.call(el, 'id');
    removeAttribute.call(el, 'form');
  }
}
