/**
 * Declutter this page with the person's tweaks for its site: the popup, auto-clean, the toolbar
 * click and the keyboard shortcut all come through here. The article comes from the content
 * script's cached extraction (off the page's thread on large pages, with the hints declutter needs
 * to find it in the live page), so a popup that just showed the facts costs nothing more and a
 * huge page is not frozen while Readability runs.
 */
import type { DeclutterState } from '../../shared/messages.ts';
import { siteTweaksFor, updateSiteTweaks } from '../../shared/settings-store.ts';
import { extractPage, hintsFor } from '../extraction.ts';
import { applyDeclutterSteps, isDecluttered } from './apply.ts';
import { runInSteps } from '../yield-to-page.ts';

export async function declutterPage(): Promise<DeclutterState> {
  const started = performance.now();
  const tweaks = await siteTweaksFor(location.hostname);
  // In steps: on a huge page finding the article and running the rules take hundreds of ms.
  if (isDecluttered(tweaks)) return runInSteps(applyDeclutterSteps(document, tweaks, undefined, started));
  // The popup's extraction (not forced) when it found an article; otherwise the best candidate.
  const plain = await extractPage(false);
  const found = plain.article ? plain : await extractPage(true);
  return runInSteps(applyDeclutterSteps(document, tweaks, hintsFor(found), started));
}

/** "Never here": switch a rule off for this site (stored with the settings) and declutter again. */
export async function neverHideHere(ruleId: string): Promise<DeclutterState> {
  await updateSiteTweaks(location.hostname, (tweaks) => {
    tweaks.keptRules.push(ruleId);
  });
  return declutterPage();
}
