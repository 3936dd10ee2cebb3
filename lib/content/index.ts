export { type ContentContext, runDossier } from './run-dossier';
export { registerExtractPage } from './extract-page';
