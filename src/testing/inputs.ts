/** Inputs as a form or an import hands them to services (not rows: services derive the rest). */
export const heleneInput = {
  identity: { firstName: 'Hélène', lastName: 'Müller-Lüdenscheidt', language: 'de' },
  contact: { emails: ['helene.muller@example.fr'], phones: ['06 12 34 56 78'] },
  source: 'social-media',
  collectedOn: '2026-03-01',
};
