/**
 * The Art. 15 access export: one zip with index.html in the person's language, data.json,
 * resume.json, CSV, attachments and a SHA-256 manifest.
 */
export { buildAccessExport } from './build';
