/**
 * Calls to action the site adds to every story: newsletter pitches, "Follow us on …", app
 * downloads, "Share this story", membership and subscription pitches, comment-policy notes.
 * A line goes only when it is short and OPENS with the imperative pitch (or is a known pitch
 * shape), so a sentence that mentions newsletters in passing stays.
 */
import { wordsIn, type PostCleanRule } from './shared.ts';

const PITCHES = [
  /^(?:sign up|subscribe|register|join)\b.{0,120}\b(?:newsletters?|inbox|alerts?|updates|e-?mails?|free|today|now|here|members?|community)\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:follow|like) (?:us|@?\w+(?: \w+){0,3}) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|social media|flipboard|google news)\b/i,
  /^follow @\w+/i,
  /^(?:get|download) (?:the|our) .{0,40}\bapp\b/i,
  /^(?:like|enjoy(?:ed)?|love) (?:this|the) (?:story|article|post)\b.{0,80}\b(?:share|subscribe|sign up|support)\b/i,
  /^share (?:this|the) (?:story|article|post)\b/i,
  /^(?:get|receive) (?:breaking news|the latest|our best|daily)\b.{0,120}\b(?:inbox|e-?mail|delivered|newsletter|alerts?)\b/i,
  /\bsign up (?:for|to) (?:our|the) .{0,40}newsletters?\b/i,
  /^this (?:post|article|page|story) (?:may )?contains? affiliate\b/i,
  /^we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|affiliate)/i,
  /^(?:note: )?(?:comments|all comments) (?:are|will be) (?:moderated|reviewed)\b/i,
  /^this website uses cookies\b/i,
  /^(?:support|become a member|become a subscriber|members get)\b.{0,120}\b(?:journalism|membership|subscribe|subscription|member)\b/i,
];
/** Pitches are short; long lines are reporting even if they start the same way. */
const MAX_PITCH_WORDS = 45;

export function isPitch(text: string): boolean {
  return wordsIn(text) <= MAX_PITCH_WORDS && PITCHES.some((pattern) => pattern.test(text));
}

export const promotions: PostCleanRule = {
  id: 'promotions',
  apply(_body, lines) {
    for (const el of lines.all()) {
      const text = lines.text(el);
      if (text.length < 600 && isPitch(text)) lines.remove(el);
    }
  },
};
