export { type ContentContext, runDossier } from './run-dossier';
