/** English stop words for the summariser's similarity; written by hand for Plainsight (public domain). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves said says say mr mrs ms one two new also year years last first
  would could may might must shall us it's he's she's that's there's i'm we're they're don't didn't won't can't`
    .split(/\s+/)
    .filter(Boolean),
);
