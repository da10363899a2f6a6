// The page's thread is let go once a slice of time has passed, not at every step: an ordinary
// page's declutter runs in a task or two, a huge page's still in many short ones.
import { describe, expect, it } from 'vitest';
import { runInSteps } from '../../../src/content/yield-to-page.ts';

function* steps(count: number, log: string[]): Generator<void, string> {
  for (let i = 0; i < count; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 'done';
}

/** A clock that moves `msPerRead` each time it is read, and a pause that is only written down. */
function fakeClock(msPerRead: number, log: string[]): { now(): number; pause(): Promise<void> } {
  let time = 0;
  return {
    now: () => (time += msPerRead),
    pause: async () => {
      log.push('pause');
    },
  };
}

describe('runInSteps', () => {
  it('runs quick steps in one go, without pausing', async () => {
    const log: string[] = [];
    expect(await runInSteps(steps(40, log), fakeClock(0.1, log))).toBe('done');
    expect(log.filter((entry) => entry === 'pause')).toHaveLength(0);
    expect(log).toHaveLength(40);
  });

  it('pauses once the slice is used up, and again after each further slice', async () => {
    const log: string[] = [];
    // The clock moves 10 ms a step: a pause every few steps, never after every one.
    expect(await runInSteps(steps(12, log), fakeClock(10, log))).toBe('done');
    const pauses = log.filter((entry) => entry === 'pause').length;
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(pauses).toBeLessThan(12);
    expect(log.slice(0, 4)).toEqual(['step 0', 'step 1', 'step 2', 'pause']);
  });
});
