/**
 * Rules whose one pass over a huge page is long (every element's computed style, the text of
 * lists of 25,000 links) search in steps: they yield where a pause is fine, and `classifyPageSteps`
 * lets the page run in between. `find` stays the same search run to the end (tests, the command
 * line, the "Never here" check), so a stepped rule finds exactly what it found in one go.
 */
import { runToEnd, sliceClock } from '../steps.ts';
import type { DeclutterContext, DeclutterRule, Finding } from './types.ts';

/** How long a rule reads the page before it pauses (as the article map: content/yield-to-page.ts runs the steps). */
const RULE_SLICE_MS = 40;

type SteppedSearch = (doc: Document, context: DeclutterContext, hidden?: ReadonlySet<Element>) => Generator<void, Finding[]>;

/** A rule from its search in steps: `find` runs the same steps without pausing. */
export function steppedRule(rule: Omit<DeclutterRule, 'find' | 'findSteps'> & { findSteps: SteppedSearch }): DeclutterRule {
  return { ...rule, find: (doc, context, hidden) => runToEnd(rule.findSteps(doc, context, hidden)) };
}

/**
 * The pause point for a rule's loop. `every` is how many calls go by between looks at the clock:
 * 1 where each call may be long itself (a list of thousands of links), more where calls are tiny.
 */
export function ruleClock(every: number): { due(): boolean } {
  return sliceClock(RULE_SLICE_MS, every);
}
