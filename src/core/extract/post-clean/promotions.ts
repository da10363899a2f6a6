/**
 * Calls to action the site adds to every story: newsletter pitches, "Follow us on …", app
 * downloads, "Share this story", membership and subscription pitches, comment-policy notes.
 * A line goes only when it is short and OPENS with the imperative pitch (or is a known pitch
 * shape), so a sentence that mentions newsletters in passing stays.
 */
import { textOf, wordsIn, type PostCleanRule } from './shared.ts';

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

  // The disclosure may follow a sentence about how picks are made ("We recommend … We may receive compensation …").
  /(?:^|[.!?]\s+)we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation|affiliate)/i,
  /^(?:note: )?(?:comments|all comments) (?:are|will be) (?:moderated|reviewed)\b/i,
  /^this website uses cookies\b/i,
  /^(?:support|become a member|become a subscriber|members get)\b.{0,120}\b(?:journalism|membership|subscribe|subscription|member)\b/i,
  // "Verpasse keine News mehr!", "Never miss a story", "Ne manquez aucun article": alerts and newsletters offered.
  /^(?:verpasse|verpassen sie|never miss|ne manquez|ne ratez|no te pierdas|no se pierda|non perdere)\b.{0,60}(?:news|nachricht|stor(?:y|ies)|artikel|beitr|updates?|articles?|actualités|noticias|notizie|folge|episode)/iu,
];
/** Pitches are short; long lines are reporting even if they start the same way. */
const MAX_PITCH_WORDS = 45;

/** The same openers in the other languages we read most. */
const OPENERS = /^(?:síguenos|siga a|siga-nos|nos siga|segue-nos|suivez[- ]nous|folgen sie uns|folge uns|تابعونا|ہمیں فالو کریں|(?:you must|sie müssen|du musst|vous devez|debes|debe) (?:be |être |estar )?(?:logged in|eingeloggt|angemeldet|connecté|registrado|iniciar sesión)(?!\p{L}))/iu;
/**
 * Pitches that may sit anywhere in the line ("Keine News verpassen: Abonnieren Sie den Newsletter",
 * "… o suscribirse aquí a nuestra newsletter", "please consider supporting our work: click
 * here"). Reporting uses these words too, so they count only in a line the site styled as its own
 * note: a link to act on, or the whole line in italics or bold.
 */
const NOTE_PITCHES = [
  // A newsletter offered to the reader ("our newsletter", "abonnieren Sie", "suscribirse a nuestra newsletter").
  /(?:newsletter|nieuwsbrief|infolettre|boletín).{0,160}|(?:subscri|sign up|abonn|anmeld|inscri|suscri).{0,160}(?:newsletter|nieuwsbrief|infolettre|boletín)/iu,
  /\b(?:sign up|subscribe|register|join|abonnieren|anmelden|suscríbete|suscribirse|inscrivez-vous|abonnez-vous) (?:here|now|today|hier|jetzt|aquí|ici)(?!\p{L})/iu,
  /\b(?:support(?:ing)? (?:our|us|independent)|consider (?:a )?(?:donat|support)|donate|unterstützen sie (?:uns|unsere)|unterstütze (?:uns|unsere)|soutenez|faire un don|apóyanos|haz una donación)/iu,
  /\b(?:download|get|install) (?:the|our) .{0,40}\bapps?\b|\b(?:telegram|whatsapp)[- ](?:channel|kanal|canal)|(?:channel|kanal|canal|chaîne) (?:de |auf |on )?(?:telegram|whatsapp)/iu,
];
const SIGN_UP_WORDS = /subscri|sign up|signup|abonn|anmeld|registr|inscri|suscri|join|únete|rejoignez|support|donat|unterstütz|soutenez|apóyanos|download|install/iu;
/** The site speaks to the reader ("you", "our", "Sie", "nuestra"); a report about a newsletter does not. */
export const READER_ADDRESS = /(?<!\p{L})(?:you|your|our|us|sie|ihr|ihre|unser\p{L}*|du|dich|dein\p{L}*|vous|votre|nos|notre|tu|tú|te|nuestr\p{L}*|usted)(?!\p{L})/iu;

/** Affiliate disclosures in other languages ("Bei den mit * markierten Verlinkungen handelt es sich um Affiliate-Links")… */
const AFFILIATE = /(?:affiliate|partner|provisions)[- ]?links?\b|liens? (?:affiliés|d'affiliation|sponsorisés)|enlaces? (?:de )?afiliad/i;
/** …when the line is a note about this page's links, not a report about affiliate marketing. */
const DISCLOSURE = /^\*|^(?:hinweis|note|disclosure|transparenz|werbehinweis|offenlegung|avis|aviso|anzeige|werbung|advertisement|publicidad|publicité)\b|verlinkungen|gekennzeichnet|markiert|marked|these links|this (?:post|page|article)|diese[rnm]? (?:artikel|beitrag|seite)|ces liens|estos enlaces/i;

/**
 * The site's notes about access and its apps, wherever they sit in a short line: "To view the full
 * story, please subscribe", "already a subscriber? Log in", "cancel anytime", "Um … kommentieren zu
 * können, müssen Sie eingeloggt sein", "download our apps for iOS and Android". Each pairs an access
 * word with an action on the site, which a report about subscriptions rarely does in so few words.
 */
const ACCESS_NOTES = [
  /\bto (?:view|read|continue reading|access|unlock|see) (?:the |this )?(?:full|entire|whole|rest of the) (?:story|article|post|content|text)\b.{0,80}\b(?:subscri|log ?in|sign in|register)/i,
  /\balready (?:a |an )?(?:subscriber|member|subscribed|registered)\b.{0,60}\b(?:log ?in|sign in)/i,
  /(?:bereits|schon) (?:abonnent|abonniert|registriert|kunde)\p{L}*.{0,60}(?:einloggen|anmelden|login)|(?:um|zum) (?:den |diesen )?(?:ganzen|vollständigen|gesamten) (?:artikel|beitrag|text)\b.{0,60}(?:abo|anmelden|einloggen|registrier)/iu,
  /\bpour (?:lire|consulter) (?:la suite|l'intégralité|l’intégralité)|\bdéjà abonné|\bréservé aux abonnés|\bpara (?:seguir|continuar) leyendo\b.{0,60}(?:suscr|regístr|inicia)|\bya eres (?:suscriptor|socio|miembro)|\bexclusivo para (?:suscriptores|socios)/iu,
  // "Cancel anytime" as a sentence of its own closes an offer; inside a sentence it may be reporting.
  /(?:^|[.!?:,–—-]\s*)(?:cancel (?:any ?time|at any time)|cancela cuando quieras|jederzeit kündbar|résiliable à tout moment)[.!]?$/iu,
  // The site's condition for commenting: "must be logged in", "müssen Sie eingeloggt sein", not a report that someone was.
  /(?:comment|kommentier|comentar)(?=.{0,80}(?:must|need to|müssen|musst|debes|debe|devez|doit)\b.{0,30}(?:logged in|eingeloggt|angemeldet|connecté|registrado))|(?:must|need to|müssen|musst|debes|debe|devez|doit)\b.{0,30}(?:logged in|eingeloggt|angemeldet|connecté|registrado).{0,60}(?:comment|kommentier|comentar)/iu,
  /\b(?:download|get|install|herunterladen|descarga|descargue|téléchargez)\b.{0,80}\bapps?\b.{0,60}\b(?:ios|android|app store|google play|iphone)\b|(?:حمّل|حمل|نزّل|ڈاؤن لوڈ).{0,40}(?:تطبيق|ایپ)/iu,
];
/** Access notes are a sentence or two. */
const MAX_NOTE_WORDS = 35;

/**
 * The site inviting the reader into the comments ("Verraten Sie gerne in den Kommentaren: …",
 * "Let us know in the comments", "Dites-nous en commentaire"): an action word, then the comments as
 * the place, in a short line that speaks to the reader. A report on what commenters said has no
 * such action ("In den Kommentaren wird vermutet, …"). Kept out of `isPitch`, which declutter shares:
 * declutter files these lines as furniture, not as pitches.
 */
const COMMENT_INVITE =
  /(?<!\p{L})(?:verrat|schreib|diskutier|erzähl|sag|teil|tell|let us know|share|leave|join|dites|partagez|laissez|déjanos|cuéntanos|escríbenos|comparte|dicci|scrivi)\p{L}*(?!\p{L}).{0,60}(?<!\p{L})(?:in den kommentaren|in die kommentare|im kommentarbereich|in the comments|in the comment section|en commentaires?|dans les commentaires|en (?:los )?comentarios|nei commenti)(?!\p{L})/iu;
const MAX_INVITE_WORDS = 25;

/** Every place COMMENT_INVITE names holds one of these: a quick "no" for the lines that name none (almost all). */
const NAMES_THE_COMMENTS = /komment|comment|coment/iu;

export function isCommentInvite(text: string): boolean {
  return NAMES_THE_COMMENTS.test(text) && wordsIn(text) <= MAX_INVITE_WORDS && COMMENT_INVITE.test(text) && READER_ADDRESS.test(text);
}

export function isPitch(text: string): boolean {
  const words = wordsIn(text);
  if (words > MAX_PITCH_WORDS) return false;
  if (words <= MAX_NOTE_WORDS && ACCESS_NOTES.some((pattern) => pattern.test(text))) return true;
  return PITCHES.some((pattern) => pattern.test(text)) || OPENERS.test(text) || (AFFILIATE.test(text) && DISCLOSURE.test(text));
}

/** A pitch set as the site's note: a short line with a link to act on, or wholly in italics or bold. */
export function isNotePitch(el: Element, text: string): boolean {
  if (wordsIn(text) > MAX_PITCH_WORDS || !SIGN_UP_WORDS.test(text) || !READER_ADDRESS.test(text)) return false;
  if (!NOTE_PITCHES.some((pattern) => pattern.test(text))) return false;
  return !!el.querySelector('a[href]') || isWhollyEmphasised(el, text);
}

/** The line is set in italics or bold as a whole: the site's note, not the story's paragraph. */
export function isWhollyEmphasised(el: Element, text: string): boolean {
  const emphasis = el.querySelector('em, i, strong, b');
  return !!emphasis && textOf(emphasis).length >= 0.9 * text.length;
}

export const promotions: PostCleanRule = {
  id: 'promotions',
  apply(_body, lines) {
    for (const el of lines.all()) {
      const text = lines.text(el);
      if (text.length < 600 && (isPitch(text) || isNotePitch(el, text) || isCommentInvite(text))) lines.remove(el);
    }
  },
};
