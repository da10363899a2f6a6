/** What a person sees, for scenarios: whether an element is rendered, not hidden, and has a size. */
import type { DriverPage } from './driver.ts';

export const isVisible = (page: DriverPage, selector: string): Promise<boolean> =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getBoundingClientRect().height > 0;
  }, selector);
