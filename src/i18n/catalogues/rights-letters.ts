import { area } from '../catalogue';

/** Response letters of the rights desk, per request type and outcome (services/rights-letters.ts). */
export const rightsLetters = area(
  {
    'letter.date': '{date}',
    'letter.reference': 'Our reference: {ref}',
    'letter.salutation': 'Dear Sir or Madam,',
    'letter.closing': 'Yours faithfully,',
    'letter.subject.access': 'Your request for access to your personal data, received on {date}',
    'letter.subject.rectification':
      'Your request to correct your personal data, received on {date}',
    'letter.subject.erasure': 'Your request to erase your personal data, received on {date}',
    'letter.subject.restriction':
      'Your request to restrict the processing of your personal data, received on {date}',
    'letter.subject.objection':
      'Your objection to the processing of your personal data, received on {date}',
    'letter.subject.portability':
      'Your request for a copy of your data in a portable format, received on {date}',
    'letter.ack':
      'We received your request on {receivedOn}. We will answer it by {dueOn} at the latest.',
    'letter.ack.erasure':
      'As our privacy policy promises, your data will be erased within one week.',
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
  },
  {
    'letter.date': 'Le {date}',
    'letter.reference': 'Nos références : {ref}',
    'letter.salutation': 'Madame, Monsieur,',
    'letter.closing':
      'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    'letter.subject.access': 'Votre demande d’accès à vos données personnelles, reçue le {date}',
    'letter.subject.rectification':
      'Votre demande de rectification de vos données personnelles, reçue le {date}',
    'letter.subject.erasure':
      'Votre demande d’effacement de vos données personnelles, reçue le {date}',
    'letter.subject.restriction':
      'Votre demande de limitation du traitement de vos données personnelles, reçue le {date}',
    'letter.subject.objection':
      'Votre opposition au traitement de vos données personnelles, reçue le {date}',
    'letter.subject.portability': 'Votre demande de portabilité de vos données, reçue le {date}',
    'letter.ack':
      'Nous avons bien reçu votre demande le {receivedOn}. Nous y répondrons au plus tard le {dueOn}.',
    'letter.ack.erasure':
      'Comme le prévoit notre politique de confidentialité, vos données seront effacées sous une semaine.',
    'letter.identity':
      'Pour protéger vos données, nous devons nous assurer que la demande émane bien de vous. Merci de nous adresser un justificatif d’identité (par exemple la copie d’une pièce d’identité, que nous détruirons après vérification), ou de nous appeler afin que nous la confirmions avec vous (RGPD art. 12(6)).',
    'letter.extension':
      'Nous avons besoin de plus de temps pour répondre à votre demande, pour la raison suivante : {reason}. Comme le permet le RGPD (art. 12(3)), nous y répondrons au plus tard le {dueOn}.',
    'letter.done.access':
      'Vous trouverez ci-joint une copie de toutes les données personnelles que nous détenons sur vous, avec les informations auxquelles le RGPD vous donne droit : pourquoi nous les conservons, qui les a reçues et quand, combien de temps nous les gardons et d’où elles viennent (art. 15). Ouvrez index.html pour les lire ou les imprimer ; data.json et les fichiers CSV contiennent les mêmes données sous une forme lisible par machine.',
    'letter.done.portability':
      'Vous trouverez ci-joint les données que vous nous avez fournies, dans des formats structurés, couramment utilisés et lisibles par machine (art. 20) : data.json (décrit par schema.json), resume.json au format JSON Resume, et des fichiers CSV lisibles par tout tableur.',
    'letter.done.rectification':
      'Nous avons rectifié vos données comme vous l’avez demandé. Les informations suivantes ont été modifiées : {fields}.',
    'letter.done.erasure':
      'Nous avons effacé vos données personnelles le {date}. Nous ne conservons qu’une trace de cet effacement, composée d’empreintes irréversibles ne contenant rien de lisible sur vous, afin qu’une ancienne sauvegarde ne puisse jamais faire réapparaître vos données.',
    'letter.done.restriction':
      'Depuis le {date}, le traitement de vos données est limité (art. 18) : nous les conservons mais ne les utilisons plus et ne les transmettons à personne. Nous vous informerons avant de lever cette limitation.',
    'letter.done.objection-marketing':
      'Nous avons enregistré votre opposition : vous ne recevrez plus aucune communication commerciale de notre part (art. 21(3)).',
    'letter.done.objection':
      'Nous avons enregistré votre opposition (art. 21) : nous avons cessé de traiter vos données et les avons effacées le {date}.',
    'letter.recipients':
      'Vos données avaient été transmises à : {recipients}. Nous avons informé chacun d’eux de ce changement (art. 19).',
    'letter.no-data':
      'Nous avons vérifié attentivement nos fichiers : nous ne détenons aucune donnée personnelle vous concernant.',
    'letter.refused.identity-not-verified':
      'Nous n’avons pas pu confirmer que la demande émane de vous ; nous ne pouvons donc pas y répondre sans mettre vos données en danger (art. 12(6)). Vous pouvez nous l’adresser de nouveau avec un justificatif d’identité.',
    'letter.refused.manifestly-unfounded':
      'Nous ne pouvons pas donner suite à votre demande, qui est manifestement infondée (art. 12(5)).',
    'letter.refused.excessive':
      'Nous ne pouvons pas donner suite à votre demande, qui est excessive, notamment parce qu’elle répète une demande à laquelle nous avons déjà répondu (art. 12(5)).',
    'letter.refused.legal-claims':
      'Nous devons conserver vos données, car elles sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (art. 17(3)(e)). Nous ne les conservons qu’à cette fin et pour la durée nécessaire.',
    'letter.refused.compelling-grounds':
      'Nous avons des motifs légitimes et impérieux de poursuivre le traitement de vos données, qui prévalent sur vos intérêts (art. 21(1)).',
    'letter.refused.other': 'Nous ne pouvons pas donner suite à votre demande.',
    'letter.refused.note': 'Précisément : {note}',
    'letter.remedy':
      'Si vous n’êtes pas d’accord, vous pouvez introduire une réclamation auprès de la CNIL (3 Place de Fontenoy, 75007 Paris, www.cnil.fr) et former un recours juridictionnel (art. 12(4)).',
    'letter.lifted':
      'La limitation du traitement de vos données sera levée le {date} : nous utiliserons de nouveau vos données comme le décrit notre politique de confidentialité (art. 18(3)).',
    'letter.questions': 'Pour toute question, écrivez-nous à {email}.',
    'letter.field.identity': 'nom',
    'letter.field.contact': 'coordonnées',
    'letter.field.qualifications': 'diplômes et formations',
    'letter.field.languages': 'langues',
    'letter.field.experience': 'parcours professionnel',
    'letter.field.profileLinks': 'liens vers vos profils publics',
    'letter.field.psychometrics': 'résultats de tests psychométriques',
    'letter.field.interviewNotes': 'notes d’entretien',
    'letter.field.source': 'origine de vos données',
    'letter.field.collectedOn': 'date de collecte',
    'letter.field.notice': 'information sur la protection des données',
    'letter.field.firstName': 'prénom',
    'letter.field.lastName': 'nom',
    'letter.field.relationship': 'relation avec le candidat',
    'letter.field.organisation': 'organisation',
    'letter.field.email': 'adresse e-mail',
    'letter.field.phone': 'numéro de téléphone',
    'letter.field.statement': 'vos propos',
    'letter.field.permissionToContactOn': 'autorisation de vous contacter',
    'letter.field.jobTitle': 'fonction',
    'letter.field.emails': 'adresses e-mail',
    'letter.field.phones': 'numéros de téléphone',
    'letter.field.addresses': 'adresses',
    'letter.field.marketingOptOut': 'préférence de prospection',
    'letter.field.lastContactOn': 'date du dernier contact',
  },
  {
    'letter.date': '{date}',
    'letter.reference': 'Unser Zeichen: {ref}',
    'letter.salutation': 'Sehr geehrte Damen und Herren,',
    'letter.closing': 'Mit freundlichen Grüßen',
    'letter.subject.access': 'Ihr Antrag auf Auskunft über Ihre personenbezogenen Daten vom {date}',
    'letter.subject.rectification':
      'Ihr Antrag auf Berichtigung Ihrer personenbezogenen Daten vom {date}',
    'letter.subject.erasure': 'Ihr Antrag auf Löschung Ihrer personenbezogenen Daten vom {date}',
    'letter.subject.restriction':
      'Ihr Antrag auf Einschränkung der Verarbeitung Ihrer personenbezogenen Daten vom {date}',
    'letter.subject.objection':
      'Ihr Widerspruch gegen die Verarbeitung Ihrer personenbezogenen Daten vom {date}',
    'letter.subject.portability': 'Ihr Antrag auf Datenübertragbarkeit vom {date}',
    'letter.ack':
      'Wir haben Ihren Antrag am {receivedOn} erhalten und werden ihn spätestens bis zum {dueOn} beantworten.',
    'letter.ack.erasure':
      'Wie in unserer Datenschutzerklärung zugesagt, werden Ihre Daten binnen einer Woche gelöscht.',
    'letter.identity':
      'Zum Schutz Ihrer Daten müssen wir sicher sein, dass der Antrag von Ihnen stammt. Bitte senden Sie uns einen Nachweis Ihrer Identität (z. B. die Kopie eines Ausweisdokuments, die wir nach der Prüfung vernichten), oder rufen Sie uns an, damit wir sie mit Ihnen bestätigen können (DSGVO Art. 12 Abs. 6).',
    'letter.extension':
      'Wir benötigen mehr Zeit, um Ihren Antrag zu beantworten, aus folgendem Grund: {reason}. Wie die DSGVO es erlaubt (Art. 12 Abs. 3), antworten wir spätestens bis zum {dueOn}.',
    'letter.done.access':
      'Anbei erhalten Sie eine Kopie aller personenbezogenen Daten, die wir über Sie speichern, mit den Informationen, auf die Sie nach der DSGVO Anspruch haben: wozu wir sie speichern, wer sie wann erhalten hat, wie lange wir sie aufbewahren und woher sie stammen (Art. 15). Öffnen Sie index.html, um sie zu lesen oder zu drucken; data.json und die CSV-Dateien enthalten dieselben Daten in maschinenlesbarer Form.',
    'letter.done.portability':
      'Anbei erhalten Sie die von Ihnen bereitgestellten Daten in strukturierten, gängigen und maschinenlesbaren Formaten (Art. 20): data.json (beschrieben durch schema.json), resume.json im JSON-Resume-Format und CSV-Dateien, die jede Tabellenkalkulation öffnet.',
    'letter.done.rectification':
      'Wir haben Ihre Daten wie gewünscht berichtigt. Folgende Angaben wurden geändert: {fields}.',
    'letter.done.erasure':
      'Wir haben Ihre personenbezogenen Daten am {date} gelöscht. Wir bewahren nur einen Vermerk über die Löschung auf, bestehend aus unumkehrbaren Fingerabdrücken ohne lesbare Angaben über Sie, damit eine alte Sicherung Ihre Daten nie zurückbringen kann.',
    'letter.done.restriction':
      'Seit dem {date} ist die Verarbeitung Ihrer Daten eingeschränkt (Art. 18): Wir bewahren sie auf, nutzen sie aber nicht mehr und geben sie an niemanden weiter. Wir informieren Sie, bevor wir die Einschränkung aufheben.',
    'letter.done.objection-marketing':
      'Wir haben Ihren Widerspruch erfasst: Sie erhalten von uns keine Werbung mehr (Art. 21 Abs. 3).',
    'letter.done.objection':
      'Wir haben Ihren Widerspruch erfasst (Art. 21): Wir haben die Verarbeitung Ihrer Daten eingestellt und sie am {date} gelöscht.',
    'letter.recipients':
      'Ihre Daten waren übermittelt worden an: {recipients}. Wir haben jeden von ihnen über diese Änderung informiert (Art. 19).',
    'letter.no-data':
      'Wir haben unseren Bestand sorgfältig geprüft: Wir speichern keine personenbezogenen Daten über Sie.',
    'letter.refused.identity-not-verified':
      'Wir konnten nicht bestätigen, dass der Antrag von Ihnen stammt, und können ihn daher nicht beantworten, ohne Ihre Daten zu gefährden (Art. 12 Abs. 6). Sie können ihn gern mit einem Identitätsnachweis erneut stellen.',
    'letter.refused.manifestly-unfounded':
      'Wir können Ihrem Antrag nicht nachkommen, da er offenkundig unbegründet ist (Art. 12 Abs. 5).',
    'letter.refused.excessive':
      'Wir können Ihrem Antrag nicht nachkommen, da er exzessiv ist, insbesondere weil er einen bereits beantworteten Antrag wiederholt (Art. 12 Abs. 5).',
    'letter.refused.legal-claims':
      'Wir müssen Ihre Daten aufbewahren, da sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich sind (Art. 17 Abs. 3 lit. e). Wir bewahren sie nur zu diesem Zweck und nur so lange wie nötig auf.',
    'letter.refused.compelling-grounds':
      'Wir haben zwingende schutzwürdige Gründe für die weitere Verarbeitung Ihrer Daten, die Ihre Interessen überwiegen (Art. 21 Abs. 1).',
    'letter.refused.other': 'Wir können Ihrem Antrag nicht nachkommen.',
    'letter.refused.note': 'Im Einzelnen: {note}',
    'letter.remedy':
      'Wenn Sie nicht einverstanden sind, können Sie sich bei der CNIL beschweren (3 Place de Fontenoy, 75007 Paris, www.cnil.fr) und einen gerichtlichen Rechtsbehelf einlegen (Art. 12 Abs. 4).',
    'letter.lifted':
      'Die Einschränkung der Verarbeitung Ihrer Daten wird am {date} aufgehoben: Danach nutzen wir Ihre Daten wieder wie in unserer Datenschutzerklärung beschrieben (Art. 18 Abs. 3).',
    'letter.questions': 'Bei Fragen schreiben Sie uns an {email}.',
    'letter.field.identity': 'Name',
    'letter.field.contact': 'Kontaktdaten',
    'letter.field.qualifications': 'Qualifikationen',
    'letter.field.languages': 'Sprachen',
    'letter.field.experience': 'beruflicher Werdegang',
    'letter.field.profileLinks': 'Links zu öffentlichen Profilen',
    'letter.field.psychometrics': 'Ergebnisse psychometrischer Tests',
    'letter.field.interviewNotes': 'Gesprächsnotizen',
    'letter.field.source': 'Herkunft Ihrer Daten',
    'letter.field.collectedOn': 'Erhebungsdatum',
    'letter.field.notice': 'Datenschutzinformation',
    'letter.field.firstName': 'Vorname',
    'letter.field.lastName': 'Nachname',
    'letter.field.relationship': 'Beziehung zum Kandidaten',
    'letter.field.organisation': 'Organisation',
    'letter.field.email': 'E-Mail-Adresse',
    'letter.field.phone': 'Telefonnummer',
    'letter.field.statement': 'Ihre Aussage',
    'letter.field.permissionToContactOn': 'Kontakterlaubnis',
    'letter.field.jobTitle': 'Funktion',
    'letter.field.emails': 'E-Mail-Adressen',
    'letter.field.phones': 'Telefonnummern',
    'letter.field.addresses': 'Anschriften',
    'letter.field.marketingOptOut': 'Werbepräferenz',
    'letter.field.lastContactOn': 'Datum des letzten Kontakts',
  },
);
