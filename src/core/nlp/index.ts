/** On-device NLP for the popup and the command line: entities and extractive summaries. */
export { findEntities, entityMentions, type Entity, type EntityResult, type EntityType, type EntityOptions } from './entities.ts';
export { summarize, type Summary, type SummaryOptions } from './summarize.ts';
export { splitSentences, type Sentence } from './sentences.ts';
