// The hub's guard (CouchDB validate_doc_update), installed in the Vivier database's design
// document. Plain ES5: CouchDB's JavaScript engine runs it. Why each rule holds on CouchDB and on
// the CI stand-in (pouchdb-server) is written down in README.md beside this file.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CouchDB calls it
function validate_doc_update(newDoc, oldDoc, userCtx) {
  // Every document's first revision is this constant one, pushed with new_edits=false: pushing it
  // again (a laptop that restores an old backup, a retry after a crash) changes nothing once the
  // document exists, also when it has been erased since.
  var FIRST = '1-00000000000000000000000000000000';

  function refuse(reason) {
    throw { forbidden: reason };
  }

  if (newDoc._id.indexOf('_design/') === 0) return; // CouchDB lets only admins write these

  // GDPR Art. 17: an erasure is a bare deletion. CouchDB keeps a deleted revision forever, so it
  // must carry nothing that could identify the person: no field but _id, _rev and _deleted.
  if (newDoc._deleted === true) {
    for (var key in newDoc) {
      if (key !== '_id' && key !== '_rev' && key !== '_deleted' && key !== '_revisions')
        refuse('erasure-carries-data: a deletion carries no field but _id, _rev and _deleted');
    }
    return;
  }

  // An erased document is never written again, by anyone (CouchDB shows the deleted revision an
  // update names as oldDoc; pouchdb-server shows null, which the next rule refuses).
  if (oldDoc && oldDoc._deleted === true) refuse('erased: this document was erased');

  // These hold for the server admin too: no one may bring an erased person back, so the hub is
  // backed up by copying its files, never restored by replication (README).
  if (!userCtx || !userCtx.name) refuse('unauthenticated: log in to write');
  // A write is either an update of the revision in force (interactive edit: its _rev is the one
  // oldDoc has), or the constant first revision of a new document. Anything else is a replicated
  // branch (new_edits=false) or a re-creation of a deleted id, and either could bring an erased
  // person back as the winning revision: refused.
  var isUpdate = !!oldDoc && newDoc._rev === oldDoc._rev;
  var isCreation = !oldDoc && newDoc._rev === FIRST;
  if (!isUpdate && !isCreation)
    refuse('revision-refused: write on the revision in force, or create with the first revision');
  if (newDoc.author !== userCtx.name) refuse('author-mismatch: author must be the logged-in user');

  var kind = newDoc._id.slice(0, newDoc._id.indexOf(':'));
  if (typeof newDoc.kind !== 'string' || newDoc.kind !== kind)
    refuse('invalid: the id starts with the kind');
  if (typeof newDoc.hlc !== 'string' || !/^\d{15}\.\d{6}\.[0-9a-f]{8,64}$/.test(newDoc.hlc))
    refuse('invalid: hlc');
  if (typeof newDoc.device !== 'string' || !/^[0-9a-f]{8,64}$/.test(newDoc.device))
    refuse('invalid: device');
  if (typeof newDoc.body !== 'object' || newDoc.body === null) refuse('invalid: body');
}
