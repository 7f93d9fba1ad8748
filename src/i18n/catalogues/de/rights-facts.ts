import type { Catalogue } from '../../catalogue';
import type { rightsFacts as reference } from '../en/rights-facts';

/** German: exactly the English keys (../en/rights-facts.ts), same {placeholders}. */
export const rightsFacts: Catalogue<keyof typeof reference> = {
  'facts.purpose.find-position':
    'Ihnen helfen, die Position zu finden, die am besten zu Ihrem Profil passt',
  'facts.purpose.job-offers':
    'Ihnen Stellenangebote unterbreiten und Sie über Ihre Bewerbungen auf dem Laufenden halten',
  'facts.purpose.present-to-clients':
    'Ihr Profil potenziellen Arbeitgebern vorstellen, nur mit Ihrer schriftlichen oder mündlichen Einwilligung und für ein Mandat mit unterzeichnetem Vertrag',
  'facts.purpose.job-seeking-advice': 'Sie bei der Stellensuche beraten',
  'facts.purpose.client-obligations': 'Unsere Pflichten gegenüber unseren Kunden erfüllen',
  'facts.purpose.career-development':
    'Ihnen Chancen und Rat für Ihre berufliche Entwicklung bieten',
  'facts.purpose.client-insights':
    'Unseren Kunden mit unseren Werkzeugen und Methoden Einschätzungen zu Ihrer Person geben',
  'facts.purpose.reference-check':
    'Die Referenzen des Kandidaten prüfen, der Sie als Referenzgeber genannt hat',
  'facts.purpose.service-delivery': 'Die Leistungen erbringen, mit denen Sie uns beauftragt haben',
  'facts.purpose.work-reports': 'Ihnen Berichte über unsere Arbeit in Ihrem Auftrag senden',
  'facts.purpose.marketing-news': 'Sie über passende Produkte und Dienstleistungen informieren',
  'facts.purpose.work-trends': 'Ihnen Informationen über Trends in der Arbeitswelt senden',
  'facts.purpose.feedback': 'Ihre Rückmeldung zu unseren Leistungen einholen',
  'facts.category.identity': 'Name',
  'facts.category.contact': 'Kontaktdaten (E-Mail, Telefon, Anschrift)',
  'facts.category.qualifications': 'Qualifikationen und Sprachen',
  'facts.category.references': 'Berufliche Referenzen',
  'facts.category.experience': 'Beruflicher Werdegang',
  'facts.category.profile-links': 'Links zu öffentlichen Berufsprofilen (LinkedIn, Xing …)',
  'facts.category.psychometrics': 'Ergebnisse psychometrischer Tests',
  'facts.category.interviews': 'Informationen aus unseren Gesprächen',
  'facts.category.business-contact': 'Geschäftliche Kontaktdaten',
  'facts.category.job-title': 'Funktion',
  'facts.category.organisation': 'Die Organisation, für die Sie arbeiten',
  'facts.recipients.clients-with-consent':
    'Kundenunternehmen für ein bestimmtes Mandat mit unterzeichnetem Vertrag, nur nach Ihrer Einwilligung',
  'facts.recipients.partner-firms':
    'Partner-Personalberatungen, nur im Rahmen eines bestimmten gemeinsamen Mandats',
  'facts.recipients.firm-partners': 'Die Partner der Kanzlei',
  'facts.recipients.admin-staff':
    'Unsere Verwaltung und Organisation, einschließlich externer Telefonsekretariate',
  'facts.recipients.application-provider':
    'Ein Dienstleister für Bewerbermanagement mit Sitz in Frankreich',
  'facts.recipients.candidates-invited':
    'Kandidaten, die Sie zu einem Gespräch einladen oder denen Sie ein Angebot machen',
  'facts.recipients.service-providers':
    'Dienstleister für Recherche, Bewertung, Versand, Buchhaltung und Bankgeschäfte',
  'facts.rule.general-application':
    '{months} Monate nach einer Initiativbewerbung, die keiner bestimmten Stelle gilt',
  'facts.rule.position-application':
    '{months} Monate nach einer Bewerbung auf eine bestimmte Stelle',
  'facts.rule.submitted': '{months} Monate, nachdem Ihre Bewerbung einem Kunden vorgestellt wurde',
  'facts.rule.hired': '{months} Monate nach Ihrer Einstellung',
  'facts.rule.renewed-consent':
    '{months} Monate, nachdem Sie Ihre Einwilligung erneuert und Ihre Daten mit uns aktualisiert haben',
  'facts.rule.rejected': '{months} Monate nach einer Absage',
  'facts.rule.client-archive':
    'Wenn Sie vorgestellt oder eingestellt wurden, bleibt danach ein Minimaldatensatz (Name, Mandat, Kunde, Daten) {months} Monate in unserem Kundenarchiv',
  'facts.rule.contact': '{months} Monate nach unserem letzten Kontakt',
  'facts.rule.with-candidate':
    'So lange, wie wir die Akte des Kandidaten aufbewahren, für den Sie eine Referenz gegeben haben',
  'facts.source.email': 'Von Ihnen per E-Mail übermittelt',
  'facts.source.website': 'Von Ihnen über unsere Website übermittelt',
  'facts.source.job-ad-reply': 'Ihre Antwort auf eine Stellenanzeige',
  'facts.source.unsolicited': 'Ihre Initiativbewerbung',
  'facts.source.phone-letter': 'Von Ihnen telefonisch oder per Brief mitgeteilt',
  'facts.source.social-media': 'Ihr öffentliches Profil in einem Berufsnetzwerk (LinkedIn, Xing …)',
  'facts.source.direct-approach': 'Unsere Direktansprache',
  'facts.source.research-officer': 'Recherchen unserer internen oder externen Researcher',
  'facts.source.referral': 'Die Empfehlung einer Person, die Sie kennt',
  'facts.source.provided-by-candidate': 'Der Kandidat, der Sie als Referenzgeber genannt hat',
  'facts.source.business-relationship': 'Unsere Geschäftsbeziehung mit Ihrer Organisation',
  'facts.right.access':
    'Auskunft über die Daten, die wir über Sie speichern, und eine Kopie davon (Art. 15)',
  'facts.right.rectification':
    'Berichtigung unrichtiger und Vervollständigung unvollständiger Daten (Art. 16)',
  'facts.right.erasure': 'Löschung Ihrer Daten; wir löschen binnen einer Woche (Art. 17)',
  'facts.right.restriction': 'Einschränkung der Verarbeitung Ihrer Daten (Art. 18)',
  'facts.right.objection':
    'Widerspruch gegen die Verarbeitung Ihrer Daten, gegen Werbung jederzeit (Art. 21)',
  'facts.right.portability':
    'Erhalt der von Ihnen bereitgestellten Daten in einem strukturierten, maschinenlesbaren Format (Art. 20)',
  'facts.right.withdraw-consent':
    'Widerruf Ihrer Einwilligung jederzeit, ohne Wirkung für die Vergangenheit (Art. 7 Abs. 3)',
  'facts.rights.how':
    'Um diese Rechte auszuüben, schreiben Sie an {email}. Wir antworten binnen eines Monats und löschen binnen einer Woche.',
  'facts.complaint':
    'Sie können sich bei der französischen Datenschutzaufsichtsbehörde beschweren: CNIL, 3 Place de Fontenoy, 75007 Paris, www.cnil.fr.',
  'facts.automated':
    'Wir treffen keine automatisierten Entscheidungen über Sie und betreiben kein Profiling.',
};
