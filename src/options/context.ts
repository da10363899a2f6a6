/** What every options section gets: the current settings and the ways to change them. */
import type { Settings } from '../core/settings/index.ts';

export interface OptionsContext {
  /** The settings as last loaded or saved; sections read from it and never mutate it directly. */
  readonly settings: Settings;
  /** Applies `change` to the stored settings, saves, and shows `message` (default: "Saved."; null: the caller announces later). */
  save(change: (settings: Settings) => void, message?: string | null): Promise<void>;
  /** Replaces all settings at once (import, reset). */
  replace(settings: Settings, message: string | null): Promise<void>;
  /** Announces `text` in the page's status line (a live region). */
  status(text: string, kind?: 'ok' | 'error'): void;
  /** Rebuilds every section from the settings, keeping keyboard focus where it was. */
  refresh(): Promise<void>;
}

export interface OptionsSection {
  id: string;
  /** The whole section, heading included. */
  render(context: OptionsContext): HTMLElement | Promise<HTMLElement>;
}
