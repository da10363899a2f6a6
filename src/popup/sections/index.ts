/** The popup's sections, in the order they appear under the article's facts. */
import type { PopupSection } from './section.ts';
import { declutterSection } from './declutter.ts';
import { alwaysCleanSection } from './always-clean.ts';
import { summarySection } from './summary.ts';
import { entitiesSection } from './entities.ts';
import { saveSection } from './save.ts';

export const POPUP_SECTIONS: PopupSection[] = [declutterSection, alwaysCleanSection, saveSection, summarySection, entitiesSection];
