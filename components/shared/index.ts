export { type Answer, callBackground, messageOf, type Request } from './call-background';
export { formatTags, parseTags } from './tags';
