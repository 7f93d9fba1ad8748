import { z } from 'zod';
import { countryCode, id, isoDateTime, longText, requiredText, text } from './common';

/**
 * Clients, partner recruitment firms (P4) and recipients/processors (P5) are organisations.
 * A recipient has a role and a country; outside the EU/EEA it needs a recorded safeguard.
 */
export const organisationKinds = ['client', 'partner', 'recipient'] as const;
export const recipientRoles = [
  'firm-partner',
  'admin',
  'telesecretary',
  'application-provider',
  'other',
] as const;

export const organisationInput = z.object({
  kind: z.enum(organisationKinds, { error: 'invalid-choice' }),
  name: requiredText(200),
  addresses: z.array(text(500)).max(10).default([]),
  notes: longText(10_000).default(''),
  country: countryCode.default('FR'),
  language: z.enum(['fr', 'en', 'de'], { error: 'invalid-choice' }).default('fr'),
  role: z.enum(recipientRoles, { error: 'invalid-choice' }).nullable().default(null),
  /** Art. 46 safeguard (e.g. standard contractual clauses) for a recipient outside the EU/EEA. */
  transferSafeguard: text(500).nullable().default(null),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

export const organisationRow = organisationInput.extend({
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  sortName: z.string(),
});
export type Organisation = z.infer<typeof organisationRow>;

/** EU member states plus Iceland, Liechtenstein and Norway. */
export const eeaCountries: ReadonlySet<string> = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(
    ' ',
  ),
);

export const isInEea = (country: string): boolean => eeaCountries.has(country);
