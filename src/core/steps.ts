/**
 * Work written as step generators (`yield` where a pause is fine) runs either to the end at once
 * (tests, the command line, small jobs) or step by step with the page's thread free in between
 * (content/yield-to-page.ts). Huge pages need the second: one long task freezes them (bench:huge).
 */

/** Runs `steps` to the end without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * A pause point for loops: `due()` is true (and restarts the clock) once `budgetMs` has passed,
 * checked every `every` calls so the clock costs nothing.
 */
export function sliceClock(budgetMs: number, every = 256, now: () => number = () => performance.now()): { due(): boolean } {
  let start = now();
  let calls = 0;
  return {
    due() {
      if (++calls % every !== 0 || now() - start < budgetMs) return false;
      start = now();
      return true;
    },
  };
}
