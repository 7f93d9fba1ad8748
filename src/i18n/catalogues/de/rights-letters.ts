import type { Catalogue } from '../../catalogue';
import type { rightsLetters as reference } from '../en/rights-letters';

/** German: exactly the English keys (../en/rights-letters.ts), same {placeholders}. */
export const rightsLetters: Catalogue<keyof typeof reference> = {
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
};
