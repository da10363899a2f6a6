/** What a person sees, for scenarios: whether an element is rendered, not hidden, and has a size. */
import type { DriverPage } from './driver.ts';

export const isVisible = (page: DriverPage, selector: string): Promise<boolean> =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && rect.width > 0 && rect.height > 0;
  }, selector);
