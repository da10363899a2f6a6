/**
 * Small word lists the entity finder needs beyond compromise's lexicon. Written by hand for
 * Plainsight from general knowledge and placed in the public domain (nothing here is taken from
 * any evaluation data set). Lower case.
 */

/** Words that describe a person's office or rank: stripped from the front of a name, and evidence it is a person. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'trade', 'home', 'secretary', 'general', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'emperor',
  'sheikh', 'sultan', 'emir', 'comrade', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'leader', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'pope',
  'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'mullah', 'father', 'sister', 'brother', 'coach',
  'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'skipper', 'spokesman', 'spokeswoman',
  'spokesperson', 'officer', 'commander', 'colonel', 'lieutenant', 'sergeant', 'admiral', 'marshal', 'field',
  'director', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'gen', 'col', 'lt',
  'capt', 'sgt', 'maj', 'adm', 'rep', 'sen', 'gov', 'st', 'saint', 'state', 'opposition', 'former', 'late', 'acting',
  'interim', 'incoming', 'outgoing', 'veteran', 'star', 'champion', 'world', 'olympic', 'top', 'seed', 'seeded',
  'no', 'number', 'politburo', 'member', 'party', 'speaker', 'head', 'founder', 'ceo', 'cfo', 'boss', 'superintendent',
  'inspector', 'detective', 'constable', 'officer', 'dictator', 'supreme', 'grand', 'crown', 'his', 'her', 'holiness',
  'excellency', 'majesty', 'highness', 'honourable', 'honorable', 'hon', 'reverend', 'rev', 'doctor', 'nurse', 'agent',
]);

/** Capitalised words that are never a name on their own at the start of a sentence or span. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she',
  'it', 'they', 'we', 'i', 'you', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after',
  'before', 'during', 'since', 'as', 'at', 'in', 'on', 'of', 'for', 'from', 'by', 'with', 'to', 'into', 'about',
  'ahead', 'among', 'under', 'over', 'between', 'without', 'within', 'despite', 'although', 'though', 'because',
  'however', 'meanwhile', 'also', 'both', 'all', 'some', 'many', 'most', 'several', 'each', 'every', 'no', 'not',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'last',
  'next', 'new', 'other', 'another', 'such', 'what', 'who', 'which', 'where', 'why', 'how', 'yes', 'mr', 'mrs', 'ms',
  'dr', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'then', 'once', 'even', 'still', 'only', 'just', 'more',
  'less', 'much', 'according', 'following', 'earlier', 'later', 'under', 'until', 'unlike', 'like', 'instead',
  'further', 'thanks', 'well', 'please', 'read', 'see', 'photo', 'source', 'update', 'updated', 'published',
  'related', 'recent', 'advertisement', 'reporting', 'editing', 'writing', 'via', 'per', 'am', 'pm', 'gmt', 'utc',
  'est', 'pst', 'bst', 'cet', 'ist', 'pkt', 'et', 'edt', 'pdt', 'q1', 'q2', 'q3', 'q4', 'internet', 'web', 'online', 'covid',
]);

/** Last words of an event, period, award or other non-entity proper phrase: such spans are dropped. */
export const MISC_HEADS: ReadonlySet<string> = new Set([
  'day', 'days', 'war', 'wars', 'cup', 'cups', 'championship', 'championships', 'open', 'games', 'olympics', 'league',
  'award', 'awards', 'prize', 'festival', 'week', 'year', 'era', 'age', 'revolution', 'crisis', 'agreement', 'treaty',
  'accord', 'accords', 'act', 'bill', 'law', 'plan', 'summit', 'talks', 'conference', 'series', 'tournament', 'trophy',
  'grand', 'prix', 'marathon', 'rally', 'tour', 'show', 'album', 'film', 'book', 'season', 'anniversary', 'pandemic',
  'virus', 'index', 'dollar', 'dollars', 'euro', 'pound', 'yen', 'rupee', 'rupees', 'christmas', 'easter', 'eid',
  'ramadan', 'muharram', 'ashura', 'thanksgiving', 'halloween', 'hanukkah', 'diwali', 'shield', 'classic', 'round',
  'winners',
]);

/** Last words that make a span a place, beyond compromise's `placeWords` ("Melbourne Cricket Ground"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(['oval', 'ground', 'raceway', 'speedway', 'velodrome']);

/** Last words that make a span an organisation, beyond compromise's `orgWords`. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'party', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'navy', 'forces', 'guard', 'court', 'fc', 'afc',
  'cf', 'ac', 'sc', 'united', 'rovers', 'wanderers', 'athletic', 'albion', 'sporting', 'inc',
  'corp', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'llp', 'co', 'bancorp', 'airline', 'airlines', 'railways', 'exchange',
  'reuters', 'council', 'organisation', 'organization', 'commission', 'agency', 'alliance', 'front', 'movement',
  'brigade', 'brigades', 'network', 'institute', 'programme', 'program', 'secretariat', 'mission', 'treasury',
  'bureau', 'newsroom', 'desk', 'bv', 'images', 'photos', 'pictures', 'tigers', 'eagles', 'bears', 'lions', 'giants', 'jets', 'kings', 'bulls', 'celtics', 'lakers', 'knicks',
  'mets', 'yankees', 'dodgers', 'braves', 'cubs', 'sox', 'reds', 'rangers', 'stars', 'sharks', 'devils', 'flyers',
  'penguins', 'bruins', 'oilers', 'canucks', 'senators', 'capitals', 'islanders', 'packers', 'steelers', 'cowboys',
  'patriots', 'raiders', 'chiefs', 'saints', 'dolphins', 'broncos', 'colts', 'browns', 'bengals', 'ravens', 'titans',
]);

/** Words that may join the parts of one name ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'of', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'al', 'el', 'bin', 'ibn',
  'bint', 'ul', 'ur', 'ud', 'y', 'dos', 'das', '&',
]);

/** Words before a single unknown name that say it is a place. */
export const PLACE_CUES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside', 'throughout']);

/** Verbs after a single unknown name that say it is a person. */
export const PERSON_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'asked', 'wrote', 'believes', 'thinks', 'argued', 'explained', 'insisted',
  'admitted', 'denied', 'claimed', 'warned', 'stressed', 'noted', 'replied', 'recalled', 'scored', 'beat', 'won',
  'who', 'himself', 'herself',
]);

/** Abbreviations that name countries or unions of them, not organisations. */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'US', 'USA', 'UK', 'UAE', 'DPRK', 'PRC', 'ROK', 'DRC', 'GB', 'NZ', 'KSA', 'ROC', 'CIS',
  // US states as news agencies abbreviate them with full stops ("Santa Fe, N.M."); the dots are dropped before lookup.
  'NM', 'NJ', 'NY', 'NH', 'NC', 'ND', 'SC', 'SD', 'RI', 'DC', 'Fla', 'Calif', 'Ariz', 'Colo', 'Conn', 'Mich',
  'Minn', 'Okla', 'Tenn', 'Wis', 'Ala', 'Ark', 'Kan', 'Neb', 'Nev',
]);

/** Countries and places under names the lexicon lacks: former states and older spellings still met in the news. */
export const OTHER_PLACE_NAMES: ReadonlySet<string> = new Set([
  'zaire', 'yugoslavia', 'soviet union', 'ussr', 'czechoslovakia', 'east germany', 'west germany', 'burma', 'rhodesia',
  'ceylon', 'siam', 'kazakstan', 'kirghizia', 'byelorussia', 'moldavia', 'vatican', 'zaire republic', 'serbia and montenegro',
]);

/** News agencies and wire services that datelines and attributions name on their own. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'ap', 'xinhua', 'interfax', 'itar-tass', 'tass', 'ria', 'bloomberg', 'kyodo', 'yonhap', 'anadolu',
  'bernama', 'antara', 'efe', 'ansa', 'dpa', 'pti', 'ani', 'app', 'upi', 'irna', 'wafa', 'sana', 'mena', 'petra',
]);

/** First words that make a two-word name a place ("West Indies", "Northern Ireland"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater',
]);

/** Words for faiths and their followers: adjectives and groups of people, not named entities. */
export const FAITH_WORDS: ReadonlySet<string> = new Set([
  'muslim', 'muslims', 'islamic', 'islamist', 'islamists', 'catholic', 'catholics', 'protestant', 'protestants',
  'buddhist', 'buddhists', 'hindu', 'hindus', 'sikh', 'sikhs', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites',
  'jew', 'jews', 'christians', 'evangelical', 'evangelicals', 'orthodox', 'jihadist', 'jihadists', 'salafist',
]);

/** Words of sports reporting: a text using several of them is a sports report, where a city is mostly its club. */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'match', 'matches', 'goal', 'goals', 'scored', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'league',
  'cup', 'season', 'championship', 'tournament', 'playoff', 'playoffs', 'soccer', 'football', 'cricket', 'rugby',
  'hockey', 'baseball', 'basketball', 'innings', 'wickets', 'stadium', 'halftime', 'half-time', 'penalty', 'draw',
  'drew', 'beat', 'defeat', 'victory', 'win', 'won', 'fixtures', 'standings', 'squad', 'club', 'clubs', 'team',
]);
