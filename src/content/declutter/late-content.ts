/**
 * Watches for content that arrives after declutter (lazy ads, infinite scroll, a "Recent Stories"
 * box injected by a script) and calls `onChange` in batches, so a burst of insertions costs one pass.
 */

/** Wait this long after the last insertion before re-checking the page. */
const BATCH_MS = 250;

/** Starts watching `doc`; returns the function that stops (disconnects) it. */
export function watchForLateContent(doc: Document, onChange: () => void): () => void {
  const win = doc.defaultView;
  if (!win || !doc.body) return () => {};
  let timer: number | undefined;
  const observer = new win.MutationObserver((records) => {
    // Only new elements matter; our own attribute changes are not observed at all.
    if (!records.some((record) => Array.from(record.addedNodes).some((node) => node.nodeType === 1))) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      timer = undefined;
      onChange();
    }, BATCH_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
