/** The modes `npm run try` knows; later features add theirs here. */
import type { TryMode } from './mode.ts';
import { popupMode, readerMode } from './reader.ts';

export const TRY_MODES: Record<string, TryMode> = {
  [readerMode.name]: readerMode,
  [popupMode.name]: popupMode,
};
