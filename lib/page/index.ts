export {
  countEntities,
  type DocumentScan,
  type EntityCount,
  OWN_UI_ATTRIBUTE,
  scanDocument,
} from './scan-document';
