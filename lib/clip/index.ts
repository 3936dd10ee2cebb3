export { canonicalUrl, pageUrlOf } from '../url';
export { MAX_ELEMENTS, type ReadArticle, readArticle } from './article';
export { toIsoDate } from './dates';
export { findEntities, LEAD_WORDS, leadEnd, SENTENCES_PER_ENTITY } from './entities';
export {
  evidenceOf,
  LEAD_WEIGHT,
  MAIN_SUBJECT_EVIDENCE,
  type MentionStats,
  scoreEntities,
  TITLE_WEIGHT,
} from './entity-score';
export { type ExtractOptions, extractPage } from './extract-page';
export { type JsonLdFacts, jsonLdNodes, readJsonLd } from './json-ld';
export { normaliseLang } from './language';
export { DRAFT_LIMITS } from './limits';
export { metaValues, type PageMetadata, readMetadata, timeIn } from './metadata';
export { cleanText, countWords, PARAGRAPH_BREAK, paragraphsOf, plainText } from './plain-text';
export { registerExtractPage } from './register-extract-page';
export { type Sanitize, sanitizerFor } from './sanitize';
export { clipSentence, MAX_SENTENCE, type Sentence, splitSentences } from './sentences';
