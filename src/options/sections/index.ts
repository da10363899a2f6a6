/** The options page's sections, in the order they appear. */
import type { OptionsSection } from '../context.ts';
import { autoCleanSection } from './auto-clean.ts';
import { summarySection, toolbarSection } from './behaviour.ts';
import { readerSection } from './reader.ts';
import { listenSection, saveSection } from './listen-save.ts';
import { settingsFileSection } from './settings-file.ts';
import { shortcutsSection } from './shortcuts.ts';
import { tweaksSection } from './tweaks.ts';

export const OPTIONS_SECTIONS: OptionsSection[] = [autoCleanSection, toolbarSection, readerSection, listenSection, saveSection, tweaksSection, summarySection, shortcutsSection, settingsFileSection];
