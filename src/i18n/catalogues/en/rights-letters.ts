/** Response letters of the rights desk, per request type and outcome (services/rights/letters.ts). */
export const rightsLetters = {
  'letter.date': '{date}',
  'letter.reference': 'Our reference: {ref}',
  'letter.salutation': 'Dear Sir or Madam,',
  'letter.closing': 'Yours faithfully,',
  'letter.subject.access': 'Your request for access to your personal data, received on {date}',
  'letter.subject.rectification': 'Your request to correct your personal data, received on {date}',
  'letter.subject.erasure': 'Your request to erase your personal data, received on {date}',
  'letter.subject.restriction':
    'Your request to restrict the processing of your personal data, received on {date}',
  'letter.subject.objection':
    'Your objection to the processing of your personal data, received on {date}',
  'letter.subject.portability':
    'Your request for a copy of your data in a portable format, received on {date}',
  'letter.ack':
    'We received your request on {receivedOn}. We will answer it by {dueOn} at the latest.',
  'letter.ack.erasure': 'As our privacy policy promises, your data will be erased within one week.',
  'letter.identity':
    'To protect your data, we must be sure that the request comes from you. Please send us a document that confirms your identity (for example a copy of an identity document, which we will destroy once checked), or call us so that we can confirm it with you (GDPR Art. 12(6)).',
  'letter.extension':
    'We need more time to answer your request, for the following reason: {reason}. As the GDPR allows (Art. 12(3)), we will answer by {dueOn} at the latest.',
  'letter.done.access':
    'Please find enclosed a copy of all the personal data we hold about you, with what the GDPR entitles you to know: why we keep it, who received it and when, how long we keep it and where it came from (Art. 15). Open index.html to read or print it; data.json and the CSV files hold the same data in machine-readable form.',
  'letter.done.portability':
    'Please find enclosed the data you gave us in structured, commonly used, machine-readable formats (Art. 20): data.json (described by schema.json), resume.json in the JSON Resume format, and CSV files that any spreadsheet opens.',
  'letter.done.rectification':
    'We have corrected your data as you asked. The following information was changed: {fields}.',
  'letter.done.erasure':
    'We erased your personal data on {date}. We keep only a note that an erasure took place, made of irreversible fingerprints that contain nothing readable about you, so that an old backup can never bring your data back.',
  'letter.done.restriction':
    'Since {date}, the processing of your data is restricted (Art. 18): we keep it but no longer use it, and we do not send it to anyone. We will tell you before we lift this restriction.',
  'letter.done.objection-marketing':
    'We have recorded your objection: you will no longer receive any marketing communication from us (Art. 21(3)).',
  'letter.done.objection':
    'We have recorded your objection (Art. 21): we stopped processing your data and erased it on {date}.',
  'letter.recipients':
    'Your data had been sent to: {recipients}. We have told each of them of this change (Art. 19).',
  'letter.no-data': 'We have searched our records carefully: we hold no personal data about you.',
  'letter.refused.identity-not-verified':
    'We could not confirm that the request comes from you, so we cannot answer it without putting your data at risk (Art. 12(6)). You are welcome to send it again with a proof of identity.',
  'letter.refused.manifestly-unfounded':
    'We cannot act on your request, as it is manifestly unfounded (Art. 12(5)).',
  'letter.refused.excessive':
    'We cannot act on your request, as it is excessive, in particular because it repeats a request we have already answered (Art. 12(5)).',
  'letter.refused.legal-claims':
    'We must keep your data, because it is needed for the establishment, exercise or defence of legal claims (Art. 17(3)(e)). We keep it only for that purpose and for as long as it requires.',
  'letter.refused.compelling-grounds':
    'We have compelling legitimate grounds to continue processing your data, which override your interests (Art. 21(1)).',
  'letter.refused.other': 'We cannot act on your request.',
  'letter.refused.note': 'In detail: {note}',
  'letter.remedy':
    'If you disagree, you may lodge a complaint with the CNIL (3 Place de Fontenoy, 75007 Paris, www.cnil.fr) and seek a judicial remedy (Art. 12(4)).',
  'letter.lifted':
    'The restriction of the processing of your data will be lifted on {date}: from then on we will use your data again as described in our privacy policy (Art. 18(3)).',
  'letter.questions': 'For any question, write to us at {email}.',
  'letter.field.identity': 'name',
  'letter.field.contact': 'contact details',
  'letter.field.qualifications': 'qualifications',
  'letter.field.languages': 'languages',
  'letter.field.experience': 'professional background',
  'letter.field.profileLinks': 'public profile links',
  'letter.field.psychometrics': 'psychometric test results',
  'letter.field.interviewNotes': 'interview notes',
  'letter.field.source': 'source of your data',
  'letter.field.collectedOn': 'date of collection',
  'letter.field.notice': 'privacy notice record',
  'letter.field.firstName': 'first name',
  'letter.field.lastName': 'last name',
  'letter.field.relationship': 'relationship to the candidate',
  'letter.field.organisation': 'organisation',
  'letter.field.email': 'email address',
  'letter.field.phone': 'telephone number',
  'letter.field.statement': 'your statement',
  'letter.field.permissionToContactOn': 'permission to contact you',
  'letter.field.jobTitle': 'job title',
  'letter.field.emails': 'email addresses',
  'letter.field.phones': 'telephone numbers',
  'letter.field.addresses': 'addresses',
  'letter.field.marketingOptOut': 'marketing preference',
  'letter.field.lastContactOn': 'date of last contact',
} as const satisfies Record<string, string>;
