/**
 * The person's own declutter choices for a site (options page "Per-site tweaks" and the popup's
 * "Never here"): extra selectors to hide, selectors never to hide, and rules switched off. Stored
 * selectors were validated when saved, but settings can be imported or edited by hand, so a
 * selector the browser rejects is skipped here rather than stopping declutter.
 */
import type { SiteTweaks } from '../settings/schema.ts';
import type { DeclutterRule } from './types.ts';

export type DeclutterTweaks = SiteTweaks;

/** Runs a selector query; a selector the browser rejects matches nothing. */
function query<T>(run: () => T, none: T): T {
  try {
    return run();
  } catch {
    return none;
  }
}

/** Every element matching one of `selectors`, in document order; invalid selectors match nothing. */
export function matchAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) for (const element of query(() => Array.from(root.querySelectorAll(selector)), [])) found.add(element);
  return Array.from(found);
}

/** Whether `element` or one of its ancestors matches one of `selectors`; invalid selectors match nothing. */
export function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => query(() => element.closest(selector) !== null, false));
}

/**
 * Whether the person said never to hide `element`: it matches a keep selector, sits inside a
 * kept element, or holds one (hiding it would hide what they kept).
 */
export function keptByPerson(element: Element, tweaks: DeclutterTweaks | undefined): boolean {
  if (!tweaks || tweaks.keep.length === 0) return false;
  return matchesAny(element, tweaks.keep) || tweaks.keep.some((selector) => query(() => element.querySelector(selector) !== null, false));
}

/** The rules still on for this site: "Never here" in the popup switches a rule off per site. */
export function rulesFor(rules: readonly DeclutterRule[], tweaks: DeclutterTweaks | undefined): readonly DeclutterRule[] {
  if (!tweaks || tweaks.keptRules.length === 0) return rules;
  const off = new Set(tweaks.keptRules);
  return rules.filter((rule) => !off.has(rule.id));
}
