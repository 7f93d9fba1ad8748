/**
 * CSV import of candidates: read the file (French Excel `;` or `,`, BOM or not), suggest a
 * column mapping, preview every invalid row, possible duplicate and person erased before, then
 * one atomic write.
 */
export {
  commitImport,
  type ImportFile,
  type ImportPreview,
  previewImport,
  readImportFile,
  type RowIssue,
  suggestImportMapping,
} from './csv-import';
