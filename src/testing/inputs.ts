/** Inputs as a form or an import hands them to services (not rows: services derive the rest). */
export const heleneInput = {
  identity: { firstName: 'Hélène', lastName: 'Müller-Lüdenscheidt', language: 'de' },
  contact: { emails: ['helene.muller@example.fr'], phones: ['06 12 34 56 78'] },
  source: 'social-media',
  collectedOn: '2026-03-01',
};

export const clientInput = {
  kind: 'client',
  name: 'Stahlwerk Saar GmbH',
  addresses: ['Hafenstraße 1, 66111 Saarbrücken'],
  country: 'DE',
  language: 'de',
};

export const missionInputFor = (clientId: string) => ({
  clientId,
  position: 'Directeur financier',
  location: 'Sarrebruck',
  contractRef: 'C-2026-07',
  openedOn: '2026-02-01',
});
