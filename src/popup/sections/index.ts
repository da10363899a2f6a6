/** The popup's sections, in the order they appear under the article's facts. */
import type { PopupSection } from './section.ts';
import { declutterSection } from './declutter.ts';

export const POPUP_SECTIONS: PopupSection[] = [declutterSection];
