/**
 * Consents, the disclosure guard's reasons, the submit-to-client flow, the candidate dossier
 * (written in the recipient's language), the disclosure register and the Art. 19 to-do list.
 * Each refusal code has `reason.<code>` (what is refused) and `reason.<code>.todo` (what to do).
 */
export const disclosure = {
  'reason.recipient-not-on-mission':
    'This recipient is not on the mission: only its client, or its partner firm for a joint mission, may receive the candidate.',
  'reason.recipient-not-on-mission.todo':
    'Choose the mission’s client, or record the partner firm on the mission if it is a joint mission.',
  'reason.no-signed-contract':
    'The mission has no signed service contract: the policy allows sharing only with a client who signed one.',
  'reason.no-signed-contract.todo':
    'Record the date the contract was signed on the mission, once it is signed.',
  'reason.no-consent':
    'The candidate has not consented to being presented to this recipient for this mission.',
  'reason.no-consent.todo':
    'Ask the candidate, then record the written or verbal consent for this mission and recipient.',
  'reason.consent-withdrawn':
    'The candidate withdrew their consent for this mission and recipient.',
  'reason.consent-withdrawn.todo':
    'Do not send anything. Only a new consent from the candidate would allow it again.',
  'reason.category-not-covered':
    'The consent does not cover all the data you want to send: {categories}.',
  'reason.category-not-covered.todo':
    'Send fewer categories or documents, or record a new consent that covers them.',
  'reason.reuse-without-fresh-consent':
    'The candidate was already in the pool before this mission: reuse needs a fresh consent and a review of the data with them.',
  'reason.reuse-without-fresh-consent.todo':
    'Go over the data with the candidate, then record a new consent for this mission with the date of that review.',
  'reason.notice-not-given':
    'The data did not come from the candidate and they have not yet received the privacy notice (Art. 14).',
  'reason.notice-not-given.todo':
    'Send the privacy notice to the candidate and record when and how it was given.',
  'reason.restricted.todo': 'Nothing may be sent until the restriction is lifted.',
  'reason.objected': 'The candidate objected to the processing of their data.',
  'reason.objected.todo': 'Nothing may be sent. Handle the objection in the rights desk.',
  'reason.blocked':
    'The candidate was rejected and is blocked: under the German rules the data is kept only to answer a possible claim (AGG § 15(4)).',
  'reason.blocked.todo':
    'Nothing may be sent. A new application or a renewed consent with a data review ends the block.',
  'reason.past-retention':
    'The candidate’s retention period has ended: the data must be deleted, not sent.',
  'reason.past-retention.todo':
    'Do not send. Only a new consent with a review of the data would start a new period.',
  'reason.outside-eea-no-safeguard':
    'The recipient is outside the EU/EEA and no transfer safeguard is recorded.',
  'reason.outside-eea-no-safeguard.todo':
    'Record the safeguard (adequacy decision or standard contractual clauses) on the recipient, or do not send.',
  'reason.consent-already-withdrawn': 'This consent has already been withdrawn.',
  'reason.application-closed':
    'This application is closed (hired, rejected or withdrawn): nothing is submitted from it.',
  'reason.changed-meanwhile':
    'The candidate’s record changed while the dossier was being prepared. Try again.',
  'reason.task-already-done': 'This recipient has already been marked as notified.',

  'disclosure.category.identity': 'Name',
  'disclosure.category.contact': 'Contact details',
  'disclosure.category.qualifications': 'Qualifications',
  'disclosure.category.references': 'References',
  'disclosure.category.experience': 'Professional background',
  'disclosure.category.profile-links': 'Public profile links',
  'disclosure.category.psychometrics': 'Psychometric test results',
  'disclosure.category.interviews': 'Interview information',

  'consent.title': 'Consents',
  'consent.new': 'Record a consent',
  'consent.change': 'Record a change',
  'consent.mission': 'Mission',
  'consent.recipient': 'Recipient',
  'consent.form': 'Form',
  'consent.form.written': 'Written',
  'consent.form.verbal': 'Verbal',
  'consent.givenOn': 'Given on',
  'consent.script': 'Script or wording used',
  'consent.script.help': 'For a verbal consent, note the words you used to ask.',
  'consent.evidenceNote': 'Evidence',
  'consent.evidenceFile': 'Evidence file (e.g. the candidate’s email)',
  'consent.categories': 'Data the candidate agreed to share',
  'consent.dataReviewedOn': 'Data reviewed with the candidate on',
  'consent.dataReviewedOn.help':
    'Required to reuse a candidate who was in the pool before this mission (policy: reuse after updating the data with the person).',
  'consent.recordedBy': 'Recorded by {name} on {date}',
  'consent.supersedes': 'Replaces the consent of {date}',
  'consent.state': 'Status',
  'consent.state.active': 'Active',
  'consent.state.superseded': 'Replaced',
  'consent.state.withdrawn': 'Withdrawn on {date}',
  'consent.state.future': 'Dated in the future',
  'consent.withdraw': 'Withdraw consent',
  'consent.withdrawAll': 'Withdraw all consents',
  'consent.withdrawnOn': 'Withdrawn on',
  'consent.withdrawalNote': 'How the candidate told us',
  'consent.withdrawalDetail': 'Details (optional)',
  'consent.withdraw.save': 'Record the withdrawal',
  'consent.state.withdrawnHow': 'Withdrawn on {date} ({channel})',
  'consent.withdraw.confirm':
    'The candidate withdraws this consent. Nothing more will be sent under it.',
  'consent.save': 'Record',
  'consent.none': 'No consent recorded.',

  'disclosure.submit.title': 'Send to a recipient',
  'disclosure.recipient': 'Recipient',
  'disclosure.categories': 'Data to send',
  'disclosure.attachments': 'Documents to send',
  'disclosure.implied': 'These documents also disclose: {categories}.',
  'disclosure.submit': 'Check and create the dossier',
  'disclosure.refused': 'This cannot be sent:',
  'disclosure.done': 'Dossier created and disclosure recorded.',
  'disclosure.download': 'Download the dossier',

  'dossier.title': 'Candidate profile',
  'dossier.confidential':
    'Confidential. Sent to {recipient} for the mission “{position}”, with the candidate’s consent, on {date}. Use it only for this mission and do not pass it on.',
  'dossier.confidentialInternal':
    'Confidential. Shared with {recipient} on {date} for the firm’s own work. Do not pass it on.',
  'dossier.contains': 'This document contains only: {categories}.',
  'dossier.name': 'Name',
  'dossier.emails': 'Email',
  'dossier.phones': 'Telephone',
  'dossier.addresses': 'Address',
  'dossier.languages': 'Languages',
  'dossier.present': 'present',
  'dossier.takenOn': 'Taken on {date}',
  'dossier.administeredBy': 'Administered by {name}',
  'dossier.interviewOn': 'Interview of {date}, {author}',
  'dossier.files': 'Attached documents',
  'dossier.none': 'Nothing recorded.',

  'register.title': 'Disclosure register',
  'register.date': 'Date',
  'register.candidate': 'Candidate',
  'register.recipient': 'Recipient',
  'register.mission': 'Mission',
  'register.consent': 'Consent',
  'register.categories': 'Categories',
  'register.files': 'Files (SHA-256)',
  'register.by': 'By',
  'register.from': 'From',
  'register.to': 'To',
  'register.export': 'Export as CSV',
  'register.erased': 'Erased candidate ({pseudonym})',
  'register.none': 'No disclosure.',
  'register.internal': 'Internal',

  'art19.title': 'Recipients to notify (Art. 19)',
  'art19.task': 'Tell {recipient} about the {change} of the data sent on {date}: {candidate}.',
  'art19.change.rectification': 'rectification',
  'art19.change.erasure': 'erasure',
  'art19.change.restriction': 'restriction',
  'art19.fields': 'What changed: {fields}',
  'art19.erasedCandidate': 'erased candidate, sent for “{position}”',
  'art19.markNotified': 'Mark as notified',
  'art19.notifiedOn': 'Notified on',
  'art19.notifiedHow': 'How (email, letter, phone…)',
  'art19.none': 'No recipient to notify.',
  'nav.disclosures': 'Consents and disclosures',
  'disclosure.application': 'Application',
  'disclosure.generalApplication': 'General application (no mission)',
  'disclosure.noApplication': 'The candidate has no open application to send from.',
  'disclosure.noAttachments': 'No documents for this candidate.',
  'disclosure.choose': 'Choose…',
  'disclosure.recipient.client': '{name} (client)',
  'disclosure.recipient.partner': '{name} (partner firm)',
  'disclosure.recipient.internal': '{name} (internal)',
  'disclosure.recipient.other': '{name} (other recipient)',
  'disclosure.sent': 'Sent so far',
  'disclosure.error.not-found': 'This record no longer exists.',
  'consent.saved': 'Consent recorded.',
  'consent.withdrawn': 'Consent withdrawn.',
  'consent.missionOf': '{position}',
  'consent.noMission': 'Record an application for a mission first: a consent is for a mission.',
  'consent.categoriesFor': 'Covers: {categories}',
  'register.intro':
    'Every disclosure of a candidate’s data: to whom, when, under which consent. Erased candidates appear by their pseudonym.',
  'register.filter': 'Filter',
  'register.allRecipients': 'All recipients',
  'register.count.one': '{count} disclosure',
  'register.count.other': '{count} disclosures',
  'art19.done': 'Marked as notified.',
} as const satisfies Record<string, string>;
