import { area } from '../catalogue';

/**
 * Consents, the disclosure guard's reasons, the submit-to-client flow, the candidate dossier
 * (written in the recipient's language), the disclosure register and the Art. 19 to-do list.
 * Each refusal code has `reason.<code>` (what is refused) and `reason.<code>.todo` (what to do).
 */
export const disclosure = area(
  {
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
    'reason.restricted': 'The candidate asked for the processing of their data to be restricted.',
    'reason.restricted.todo': 'Nothing may be sent until the restriction is lifted.',
    'reason.objected': 'The candidate objected to the processing of their data.',
    'reason.objected.todo': 'Nothing may be sent. Handle the objection in the rights desk.',
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
    'register.count': '{count} disclosures',
    'art19.done': 'Marked as notified.',
  },
  {
    'reason.recipient-not-on-mission':
      'Ce destinataire ne fait pas partie de la mission : seul son client, ou le cabinet partenaire d’une mission conjointe, peut recevoir le candidat.',
    'reason.recipient-not-on-mission.todo':
      'Choisissez le client de la mission, ou enregistrez le cabinet partenaire sur la mission s’il s’agit d’une mission conjointe.',
    'reason.no-signed-contract':
      'La mission n’a pas de contrat de prestation signé : la politique ne permet la transmission qu’à un client qui en a signé un.',
    'reason.no-signed-contract.todo':
      'Une fois le contrat signé, enregistrez sa date de signature sur la mission.',
    'reason.no-consent':
      'Le candidat n’a pas consenti à être présenté à ce destinataire pour cette mission.',
    'reason.no-consent.todo':
      'Demandez-lui, puis enregistrez son consentement écrit ou oral pour cette mission et ce destinataire.',
    'reason.consent-withdrawn':
      'Le candidat a retiré son consentement pour cette mission et ce destinataire.',
    'reason.consent-withdrawn.todo':
      'N’envoyez rien. Seul un nouveau consentement du candidat le permettrait à nouveau.',
    'reason.category-not-covered':
      'Le consentement ne couvre pas toutes les données que vous voulez envoyer : {categories}.',
    'reason.category-not-covered.todo':
      'Envoyez moins de catégories ou de documents, ou enregistrez un nouveau consentement qui les couvre.',
    'reason.reuse-without-fresh-consent':
      'Le candidat figurait déjà dans le vivier avant cette mission : sa réutilisation exige un nouveau consentement et une mise à jour de ses données avec lui.',
    'reason.reuse-without-fresh-consent.todo':
      'Revoyez ses données avec le candidat, puis enregistrez un nouveau consentement pour cette mission avec la date de cette mise à jour.',
    'reason.notice-not-given':
      'Les données ne viennent pas du candidat et il n’a pas encore reçu l’information sur la protection des données (art. 14).',
    'reason.notice-not-given.todo':
      'Envoyez-lui la notice d’information et enregistrez quand et comment elle a été remise.',
    'reason.restricted': 'Le candidat a demandé la limitation du traitement de ses données.',
    'reason.restricted.todo': 'Rien ne peut être envoyé tant que la limitation n’est pas levée.',
    'reason.objected': 'Le candidat s’est opposé au traitement de ses données.',
    'reason.objected.todo':
      'Rien ne peut être envoyé. Traitez l’opposition dans le guichet des droits.',
    'reason.past-retention':
      'La durée de conservation du candidat est écoulée : ses données doivent être supprimées, pas transmises.',
    'reason.past-retention.todo':
      'N’envoyez rien. Seul un nouveau consentement avec mise à jour des données ouvrirait une nouvelle période.',
    'reason.outside-eea-no-safeguard':
      'Le destinataire est hors de l’UE/EEE et aucune garantie de transfert n’est enregistrée.',
    'reason.outside-eea-no-safeguard.todo':
      'Enregistrez la garantie (décision d’adéquation ou clauses contractuelles types) sur le destinataire, ou n’envoyez rien.',
    'reason.consent-already-withdrawn': 'Ce consentement a déjà été retiré.',
    'reason.application-closed':
      'Cette candidature est close (embauché, refusé ou désisté) : rien n’est transmis à partir d’elle.',
    'reason.changed-meanwhile':
      'La fiche du candidat a changé pendant la préparation du dossier. Réessayez.',
    'reason.task-already-done': 'Ce destinataire a déjà été marqué comme informé.',

    'disclosure.category.identity': 'Nom',
    'disclosure.category.contact': 'Coordonnées',
    'disclosure.category.qualifications': 'Qualifications',
    'disclosure.category.references': 'Références',
    'disclosure.category.experience': 'Parcours professionnel',
    'disclosure.category.profile-links': 'Liens vers les profils publics',
    'disclosure.category.psychometrics': 'Résultats des tests psychométriques',
    'disclosure.category.interviews': 'Informations d’entretien',

    'consent.title': 'Consentements',
    'consent.new': 'Enregistrer un consentement',
    'consent.change': 'Enregistrer une modification',
    'consent.mission': 'Mission',
    'consent.recipient': 'Destinataire',
    'consent.form': 'Forme',
    'consent.form.written': 'Écrit',
    'consent.form.verbal': 'Oral',
    'consent.givenOn': 'Donné le',
    'consent.script': 'Script ou formulation utilisés',
    'consent.script.help': 'Pour un consentement oral, notez les mots employés pour le demander.',
    'consent.evidenceNote': 'Preuve',
    'consent.evidenceFile': 'Fichier de preuve (par ex. l’e-mail du candidat)',
    'consent.categories': 'Données que le candidat accepte de transmettre',
    'consent.dataReviewedOn': 'Données revues avec le candidat le',
    'consent.dataReviewedOn.help':
      'Obligatoire pour réutiliser un candidat présent dans le vivier avant cette mission (politique : réutilisation après mise à jour des données avec la personne).',
    'consent.recordedBy': 'Enregistré par {name} le {date}',
    'consent.supersedes': 'Remplace le consentement du {date}',
    'consent.state': 'Statut',
    'consent.state.active': 'Actif',
    'consent.state.superseded': 'Remplacé',
    'consent.state.withdrawn': 'Retiré le {date}',
    'consent.state.future': 'Daté dans le futur',
    'consent.withdraw': 'Retirer le consentement',
    'consent.withdrawAll': 'Retirer tous les consentements',
    'consent.withdrawnOn': 'Retiré le',
    'consent.withdrawalNote': 'Comment le candidat nous l’a dit',
    'consent.withdraw.confirm':
      'Le candidat retire ce consentement. Plus rien ne sera transmis sur cette base.',
    'consent.save': 'Enregistrer',
    'consent.none': 'Aucun consentement enregistré.',

    'disclosure.submit.title': 'Transmettre à un destinataire',
    'disclosure.recipient': 'Destinataire',
    'disclosure.categories': 'Données à transmettre',
    'disclosure.attachments': 'Documents à transmettre',
    'disclosure.implied': 'Ces documents transmettent aussi : {categories}.',
    'disclosure.submit': 'Vérifier et créer le dossier',
    'disclosure.refused': 'La transmission est impossible :',
    'disclosure.done': 'Dossier créé et transmission enregistrée.',
    'disclosure.download': 'Télécharger le dossier',

    'dossier.title': 'Profil du candidat',
    'dossier.confidential':
      'Confidentiel. Transmis à {recipient} pour la mission « {position} », avec le consentement du candidat, le {date}. À utiliser uniquement pour cette mission et à ne pas diffuser.',
    'dossier.confidentialInternal':
      'Confidentiel. Transmis à {recipient} le {date} pour les besoins internes du cabinet. À ne pas diffuser.',
    'dossier.contains': 'Ce document contient uniquement : {categories}.',
    'dossier.name': 'Nom',
    'dossier.emails': 'E-mail',
    'dossier.phones': 'Téléphone',
    'dossier.addresses': 'Adresse',
    'dossier.languages': 'Langues',
    'dossier.present': 'aujourd’hui',
    'dossier.takenOn': 'Passé le {date}',
    'dossier.administeredBy': 'Administré par {name}',
    'dossier.interviewOn': 'Entretien du {date}, {author}',
    'dossier.files': 'Documents joints',
    'dossier.none': 'Rien d’enregistré.',

    'register.title': 'Registre des transmissions',
    'register.date': 'Date',
    'register.candidate': 'Candidat',
    'register.recipient': 'Destinataire',
    'register.mission': 'Mission',
    'register.consent': 'Consentement',
    'register.categories': 'Catégories',
    'register.files': 'Fichiers (SHA-256)',
    'register.by': 'Par',
    'register.from': 'Du',
    'register.to': 'Au',
    'register.export': 'Exporter en CSV',
    'register.erased': 'Candidat effacé ({pseudonym})',
    'register.none': 'Aucune transmission.',
    'register.internal': 'Interne',

    'art19.title': 'Destinataires à informer (art. 19)',
    'art19.task':
      'Informer {recipient} de la {change} des données transmises le {date} : {candidate}.',
    'art19.change.rectification': 'rectification',
    'art19.change.erasure': 'suppression',
    'art19.change.restriction': 'limitation',
    'art19.fields': 'Ce qui a changé : {fields}',
    'art19.erasedCandidate': 'candidat effacé, présenté pour « {position} »',
    'art19.markNotified': 'Marquer comme informé',
    'art19.notifiedOn': 'Informé le',
    'art19.notifiedHow': 'Comment (e-mail, courrier, téléphone…)',
    'art19.none': 'Aucun destinataire à informer.',
    'nav.disclosures': 'Consentements et transmissions',
    'disclosure.application': 'Candidature',
    'disclosure.generalApplication': 'Candidature spontanée (sans mission)',
    'disclosure.noApplication':
      'Le candidat n’a aucune candidature ouverte à partir de laquelle transmettre.',
    'disclosure.noAttachments': 'Aucun document pour ce candidat.',
    'disclosure.choose': 'Choisir…',
    'disclosure.recipient.client': '{name} (client)',
    'disclosure.recipient.partner': '{name} (cabinet partenaire)',
    'disclosure.recipient.internal': '{name} (interne)',
    'disclosure.recipient.other': '{name} (autre destinataire)',
    'disclosure.sent': 'Transmissions effectuées',
    'disclosure.error.not-found': 'Cet enregistrement n’existe plus.',
    'consent.saved': 'Consentement enregistré.',
    'consent.withdrawn': 'Consentement retiré.',
    'consent.missionOf': '{position}',
    'consent.noMission':
      'Enregistrez d’abord une candidature à une mission : un consentement porte sur une mission.',
    'consent.categoriesFor': 'Couvre : {categories}',
    'register.intro':
      'Chaque transmission de données d’un candidat : à qui, quand, sur quel consentement. Les candidats effacés apparaissent sous leur pseudonyme.',
    'register.filter': 'Filtrer',
    'register.allRecipients': 'Tous les destinataires',
    'register.count': '{count} transmissions',
    'art19.done': 'Marqué comme informé.',
  },
  {
    'reason.recipient-not-on-mission':
      'Dieser Empfänger gehört nicht zum Mandat: Nur dessen Auftraggeber oder bei einem gemeinsamen Mandat die Partnerfirma darf den Kandidaten erhalten.',
    'reason.recipient-not-on-mission.todo':
      'Wählen Sie den Auftraggeber des Mandats oder tragen Sie die Partnerfirma im Mandat ein, wenn es ein gemeinsames Mandat ist.',
    'reason.no-signed-contract':
      'Für das Mandat liegt kein unterzeichneter Dienstleistungsvertrag vor: Die Datenschutzerklärung erlaubt die Weitergabe nur an Auftraggeber mit unterzeichnetem Vertrag.',
    'reason.no-signed-contract.todo':
      'Tragen Sie nach der Unterzeichnung das Datum des Vertrags im Mandat ein.',
    'reason.no-consent':
      'Der Kandidat hat nicht eingewilligt, diesem Empfänger für dieses Mandat vorgestellt zu werden.',
    'reason.no-consent.todo':
      'Fragen Sie ihn und erfassen Sie dann die schriftliche oder mündliche Einwilligung für dieses Mandat und diesen Empfänger.',
    'reason.consent-withdrawn':
      'Der Kandidat hat seine Einwilligung für dieses Mandat und diesen Empfänger widerrufen.',
    'reason.consent-withdrawn.todo':
      'Senden Sie nichts. Nur eine neue Einwilligung des Kandidaten würde es wieder erlauben.',
    'reason.category-not-covered':
      'Die Einwilligung deckt nicht alle Daten ab, die Sie senden möchten: {categories}.',
    'reason.category-not-covered.todo':
      'Senden Sie weniger Kategorien oder Dokumente, oder erfassen Sie eine neue Einwilligung, die sie abdeckt.',
    'reason.reuse-without-fresh-consent':
      'Der Kandidat war schon vor diesem Mandat im Pool: Eine Wiederverwendung erfordert eine neue Einwilligung und eine Aktualisierung der Daten mit ihm.',
    'reason.reuse-without-fresh-consent.todo':
      'Gehen Sie die Daten mit dem Kandidaten durch und erfassen Sie dann eine neue Einwilligung für dieses Mandat mit dem Datum dieser Durchsicht.',
    'reason.notice-not-given':
      'Die Daten stammen nicht vom Kandidaten, und er hat die Datenschutzinformation noch nicht erhalten (Art. 14).',
    'reason.notice-not-given.todo':
      'Senden Sie ihm die Datenschutzinformation und erfassen Sie, wann und wie sie übermittelt wurde.',
    'reason.restricted':
      'Der Kandidat hat die Einschränkung der Verarbeitung seiner Daten verlangt.',
    'reason.restricted.todo': 'Solange die Einschränkung besteht, darf nichts gesendet werden.',
    'reason.objected': 'Der Kandidat hat der Verarbeitung seiner Daten widersprochen.',
    'reason.objected.todo':
      'Es darf nichts gesendet werden. Bearbeiten Sie den Widerspruch im Bereich Betroffenenrechte.',
    'reason.past-retention':
      'Die Aufbewahrungsfrist des Kandidaten ist abgelaufen: Die Daten sind zu löschen, nicht weiterzugeben.',
    'reason.past-retention.todo':
      'Senden Sie nichts. Nur eine neue Einwilligung mit Aktualisierung der Daten würde eine neue Frist beginnen.',
    'reason.outside-eea-no-safeguard':
      'Der Empfänger sitzt außerhalb der EU/des EWR, und es ist keine Garantie für die Übermittlung erfasst.',
    'reason.outside-eea-no-safeguard.todo':
      'Erfassen Sie die Garantie (Angemessenheitsbeschluss oder Standardvertragsklauseln) beim Empfänger, oder senden Sie nichts.',
    'reason.consent-already-withdrawn': 'Diese Einwilligung wurde bereits widerrufen.',
    'reason.application-closed':
      'Diese Bewerbung ist abgeschlossen (eingestellt, abgelehnt oder zurückgezogen): Aus ihr wird nichts weitergegeben.',
    'reason.changed-meanwhile':
      'Der Datensatz des Kandidaten wurde während der Erstellung des Dossiers geändert. Versuchen Sie es erneut.',
    'reason.task-already-done': 'Dieser Empfänger wurde bereits als benachrichtigt markiert.',

    'disclosure.category.identity': 'Name',
    'disclosure.category.contact': 'Kontaktdaten',
    'disclosure.category.qualifications': 'Qualifikationen',
    'disclosure.category.references': 'Referenzen',
    'disclosure.category.experience': 'Beruflicher Werdegang',
    'disclosure.category.profile-links': 'Links zu öffentlichen Profilen',
    'disclosure.category.psychometrics': 'Ergebnisse psychometrischer Tests',
    'disclosure.category.interviews': 'Informationen aus Gesprächen',

    'consent.title': 'Einwilligungen',
    'consent.new': 'Einwilligung erfassen',
    'consent.change': 'Änderung erfassen',
    'consent.mission': 'Mandat',
    'consent.recipient': 'Empfänger',
    'consent.form': 'Form',
    'consent.form.written': 'Schriftlich',
    'consent.form.verbal': 'Mündlich',
    'consent.givenOn': 'Erteilt am',
    'consent.script': 'Verwendetes Skript oder Wortlaut',
    'consent.script.help':
      'Notieren Sie bei einer mündlichen Einwilligung die Worte, mit denen Sie gefragt haben.',
    'consent.evidenceNote': 'Nachweis',
    'consent.evidenceFile': 'Nachweisdatei (z. B. die E-Mail des Kandidaten)',
    'consent.categories': 'Daten, deren Weitergabe der Kandidat zustimmt',
    'consent.dataReviewedOn': 'Daten mit dem Kandidaten durchgesehen am',
    'consent.dataReviewedOn.help':
      'Erforderlich, um einen Kandidaten wiederzuverwenden, der schon vor diesem Mandat im Pool war (Datenschutzerklärung: Wiederverwendung nach Aktualisierung der Daten mit der Person).',
    'consent.recordedBy': 'Erfasst von {name} am {date}',
    'consent.supersedes': 'Ersetzt die Einwilligung vom {date}',
    'consent.state': 'Status',
    'consent.state.active': 'Gültig',
    'consent.state.superseded': 'Ersetzt',
    'consent.state.withdrawn': 'Widerrufen am {date}',
    'consent.state.future': 'In der Zukunft datiert',
    'consent.withdraw': 'Einwilligung widerrufen',
    'consent.withdrawAll': 'Alle Einwilligungen widerrufen',
    'consent.withdrawnOn': 'Widerrufen am',
    'consent.withdrawalNote': 'Wie der Kandidat es uns mitgeteilt hat',
    'consent.withdraw.confirm':
      'Der Kandidat widerruft diese Einwilligung. Auf ihrer Grundlage wird nichts mehr weitergegeben.',
    'consent.save': 'Erfassen',
    'consent.none': 'Keine Einwilligung erfasst.',

    'disclosure.submit.title': 'An einen Empfänger senden',
    'disclosure.recipient': 'Empfänger',
    'disclosure.categories': 'Zu sendende Daten',
    'disclosure.attachments': 'Zu sendende Dokumente',
    'disclosure.implied': 'Diese Dokumente geben außerdem weiter: {categories}.',
    'disclosure.submit': 'Prüfen und Dossier erstellen',
    'disclosure.refused': 'Das kann nicht gesendet werden:',
    'disclosure.done': 'Dossier erstellt und Weitergabe erfasst.',
    'disclosure.download': 'Dossier herunterladen',

    'dossier.title': 'Kandidatenprofil',
    'dossier.confidential':
      'Vertraulich. An {recipient} für das Mandat „{position}“ mit Einwilligung des Kandidaten übermittelt am {date}. Nur für dieses Mandat verwenden und nicht weitergeben.',
    'dossier.confidentialInternal':
      'Vertraulich. Am {date} an {recipient} für interne Zwecke des Beratungsunternehmens übermittelt. Nicht weitergeben.',
    'dossier.contains': 'Dieses Dokument enthält nur: {categories}.',
    'dossier.name': 'Name',
    'dossier.emails': 'E-Mail',
    'dossier.phones': 'Telefon',
    'dossier.addresses': 'Anschrift',
    'dossier.languages': 'Sprachen',
    'dossier.present': 'heute',
    'dossier.takenOn': 'Durchgeführt am {date}',
    'dossier.administeredBy': 'Durchgeführt von {name}',
    'dossier.interviewOn': 'Gespräch vom {date}, {author}',
    'dossier.files': 'Beigefügte Dokumente',
    'dossier.none': 'Nichts erfasst.',

    'register.title': 'Verzeichnis der Weitergaben',
    'register.date': 'Datum',
    'register.candidate': 'Kandidat',
    'register.recipient': 'Empfänger',
    'register.mission': 'Mandat',
    'register.consent': 'Einwilligung',
    'register.categories': 'Kategorien',
    'register.files': 'Dateien (SHA-256)',
    'register.by': 'Von',
    'register.from': 'Von',
    'register.to': 'Bis',
    'register.export': 'Als CSV exportieren',
    'register.erased': 'Gelöschter Kandidat ({pseudonym})',
    'register.none': 'Keine Weitergabe.',
    'register.internal': 'Intern',

    'art19.title': 'Zu benachrichtigende Empfänger (Art. 19)',
    'art19.task':
      '{recipient} über die {change} der am {date} übermittelten Daten informieren: {candidate}.',
    'art19.change.rectification': 'Berichtigung',
    'art19.change.erasure': 'Löschung',
    'art19.change.restriction': 'Einschränkung',
    'art19.fields': 'Was sich geändert hat: {fields}',
    'art19.erasedCandidate': 'gelöschter Kandidat, vorgestellt für „{position}“',
    'art19.markNotified': 'Als benachrichtigt markieren',
    'art19.notifiedOn': 'Benachrichtigt am',
    'art19.notifiedHow': 'Wie (E-Mail, Brief, Telefon …)',
    'art19.none': 'Kein Empfänger zu benachrichtigen.',
    'nav.disclosures': 'Einwilligungen und Weitergaben',
    'disclosure.application': 'Bewerbung',
    'disclosure.generalApplication': 'Initiativbewerbung (ohne Mandat)',
    'disclosure.noApplication':
      'Der Kandidat hat keine offene Bewerbung, aus der gesendet werden kann.',
    'disclosure.noAttachments': 'Keine Dokumente zu diesem Kandidaten.',
    'disclosure.choose': 'Auswählen …',
    'disclosure.recipient.client': '{name} (Auftraggeber)',
    'disclosure.recipient.partner': '{name} (Partnerfirma)',
    'disclosure.recipient.internal': '{name} (intern)',
    'disclosure.recipient.other': '{name} (sonstiger Empfänger)',
    'disclosure.sent': 'Bisherige Weitergaben',
    'disclosure.error.not-found': 'Diesen Datensatz gibt es nicht mehr.',
    'consent.saved': 'Einwilligung erfasst.',
    'consent.withdrawn': 'Einwilligung widerrufen.',
    'consent.missionOf': '{position}',
    'consent.noMission':
      'Erfassen Sie zuerst eine Bewerbung auf ein Mandat: Eine Einwilligung gilt für ein Mandat.',
    'consent.categoriesFor': 'Umfasst: {categories}',
    'register.intro':
      'Jede Weitergabe von Kandidatendaten: an wen, wann, auf Grundlage welcher Einwilligung. Gelöschte Kandidaten erscheinen unter ihrem Pseudonym.',
    'register.filter': 'Filtern',
    'register.allRecipients': 'Alle Empfänger',
    'register.count': '{count} Weitergaben',
    'art19.done': 'Als benachrichtigt markiert.',
  },
);
