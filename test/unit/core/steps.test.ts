// Step generators run to the end at once, or pause on a clock checked only every few calls.
import { describe, expect, it } from 'vitest';
import { runToEnd, sliceClock } from '../../../src/core/steps.ts';

describe('steps', () => {
  it('runToEnd returns what the steps return, however many pauses', () => {
    function* count(): Generator<void, number> {
      for (let i = 0; i < 3; i++) yield;
      return 42;
    }
    expect(runToEnd(count())).toBe(42);
  });

  it('sliceClock is due once the budget has passed, looking at the clock every `every` calls only', () => {
    let time = 0;
    let reads = 0;
    const clock = sliceClock(10, 4, () => {
      reads++;
      return time;
    });
    const afterStart = reads;
    time = 50;
    expect([clock.due(), clock.due(), clock.due()]).toEqual([false, false, false]);
    expect(reads).toBe(afterStart);
    expect(clock.due()).toBe(true);
    // The clock restarted: not due again until the budget passes again.
    for (let i = 0; i < 3; i++) clock.due();
    expect(clock.due()).toBe(false);
  });
});
