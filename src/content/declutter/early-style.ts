/** Puts the early clutter stylesheet (core/declutter/early-css.ts) into the page and takes it out. */
import { earlyClutterCss } from '../../core/declutter/early-css.ts';
import { siteTweaksFor } from '../../shared/settings-store.ts';

const EARLY_STYLE_ID = 'plainsight-declutter-early';

/**
 * Hides known clutter at once (site selectors and ad slots need no storage), then again with the
 * person's tweaks once they are read. Returns the function that removes the stylesheet.
 */
export function hideKnownClutterEarly(doc: Document = document): () => void {
  const style = doc.createElement('style');
  style.id = EARLY_STYLE_ID;
  style.textContent = earlyClutterCss(location.hostname);
  (doc.head ?? doc.documentElement).append(style);
  let removed = false;
  void siteTweaksFor(location.hostname)
    .then((tweaks) => {
      if (!removed) style.textContent = earlyClutterCss(location.hostname, tweaks);
    })
    .catch(() => {});
  return () => {
    removed = true;
    style.remove();
  };
}
