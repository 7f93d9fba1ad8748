import { describe, expect, it } from 'vitest';
import { art30Register } from './art30-register';
import { organisationRow, type Organisation } from './organisation';
import { defaultSettings, type Settings } from './settings';

const org = (over: Partial<Organisation>): Organisation =>
  organisationRow.parse({
    id: over.name,
    kind: 'recipient',
    name: 'x',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    sortName: 'x',
    ...over,
  });

const organisations = [
  org({ name: 'TéléSec SARL', role: 'telesecretary', country: 'FR' }),
  org({ name: 'Recrut Partner GmbH', kind: 'partner', country: 'DE' }),
  org({
    name: 'Remote Research Inc',
    role: 'other',
    country: 'US',
    transferSafeguard: 'SCC 2021/914',
  }),
  org({ name: 'Cloud Ltd', role: 'application-provider', country: 'GB' }),
  org({ name: 'Stahlwerk Saar GmbH', kind: 'client', country: 'DE' }),
];
const counts = { candidates: 1200, referees: 300, contacts: 85 };

describe('art30Register (Art. 30(1))', () => {
  it('names the controller and dates the register', () => {
    const r = art30Register({
      settings: defaultSettings,
      organisations,
      counts,
      today: '2026-03-12',
    });
    expect(r.generatedOn).toBe('2026-03-12');
    expect(r.controller.name).toBe('IMS International Management Services SAS');
  });

  it('takes the retention periods from the settings, so a preset change shows at once', () => {
    const cnil: Settings = {
      ...defaultSettings,
      retention: {
        ...defaultSettings.retention,
        preset: 'germany',
        rejectedMonths: 6,
        contactMonths: 24,
      },
    };
    const policy = art30Register({
      settings: defaultSettings,
      organisations,
      counts,
      today: '2026-03-12',
    });
    const german = art30Register({ settings: cnil, organisations, counts, today: '2026-03-12' });
    const rules = (r: typeof policy, id: string) =>
      r.activities.find((a) => a.id === id)!.retention;
    expect(rules(policy, 'recruitment')).toContainEqual({ rule: 'general-application', months: 3 });
    expect(rules(policy, 'recruitment')).toContainEqual({
      rule: 'position-application',
      months: 36,
    });
    expect(rules(policy, 'recruitment').map((x) => x.rule)).not.toContain('rejected');
    expect(rules(german, 'recruitment')).toContainEqual({ rule: 'rejected', months: 6 });
    expect(rules(german, 'client-relations')).toEqual([{ rule: 'contact', months: 24 }]);
  });

  it('lists the categories of people with their counts and every category of data (P2, P13)', () => {
    const r = art30Register({
      settings: defaultSettings,
      organisations,
      counts,
      today: '2026-03-12',
    });
    expect(r.activities[0]!.subjects).toEqual([
      { category: 'candidates', count: 1200 },
      { category: 'referees', count: 300 },
    ]);
    expect(r.activities[0]!.dataCategories).toContain('psychometrics');
    expect(r.activities[1]!.dataCategories).toEqual([
      'identity',
      'business-contact',
      'job-title',
      'organisation',
    ]);
    expect(r.activities[0]!.legalBases).toContain('consent');
  });

  it('lists processors and partners with countries, not clients; transfers outside the EEA with or without safeguard', () => {
    const r = art30Register({
      settings: defaultSettings,
      organisations,
      counts,
      today: '2026-03-12',
    });
    expect(r.recipients.map((x) => x.name)).toEqual([
      'Recrut Partner GmbH',
      'Cloud Ltd',
      'Remote Research Inc',
      'TéléSec SARL',
    ]);
    expect(r.transfers.map((x) => [x.name, x.safeguard])).toEqual([
      ['Remote Research Inc', 'SCC 2021/914'],
    ]);
    expect(r.unsafeTransfers.map((x) => x.name)).toEqual(['Cloud Ltd']);
  });

  it('states the security measures the settings enable', () => {
    const withKey: Settings = {
      ...defaultSettings,
      backup: { ...defaultSettings.backup, recipients: [`age1${'q'.repeat(58)}`] },
    };
    const measures = (s: Settings) =>
      art30Register({ settings: s, organisations: [], counts, today: '2026-03-12' }).security.map(
        (m) => m.measure,
      );
    expect(measures(defaultSettings)).toEqual(
      expect.arrayContaining(['local-storage', 'no-network', 'backup-passphrase', 'audit-trail']),
    );
    expect(measures(withKey)).toContain('backup-office-key');
    expect(measures(withKey)).not.toContain('backup-passphrase');
    expect(
      art30Register({ settings: defaultSettings, organisations: [], counts, today: '2026-03-12' })
        .security,
    ).toContainEqual({ measure: 'backup-frequency', value: 7 });
  });
});
