/**
 * Which ids, classes and attributes of a page are worth building a lasting selector on. A picked
 * block is saved as a per-site selector and must find the same block on the next visit, so names
 * a build tool or a framework generates (hashes, counters, CSS-in-JS), names that change with the
 * page's state (active, open, sticky) and our own markers are never used.
 */

/** Classes that come and go as the page runs: hover, scroll, open menus, lazy loading. */
const STATE_CLASSES = new Set([
  'active', 'current', 'selected', 'open', 'opened', 'closed', 'show', 'shown', 'hide', 'hidden', 'visible', 'invisible',
  'sticky', 'stuck', 'fixed', 'affix', 'focus', 'focused', 'hover', 'hovered', 'expanded', 'collapsed', 'loaded', 'loading',
  'lazyload', 'lazyloaded', 'lazyloading', 'in', 'fade', 'animated', 'disabled', 'enabled', 'odd', 'even', 'first', 'last',
]);

/** Prefixes of CSS-in-JS and scoped-style generators (emotion, styled-components, styled-jsx, Svelte, Angular, Ember, YUI). */
const GENERATED_PREFIX = /^(css|sc|jsx|svelte|astro|emotion|tw|ng-tns|ng-star|ember|yui|_ngcontent|_nghost|mui-style|makestyles)[-_]/i;
/** State and framework prefixes: "is-open", "has-dropdown", "js-sticky" toggled by scripts. */
const STATE_PREFIX = /^(is|has|js)-/i;

/** True for a name that will not be the same on the next load (or on the next page of the site). */
export function looksGenerated(name: string): boolean {
  if (name.length === 0 || name.length > 40) return true;
  if (/\d{3,}/.test(name)) return true; // counters, post ids, timestamps
  if (GENERATED_PREFIX.test(name)) return true;
  if (/^[-_]|[-_]{3,}/.test(name)) return true;
  // CSS modules and hashed suffixes: "Header_title__3kX9f", "card-a1b2c3", "x9Fq2".
  const lastPart = name.split(/[-_]+/).pop() ?? '';
  if (/\d/.test(lastPart) && /[a-z]/i.test(lastPart) && lastPart.length >= 4 && !/^(h[1-6]|col\d+|\d+(px|col|x)|x\d+)$/i.test(lastPart)) return true;
  if (/__[a-z0-9]{5,}$/i.test(name)) return true;
  // Random-case tokens ("bdVaJa", "kXjSqn"): several lower→upper switches in a short word.
  const switches = name.match(/[a-z][A-Z]/g)?.length ?? 0;
  if (switches >= 2 && name.length <= 10) return true;
  if (/[A-Z]{2}[a-z][A-Z]/.test(name)) return true;
  return false;
}

/** Whether `name` (a class) is a lasting name of the block rather than a state or a generated hash. */
export function isStableClass(name: string): boolean {
  const lower = name.toLowerCase();
  if (STATE_CLASSES.has(lower) || STATE_PREFIX.test(name) || lower.startsWith('plainsight')) return false;
  return !looksGenerated(name);
}

export function isStableId(id: string): boolean {
  return !id.toLowerCase().startsWith('plainsight') && !looksGenerated(id);
}

/** Attributes that name what a block is, across loads, in order of preference. */
export const STABLE_ATTRIBUTES = ['data-testid', 'data-test', 'data-component', 'data-module', 'itemprop', 'role', 'aria-label'] as const;

/** The block's stable classes, most specific (longest) first. */
export function stableClasses(element: Element): string[] {
  const names = Array.from(element.classList).filter(isStableClass);
  return Array.from(new Set(names)).sort((a, b) => b.length - a.length);
}

/** `name` as a CSS identifier; jsdom has no `CSS.escape`, and the core must run there too. */
export function cssIdent(name: string): string {
  let out = '';
  for (const [index, char] of Array.from(name).entries()) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0) out += '\uFFFD';
    else if ((code >= 1 && code <= 31) || code === 127 || (index === 0 && /\d/.test(char)) || (index === 1 && /\d/.test(char) && name[0] === '-')) {
      out += `\\${code.toString(16)} `;
    } else if (code >= 128 || /[a-zA-Z0-9_-]/.test(char)) out += char;
    else out += `\\${char}`;
  }
  return name === '-' ? '\\-' : out;
}

/** `value` as a quoted CSS string. */
export function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`).replace(/\n/g, '\\a ')}"`;
}
