/** The modes `npm run try` knows; later features add theirs here. */
import type { TryMode } from './mode.ts';
import { popupMode, readerMode } from './reader.ts';
import { declutterMode } from './declutter.ts';
import { listenMode, saveMode } from './reader-tools.ts';
import { pickMode } from './pick.ts';

export const TRY_MODES: Record<string, TryMode> = {
  [readerMode.name]: readerMode,
  [popupMode.name]: popupMode,
  [declutterMode.name]: declutterMode,
  [saveMode.name]: saveMode,
  [listenMode.name]: listenMode,
  [pickMode.name]: pickMode,
};
