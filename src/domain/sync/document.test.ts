import { describe, expect, it } from 'vitest';
import { buildCandidate } from '../../testing/builders';
import { encodeHlc } from './hlc';
import { auditKey, docIdFor, parseSyncDocument } from './document';

const hlc = encodeHlc({ ms: 1_700_000_000_000, counter: 0, device: 'aaaaaaaa' });
const candidate = buildCandidate({ id: 'c0ffee00-0000-4000-8000-000000000001' });
const doc = {
  _id: docIdFor('candidate', candidate.id),
  _rev: '1-' + '0'.repeat(32),
  kind: 'candidate',
  hlc,
  device: 'aaaaaaaa',
  author: 'alice',
  marks: [],
  body: JSON.parse(JSON.stringify(candidate)),
};

describe('parseSyncDocument', () => {
  it('accepts a live document whose body passes its kind schema', () => {
    const r = parseSyncDocument(doc);
    expect(r.ok && 'kind' in r.value && r.value.body.id).toBe(candidate.id);
  });

  it('accepts a bare deletion and refuses a deletion that carries anything else', () => {
    expect(parseSyncDocument({ _id: doc._id, _rev: '2-ab', _deleted: true }).ok).toBe(true);
    const withBody = parseSyncDocument({ _id: doc._id, _rev: '2-ab', _deleted: true, body: {} });
    expect(withBody).toEqual({ ok: false, error: { reason: 'invalid-document', paths: [''] } });
  });

  it('names the failing fields of a bad body, never their values', () => {
    const r = parseSyncDocument({ ...doc, body: { ...doc.body, collectedOn: 'yesterday' } });
    expect(r).toEqual({
      ok: false,
      error: { reason: 'invalid-body', paths: ['body.collectedOn'] },
    });
    expect(JSON.stringify(r)).not.toContain('yesterday');
  });

  it('refuses an id whose kind or key disagrees with the body', () => {
    expect(parseSyncDocument({ ...doc, _id: docIdFor('referee', candidate.id) })).toMatchObject({
      ok: false,
      error: { reason: 'kind-mismatch' },
    });
    expect(parseSyncDocument({ ...doc, _id: docIdFor('candidate', 'someone-else') })).toMatchObject(
      {
        ok: false,
        error: { reason: 'kind-mismatch', paths: ['_id'] },
      },
    );
  });

  it('keys an audit entry by its device and sequence number', () => {
    const entry = {
      seq: 4,
      at: '2026-02-01T10:00:00.000Z',
      actor: 'u',
      action: 'candidate.create',
      entity: 'candidate',
      id: 'c',
      fields: [],
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    };
    const audit = {
      ...doc,
      kind: 'audit',
      _id: docIdFor('audit', auditKey('aaaaaaaa', 4)),
      body: entry,
    };
    expect(parseSyncDocument(audit).ok).toBe(true);
    expect(
      parseSyncDocument({ ...audit, _id: docIdFor('audit', auditKey('bbbbbbbb', 4)) }).ok,
    ).toBe(false);
  });

  it('refuses garbage and unknown fields without throwing', () => {
    for (const junk of [
      null,
      42,
      'x',
      [],
      { _id: 'no-colon' },
      { ...doc, extra: 1 },
      { ...doc, hlc: 'now' },
    ])
      expect(parseSyncDocument(junk).ok).toBe(false);
  });
});
