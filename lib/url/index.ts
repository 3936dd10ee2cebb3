export { canonicalUrl, pageUrlOf } from './canonical-url';
