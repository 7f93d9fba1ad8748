/**
 * CSV import of candidates: read the file (French Excel `;` or `,`, BOM or not, blank rows
 * skipped and counted), suggest a column mapping, map each value of the list columns onto
 * Vivier's (remembered for the next file), preview every invalid row with its value, possible
 * duplicate, person erased before and person whose retention is already over, then one atomic
 * write of rows made by the one door for outside records (services/incoming).
 */
export {
  chosenRows,
  commitImport,
  type ImportChoice,
  listImportValues,
  type ImportFile,
  type ImportPreview,
  previewImport,
  readImportFile,
  type RowIssue,
  suggestImportMapping,
} from './csv-import';
