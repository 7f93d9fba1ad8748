import type { LanguageCode } from '../domain/common';
import type { Contact } from '../domain/contact';
import { fold } from '../domain/fold';
import type { Mission } from '../domain/mission';
import type { Organisation } from '../domain/organisation';
import { personKeys } from '../domain/person-keys';
import type { User } from '../domain/user';
import { addMonthsToDay, instantOn, isoOfDay } from './synthetic-dates';
import {
  ascii,
  companyForms,
  companyStems,
  cities,
  firstNames,
  lastNames,
  positions,
} from './synthetic-names';
import { createRng, mixSeed, syntheticUuid, type Rng } from './synthetic-random';

/** Id namespaces: each kind of record draws its ids from its own stream. */
export const idKinds = {
  user: 1,
  organisation: 2,
  contact: 3,
  mission: 4,
  candidate: 5,
  referee: 6,
  application: 7,
  consent: 8,
  disclosure: 9,
  attachment: 10,
  note: 11,
  psychometric: 12,
} as const;

/** The firm around the people: its users, clients, partners, recipients, contacts, missions. */
export type SyntheticFirm = {
  users: User[];
  organisations: Organisation[];
  contacts: Contact[];
  /** Sorted by opening date. */
  missions: Mission[];
};

export type FirmShape = { seed: number; candidates: number; today: number };

const langOf = (rng: Rng): LanguageCode =>
  rng.weighted<LanguageCode>([
    ['fr', 0.5],
    ['de', 0.4],
    ['en', 0.1],
  ]);
const countryOf: Record<LanguageCode, string> = { fr: 'FR', de: 'DE', en: 'GB' };

const staff: readonly [string, User['role']][] = [
  ['Claire Fontaine', 'partner'],
  ['Markus Vogel', 'recruiter'],
  ['Inès Haddad', 'research-officer'],
  ['Sophie Martin', 'admin'],
];

export function generateFirm(shape: FirmShape): SyntheticFirm {
  const { seed, today } = shape;
  const rng = createRng(mixSeed(seed, 0xf1a));
  const created = instantOn(today - 5 * 365, 540);
  const stamp = (day: number) => instantOn(day, rng.int(480, 1140));
  const users: User[] = staff.map(([name, role], i) => ({
    id: syntheticUuid(seed, idKinds.user, i),
    name,
    role,
    createdAt: created,
  }));

  const organisations: Organisation[] = [];
  const addOrg = (o: Omit<Organisation, 'id' | 'createdAt' | 'updatedAt' | 'sortName'>) => {
    const row: Organisation = {
      ...o,
      id: syntheticUuid(seed, idKinds.organisation, organisations.length),
      createdAt: created,
      updatedAt: created,
      sortName: fold(o.name),
    };
    organisations.push(row);
    return row;
  };
  const base = { addresses: [], notes: '', role: null, transferSafeguard: null };

  const clientCount = Math.max(5, Math.round(shape.candidates / 250));
  const clients: Organisation[] = [];
  for (let i = 0; i < clientCount; i++) {
    const language = langOf(rng);
    const stems = companyStems[language];
    const stem = stems[((i / 3) % stems.length) | 0]!;
    // Past the first few of each language, names repeat with a city, as branches do.
    const city = i < 3 * stems.length ? '' : ` ${rng.pick(cities[language])}`;
    const country = countryOf[language];
    clients.push(
      addOrg({
        ...base,
        kind: 'client',
        name: `${stem}${city} ${rng.pick(companyForms[language])}`,
        country,
        language,
        transferSafeguard: country === 'GB' ? 'Décision d’adéquation UE–Royaume-Uni (2021)' : null,
      }),
    );
  }
  const partners: Organisation[] = [];
  for (let i = 0; i < Math.max(2, Math.round(shape.candidates / 5000)); i++) {
    const language: LanguageCode = i % 2 === 0 ? 'de' : 'fr';
    const name =
      language === 'de'
        ? `${rng.pick(lastNames.de)} Executive Search GmbH`
        : `Cabinet ${rng.pick(lastNames.fr)} & Associés`;
    partners.push(
      addOrg({ ...base, kind: 'partner', name, country: countryOf[language], language }),
    );
  }
  const recipient = (name: string, role: Organisation['role'], country = 'FR') =>
    addOrg({ ...base, kind: 'recipient', name, role, country, language: 'fr' });
  recipient('Associés du cabinet', 'firm-partner');
  recipient('Administration et comptabilité', 'admin');
  recipient('Télésecrétariat Azur SARL', 'telesecretary');
  recipient('Hébergement Applicatif Sécurisé SAS', 'application-provider');

  const contacts: Contact[] = [];
  const keepFrom = addMonthsToDay(today, -36) + 7;
  for (const client of clients) {
    const domain = `${ascii(client.name.split(' ')[0]!)}.${client.country.toLowerCase()}`;
    for (let k = rng.int(1, 3); k > 0; k--) {
      const language = client.language;
      const firstName = rng.pick(firstNames[language]);
      const lastName = rng.pick(lastNames[language]);
      const emails = [`${ascii(firstName)}.${ascii(lastName)}@${domain}`];
      const phones = [
        language === 'de'
          ? `+49 69 ${rng.int(1000000, 9999999)}`
          : `01 ${rng.int(40, 89)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      ];
      // Contacts stay within their 3 years: the sweep benchmarks control who is due by candidates.
      const lastDay = rng.int(keepFrom, today);
      contacts.push({
        id: syntheticUuid(seed, idKinds.contact, contacts.length),
        organisationId: client.id,
        firstName,
        lastName,
        jobTitle: rng.pick(positions),
        emails,
        phones,
        addresses: [],
        marketingOptOut: rng.chance(0.1),
        lastContactOn: isoOfDay(lastDay),
        createdAt: created,
        updatedAt: stamp(lastDay),
        ...personKeys({ firstName, lastName, emails, phones }),
        deleteOn: isoOfDay(addMonthsToDay(lastDay, 36)),
        restricted: null,
        objected: null,
      });
    }
  }

  const missionCount = Math.max(20, Math.round(shape.candidates / 25));
  const firstMission = addMonthsToDay(today, -54);
  const openings = Array.from({ length: missionCount }, () => rng.int(firstMission, today - 7));
  openings.sort((a, b) => a - b);
  const missions: Mission[] = openings.map((opened, i) => {
    const client = rng.pick(clients);
    const position = rng.pick(positions);
    const end = opened + rng.int(60, 300);
    const finished = end < today;
    const signed = opened + rng.int(0, 14);
    const unsigned = !finished && rng.chance(0.05);
    return {
      id: syntheticUuid(seed, idKinds.mission, i),
      clientId: client.id,
      partnerId: rng.chance(0.08) ? rng.pick(partners).id : null,
      position,
      location: rng.pick(cities[client.language]),
      contractRef: `C-${isoOfDay(opened).slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
      contractSignedOn: unsigned || signed > today ? null : isoOfDay(signed),
      status: finished ? (rng.chance(0.7) ? 'filled' : 'closed') : 'open',
      openedOn: isoOfDay(opened),
      closedOn: finished ? isoOfDay(end) : null,
      createdAt: stamp(opened),
      updatedAt: stamp(finished ? end : opened),
      sortTitle: fold(position),
    };
  });
  return { users, organisations, contacts, missions };
}
