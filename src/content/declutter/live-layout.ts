/** Layout measurements of the live page for declutter's layout rules (jsdom has none). */
import type { Layout } from '../../core/declutter/index.ts';

export function liveLayout(win: Window = window): Layout {
  return {
    viewport: { width: win.innerWidth, height: win.innerHeight },
    position: (element) => win.getComputedStyle(element).position,
    measure(element) {
      const style = win.getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const visible = style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0;
      return { position: style.position, left: rect.left + win.scrollX, top: rect.top + win.scrollY, width: rect.width, height: rect.height, visible };
    },
  };
}
