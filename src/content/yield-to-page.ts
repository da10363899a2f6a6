/**
 * Ends the current task so the page can handle input and paint before we go on. Not setTimeout:
 * Chromium delays timers in background tabs by up to a second, and a message task is not delayed.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * How long we keep the page's thread before letting it go: well under the 50 ms at which a task
 * counts as long, leaving room for the one step more that may run before the clock is read.
 */
const SLICE_MS = 24;

/**
 * Runs a step generator to the end, yielding to the page between steps once a slice of time has
 * gone by. Not at every step: an ordinary page's whole declutter is a few dozen steps of a few ms
 * each, and a pause at each one let the page's own tasks (ads, timers, frames) run in between,
 * which the reader waited for too.
 */
export async function runInSteps<T>(steps: Generator<void, T>, clock: { now(): number; pause(): Promise<void> } = { now: () => performance.now(), pause: yieldToPage }): Promise<T> {
  let sliceStart = clock.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (clock.now() - sliceStart < SLICE_MS) continue;
    await clock.pause();
    sliceStart = clock.now();
  }
}
