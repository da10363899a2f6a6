/** The popup's sections, in the order they appear under the article's facts. */
import type { PopupSection } from './section.ts';
import { alwaysCleanSection } from './always-clean.ts';

export const POPUP_SECTIONS: PopupSection[] = [alwaysCleanSection];
