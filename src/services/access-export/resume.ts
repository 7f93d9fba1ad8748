import type { AccessExportData } from '../../domain/access-export';

/**
 * The CV part of a candidate's data in the JSON Resume format (v1.0.0, jsonresume.org), so the
 * person can carry it to another service (Art. 20). Only what they gave about their career:
 * no interview notes, test results or referees' statements.
 */
export const jsonResumeSchemaUrl =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

const networks = { linkedin: 'LinkedIn', xing: 'XING', other: 'Web' } as const;

export function toJsonResume(c: NonNullable<AccessExportData['candidate']>) {
  const [email] = c.contact.emails;
  const [phone] = c.contact.phones;
  const [address] = c.contact.addresses;
  return {
    $schema: jsonResumeSchemaUrl,
    basics: {
      name: `${c.identity.firstName} ${c.identity.lastName}`,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      ...(address ? { location: { address } } : {}),
      profiles: c.profileLinks.map((l) => ({ network: networks[l.kind], url: l.url })),
    },
    work: c.experience.map((p) => ({
      name: p.organisation,
      position: p.title,
      startDate: p.from,
      ...(p.to ? { endDate: p.to } : {}),
      ...(p.description ? { summary: p.description } : {}),
    })),
    education: c.qualifications.map((q) => ({
      institution: q.institution,
      studyType: q.title,
      ...(q.year !== null ? { endDate: String(q.year) } : {}),
    })),
    languages: c.languages.map((l) => ({ language: l.language, fluency: l.level })),
    meta: { version: 'v1.0.0', lastModified: c.updatedAt },
  };
}
