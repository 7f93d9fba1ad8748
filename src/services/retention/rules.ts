import { applicationRow, type Application } from '../../domain/application';
import { daysBetween } from '../../domain/calendar';
import { candidateRow } from '../../domain/candidate';
import { fieldIssues, toIsoDate, type FieldIssue, type PersonType } from '../../domain/common';
import { consentRow, type Consent } from '../../domain/consent';
import { contactRow } from '../../domain/contact';
import { refereeRow } from '../../domain/referee';
import {
  candidateRetention,
  contactRetention,
  refereeRetention,
  type RetentionDate,
} from '../../domain/retention';
import { detectPreset } from '../../domain/retention-presets';
import { retentionRules, type RetentionRules } from '../../domain/settings';
import { err, ok, type Result } from '../../domain/result';
import type { VivierDb } from '../../db/database';
import { parseRows } from '../../db/rows';
import { readSettings } from '../../db/settings-repo';
import { transactWithAudit } from '../audit';
import type { ServiceContext } from '../core';

/**
 * Changing the rules: every change shows who it moves and by how much before it is
 * saved, and is audited. Saving recomputes every stored date in the same transaction, so the
 * sweep never acts on dates from the old rules.
 */
export type RuleMove = {
  personType: PersonType;
  id: string;
  /** For the preview only; never written anywhere. */
  name: string;
  from: string | null;
  to: string;
  /** Positive: kept longer; negative: erased sooner. */
  days: number | null;
};

export type RulesPreview = { rules: RetentionRules; moves: RuleMove[]; people: number };
export type RulesError = { reason: 'invalid'; issues: FieldIssue[] };

const groupBy = <T extends { candidateId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.candidateId, [...(map.get(r.candidateId) ?? []), r]);
  return map;
};

/** Everyone's date under `rules`, read in one pass per table (this is a whole-file question). */
async function everyonesDates(db: VivierDb, rules: RetentionRules) {
  const apps = groupBy<Application>(
    parseRows(applicationRow, 'applications', await db.applications.toArray()),
  );
  const consents = groupBy<Consent>(parseRows(consentRow, 'consents', await db.consents.toArray()));
  const out: {
    personType: PersonType;
    id: string;
    name: string;
    stored: string | null;
    date: RetentionDate;
  }[] = [];
  const byCandidate = new Map<string, RetentionDate>();
  for (const c of parseRows(candidateRow, 'candidates', await db.candidates.toArray())) {
    const date = candidateRetention(
      {
        collectedOn: c.collectedOn,
        applications: apps.get(c.id) ?? [],
        consents: consents.get(c.id) ?? [],
      },
      rules,
    );
    byCandidate.set(c.id, date);
    const name = `${c.identity.firstName} ${c.identity.lastName}`;
    out.push({ personType: 'candidate', id: c.id, name, stored: c.deleteOn, date });
  }
  for (const r of parseRows(refereeRow, 'referees', await db.referees.toArray())) {
    const date = refereeRetention(
      byCandidate.get(r.candidateId) ?? null,
      toIsoDate(new Date(r.createdAt)),
      rules,
    );
    out.push({
      personType: 'referee',
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      stored: r.deleteOn,
      date,
    });
  }
  for (const c of parseRows(contactRow, 'contacts', await db.contacts.toArray())) {
    const date = contactRetention(c, rules);
    out.push({
      personType: 'contact',
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      stored: c.deleteOn,
      date,
    });
  }
  return out;
}

function validate(input: unknown): Result<RetentionRules, RulesError> {
  const parsed = retentionRules.safeParse(input);
  if (!parsed.success) return err({ reason: 'invalid', issues: fieldIssues(parsed.error) });
  return ok({ ...parsed.data, preset: detectPreset(parsed.data) });
}

const movesOf = (dates: Awaited<ReturnType<typeof everyonesDates>>): RuleMove[] =>
  dates
    .filter((d) => d.stored !== d.date.deleteOn)
    .map((d) => ({
      personType: d.personType,
      id: d.id,
      name: d.name,
      from: d.stored,
      to: d.date.deleteOn,
      days: d.stored === null ? null : daysBetween(d.stored, d.date.deleteOn),
    }))
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.name.localeCompare(b.name)));

/** Who the new rules would move, and by how many days, without saving anything. */
export async function previewRules(
  db: VivierDb,
  input: unknown,
): Promise<Result<RulesPreview, RulesError>> {
  const v = validate(input);
  if (!v.ok) return v;
  const dates = await everyonesDates(db, v.value);
  return ok({ rules: v.value, moves: movesOf(dates), people: dates.length });
}

/** Saves the rules and every moved date in one transaction, audited. */
export async function saveRules(
  ctx: ServiceContext,
  input: unknown,
): Promise<Result<RulesPreview, RulesError>> {
  const v = validate(input);
  if (!v.ok) return v;
  const rules = v.value;
  const { db } = ctx;
  const tables = [
    db.settings,
    db.candidates,
    db.referees,
    db.contacts,
    db.applications,
    db.consents,
  ];
  return transactWithAudit(ctx, tables, async () => {
    const settings = await readSettings(db);
    const changed = (Object.keys(rules) as (keyof RetentionRules)[]).filter(
      (k) => rules[k] !== settings.retention[k],
    );
    await db.settings.put({ ...settings, retention: rules });
    const dates = await everyonesDates(db, rules);
    const moves = movesOf(dates);
    for (const m of moves) {
      const table = { candidate: db.candidates, referee: db.referees, contact: db.contacts }[
        m.personType
      ];
      await table.update(m.id, { deleteOn: m.to });
    }
    return {
      result: ok({ rules, moves, people: dates.length }),
      audit: [
        {
          action: 'settings.update',
          entity: 'settings',
          id: 'settings',
          fields: changed.map((k) => `retention.${k}`),
        },
        ...(moves.length > 0
          ? [
              {
                action: 'retention.recompute',
                entity: 'retention',
                id: 'rules',
                fields: [`moved:${moves.length}`],
              },
            ]
          : []),
      ],
    };
  });
}
