/** One `npm run try -- --mode X`: what to do after the toolbar click, and what a person then sees. */
import type { DriverPage, ExtensionDriver } from '../../test/harness/driver.ts';

export interface TryContext {
  driver: ExtensionDriver;
  page: DriverPage;
  popup: DriverPage;
  tabId: number;
  outDir: string;
  /** Mode options from the command line (pick mode's --target and --widen). */
  options: { target?: string; widen: number };
}

export interface TryModeResult {
  /** The text a person sees after the action: reader view's text, or the page's innerText. */
  visibleText: string;
  /** Extra fields this mode adds to result.json. */
  extra?: Record<string, unknown>;
}

export interface TryMode {
  name: string;
  description: string;
  run(context: TryContext): Promise<TryModeResult>;
}
