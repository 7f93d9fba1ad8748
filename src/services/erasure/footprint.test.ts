import { describe, expect, it } from 'vitest';
import { personTypes } from '../../domain/common';
import { createDb } from '../../db/database';
import type { RowTable } from '../../db/rows';
import {
  belongingTables,
  belongsOf,
  entryOf,
  footprint,
  isPersonTable,
  untouchedTables,
} from './footprint';

const db = createDb('footprint-schema');
const tableNames = db.tables.map((t) => t.name).sort();

describe('the erasure footprint', () => {
  it('decides the erasure of every table of the database, and names no other', () => {
    const described = [...Object.keys(footprint), ...Object.keys(untouchedTables)].sort();
    expect(described).toEqual(tableNames);
    expect(new Set(described).size).toBe(described.length);
  });

  it('ties each belonging row to its owner through an index the erasure can query', () => {
    for (const table of belongingTables) {
      const link = belongsOf(table)!.link;
      const schema = db.table(table).schema;
      const index = link.via === 'field' ? link.field : link.index;
      const indexed = schema.primKey.name === index || schema.idxByName[index] !== undefined;
      expect({ table, index, indexed }).toEqual({ table, index, indexed: true });
    }
  });

  it('has one table per kind of person, and every owner is a person or a table that owns', () => {
    const people = (Object.keys(footprint) as RowTable[]).flatMap((t) => {
      const e = entryOf(t);
      return isPersonTable(e) ? [e.person] : [];
    });
    expect([...people].sort()).toEqual([...personTypes].sort());
    const owning = belongingTables.flatMap((t) => belongsOf(t)!.owns ?? []);
    for (const table of belongingTables)
      for (const owner of belongsOf(table)!.link.of)
        expect([...personTypes, ...owning]).toContain(owner);
  });

  it('rewrites only the fields it declares when it keeps a row as evidence', () => {
    for (const table of belongingTables) {
      const fate = belongsOf(table)!.fate;
      if (fate.do !== 'pseudonymise') continue;
      const row = {
        id: 'x',
        candidateId: 'c1',
        files: [{ name: 'CV Hélène Müller.pdf', sha256: 'ab', size: 3 }],
        other: 'kept',
      };
      const out = fate.rewrite(row);
      const changed = Object.keys(row).filter(
        (k) => JSON.stringify(out[k]) !== JSON.stringify(row[k as keyof typeof row]),
      );
      expect(changed.every((k) => fate.fields.includes(k))).toBe(true);
      expect(out.candidateId).toBeNull();
      expect(out.other).toBe('kept');
    }
  });
});
