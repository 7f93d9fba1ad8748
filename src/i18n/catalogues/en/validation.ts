/** One text per ValidationCode (domain/common.ts). */
export const validation = {
  'validation.required': 'This field is required.',
  'validation.invalid-date': 'Enter a valid date.',
  'validation.invalid-datetime': 'Enter a valid date and time.',
  'validation.invalid-email': 'Enter a valid email address, like name@example.com.',
  'validation.invalid-url': 'Enter a web address starting with http:// or https://.',
  'validation.invalid-phone': 'Enter a phone number: digits, spaces and + only.',
  'validation.invalid-country': 'Enter a two-letter country code, like FR or DE.',
  'validation.invalid-choice': 'Choose one of the options.',
  'validation.too-long': 'This is too long.',
  'validation.date-in-future': 'This date cannot be in the future.',
  'validation.date-order': 'This date must not be before the start date.',
  'validation.script-required': 'For verbal consent, record the script or wording used.',
  'validation.categories-required': 'Choose at least one category of data.',
  'validation.informed-before-test':
    'The candidate must be told of the method before the test (Code du travail L1221-8).',
  'validation.submit-through-disclosure':
    'An application moves to "Submitted to the client" only when its dossier is sent with "Send to a recipient" on the candidate\'s page, which first checks the signed contract and the consent (P3).',
  'validation.invalid': 'This value is not valid.',
} as const satisfies Record<string, string>;
