// Prints the design document the deployment guide installs on CouchDB:
//   node deploy/couchdb/design-doc.mjs > vivier-design.json
//   curl -u admin -X PUT https://<server>/sync/vivier/_design/vivier -H 'Content-Type: application/json' -d @vivier-design.json
// (an update needs the current `_rev` added to the file). The tests install the same document.
import { readFileSync } from 'node:fs';

export const designDocId = '_design/vivier';

export function designDocument() {
  const source = readFileSync(new URL('./validate_doc_update.js', import.meta.url), 'utf8');
  // keep the function only: CouchDB compiles the text as one function expression
  const fn = source.slice(source.indexOf('function validate_doc_update('));
  return { _id: designDocId, language: 'javascript', validate_doc_update: fn.trim() };
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(designDocument(), null, 2)}\n`);
