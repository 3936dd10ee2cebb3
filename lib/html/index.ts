export { ARTICLE_FORBID_ATTR, ARTICLE_FORBID_TAGS } from './article-policy';
