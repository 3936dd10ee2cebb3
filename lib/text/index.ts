export {
  type CollectOptions,
  collectTextChunks,
  isSkippedByAttributes,
  isSkippedElement,
  SKIPPED_BY_ATTRIBUTES,
  SKIPPING_ATTRIBUTES,
  type TextChunk,
} from './chunks';
export { BLOCK_TAGS, SKIPPED_TAGS } from './elements';
export { BLOCK_SEPARATOR, type JoinedText, joinChunks } from './joined';
