export { applyImport, exportStore, previewImport } from './apply';
export { type ExportPart, type ExportPartRequest, exportPart } from './export-parts';
export { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, MAX_FILE_CHARS } from './format';
export { type ParsedExport, parseExport } from './parse';
export { type ImportPlan, planImport } from './plan';
