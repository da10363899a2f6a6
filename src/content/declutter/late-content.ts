/**
 * Watches for content that arrives after declutter (lazy ads, infinite scroll, a "Recent Stories"
 * box injected by a script) and calls `onChange` in batches, so a burst of insertions costs one pass.
 */

/**
 * One pass at most this often. A throttle, not a debounce: a page that inserts nodes every
 * 100 ms (tickers, rotating ads) would otherwise postpone the pass for ever.
 */
const BATCH_MS = 400;

/**
 * Starts watching `doc`; `ignore(node)` drops insertions that cannot matter (inside blocks
 * already hidden). Returns the function that stops (disconnects) it.
 */
export function watchForLateContent(doc: Document, onChange: () => void, ignore: (node: Element) => boolean = () => false): () => void {
  const win = doc.defaultView;
  if (!win || !doc.body) return () => {};
  let timer: number | undefined;
  const observer = new win.MutationObserver((records) => {
    // Only new elements matter; our own attribute changes are not observed at all.
    const relevant = records.some((record) => Array.from(record.addedNodes).some((node) => node.nodeType === 1 && !ignore(node as Element)));
    if (!relevant || timer !== undefined) return;
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
