import { area } from '../catalogue';

/**
 * The Art. 15 / Art. 30 facts, worded after the privacy policy (January 2020): purposes,
 * categories, recipients, retention rules, sources, the rights and the supervisory authority.
 */
export const rightsFacts = area(
  {
    'facts.purpose.find-position': 'Helping you find the position that best fits your profile',
    'facts.purpose.job-offers':
      'Offering you job opportunities and keeping you informed of your applications',
    'facts.purpose.present-to-clients':
      'Presenting your profile to potential employers, only with your written or verbal consent and for a mission under a signed contract',
    'facts.purpose.job-seeking-advice': 'Giving you job-seeking advice',
    'facts.purpose.client-obligations': 'Fulfilling our obligations to our clients',
    'facts.purpose.career-development': 'Offering you career development opportunities and advice',
    'facts.purpose.client-insights':
      'Giving our clients insights about you based on our tools and methods',
    'facts.purpose.reference-check':
      'Checking the references of the candidate who named you as a referee',
    'facts.purpose.service-delivery': 'Delivering the services you engaged us for',
    'facts.purpose.work-reports': 'Sending you reports on the work we do on your behalf',
    'facts.purpose.marketing-news': 'Telling you about relevant products and services',
    'facts.purpose.work-trends': 'Sending you information about trends in the world of work',
    'facts.purpose.feedback': 'Gathering your feedback on our services',
    'facts.category.identity': 'Name',
    'facts.category.contact': 'Contact details (email, telephone, address)',
    'facts.category.qualifications': 'Qualifications and languages',
    'facts.category.references': 'Professional references',
    'facts.category.experience': 'Professional background',
    'facts.category.profile-links': 'Links to public professional profiles (LinkedIn, Xing…)',
    'facts.category.psychometrics': 'Results of psychometric tests',
    'facts.category.interviews': 'Information from our interviews',
    'facts.category.business-contact': 'Business contact details',
    'facts.category.job-title': 'Job title',
    'facts.category.organisation': 'The organisation you work for',
    'facts.recipients.clients-with-consent':
      'Client employers for a specific mission under a signed contract, only after your consent',
    'facts.recipients.partner-firms':
      'Partner recruitment firms, only within a specific joint mission',
    'facts.recipients.firm-partners': 'The partners of the firm',
    'facts.recipients.admin-staff':
      'Our administration and operations staff, including external telesecretaries',
    'facts.recipients.application-provider':
      'An application-management service provider located in France',
    'facts.recipients.candidates-invited':
      'Candidates you invite to an interview or make an offer to',
    'facts.recipients.service-providers':
      'Providers of research, evaluation, mailing, accounting and banking services',
    'facts.rule.general-application':
      '{months} months after a general application not aimed at a specific position',
    'facts.rule.position-application':
      '{months} months after an application for a specific position',
    'facts.rule.submitted': '{months} months after your application was submitted to a client',
    'facts.rule.hired': '{months} months after you were hired',
    'facts.rule.renewed-consent':
      '{months} months after you renewed your consent and reviewed your data with us',
    'facts.rule.rejected': '{months} months after an application was rejected',
    'facts.rule.client-archive':
      'If you were submitted or hired, a minimal record (name, mission, client, dates) then stays in our client archive for {months} months',
    'facts.rule.contact': '{months} months after our last contact',
    'facts.rule.with-candidate':
      'As long as we keep the record of the candidate you gave a reference for',
    'facts.source.email': 'Sent by you by email',
    'facts.source.website': 'Sent by you through our website',
    'facts.source.job-ad-reply': 'Your reply to a job advertisement',
    'facts.source.unsolicited': 'Your unsolicited application',
    'facts.source.phone-letter': 'Given by you by telephone or letter',
    'facts.source.social-media': 'Your public profile on a professional network (LinkedIn, Xing…)',
    'facts.source.direct-approach': 'Our direct approach to you',
    'facts.source.research-officer': 'Research by our internal or external research officers',
    'facts.source.referral': 'A recommendation by someone who knows you',
    'facts.source.provided-by-candidate': 'The candidate who named you as a referee',
    'facts.source.business-relationship': 'Our business relationship with your organisation',
    'facts.right.access': 'Access the data we hold about you and receive a copy (Art. 15)',
    'facts.right.rectification':
      'Have inaccurate data corrected and incomplete data completed (Art. 16)',
    'facts.right.erasure': 'Have your data erased; we do so within one week (Art. 17)',
    'facts.right.restriction': 'Have the processing of your data restricted (Art. 18)',
    'facts.right.objection':
      'Object to the processing of your data, and at any time to marketing (Art. 21)',
    'facts.right.portability':
      'Receive the data you gave us in a structured, machine-readable format (Art. 20)',
    'facts.right.withdraw-consent':
      'Withdraw your consent at any time, without affecting what was done before (Art. 7(3))',
    'facts.rights.how':
      'To exercise these rights, write to {email}. We answer within one month, and erase within one week.',
    'facts.complaint':
      'You may lodge a complaint with the French data protection authority: CNIL, 3 Place de Fontenoy, 75007 Paris, www.cnil.fr.',
    'facts.automated': 'We make no automated decision about you and do no profiling.',
  },
  {
    'facts.purpose.find-position':
      'Vous aider à trouver le poste qui correspond le mieux à votre profil',
    'facts.purpose.job-offers':
      'Vous proposer des opportunités d’emploi et vous tenir informé(e) de vos candidatures',
    'facts.purpose.present-to-clients':
      'Présenter votre profil à des employeurs potentiels, uniquement avec votre consentement écrit ou oral et pour une mission faisant l’objet d’un contrat signé',
    'facts.purpose.job-seeking-advice': 'Vous conseiller dans votre recherche d’emploi',
    'facts.purpose.client-obligations': 'Remplir nos obligations envers nos clients',
    'facts.purpose.career-development':
      'Vous proposer des opportunités et des conseils pour votre évolution professionnelle',
    'facts.purpose.client-insights':
      'Fournir à nos clients un éclairage sur votre profil à partir de nos outils et méthodes',
    'facts.purpose.reference-check':
      'Vérifier les références du candidat qui vous a cité(e) comme référent',
    'facts.purpose.service-delivery': 'Exécuter les prestations que vous nous avez confiées',
    'facts.purpose.work-reports': 'Vous adresser des comptes rendus du travail réalisé pour vous',
    'facts.purpose.marketing-news': 'Vous informer de produits et services pertinents',
    'facts.purpose.work-trends':
      'Vous adresser des informations sur les tendances du monde du travail',
    'facts.purpose.feedback': 'Recueillir votre avis sur nos services',
    'facts.category.identity': 'Nom',
    'facts.category.contact': 'Coordonnées (e-mail, téléphone, adresse)',
    'facts.category.qualifications': 'Diplômes et langues',
    'facts.category.references': 'Références professionnelles',
    'facts.category.experience': 'Parcours professionnel',
    'facts.category.profile-links':
      'Liens vers des profils professionnels publics (LinkedIn, Xing…)',
    'facts.category.psychometrics': 'Résultats de tests psychométriques',
    'facts.category.interviews': 'Informations issues de nos entretiens',
    'facts.category.business-contact': 'Coordonnées professionnelles',
    'facts.category.job-title': 'Fonction',
    'facts.category.organisation': 'L’organisation pour laquelle vous travaillez',
    'facts.recipients.clients-with-consent':
      'Des entreprises clientes, pour une mission précise sous contrat signé, uniquement après votre consentement',
    'facts.recipients.partner-firms':
      'Des cabinets de recrutement partenaires, uniquement dans le cadre d’une mission conjointe précise',
    'facts.recipients.firm-partners': 'Les associés du cabinet',
    'facts.recipients.admin-staff':
      'Notre service administratif et opérationnel, y compris des télésecrétaires externes',
    'facts.recipients.application-provider':
      'Un prestataire de gestion des candidatures situé en France',
    'facts.recipients.candidates-invited':
      'Les candidats que vous invitez à un entretien ou à qui vous faites une offre',
    'facts.recipients.service-providers':
      'Des prestataires de recherche, d’évaluation, de routage, de comptabilité et de services bancaires',
    'facts.rule.general-application':
      '{months} mois après une candidature spontanée ne visant pas un poste précis',
    'facts.rule.position-application': '{months} mois après une candidature à un poste précis',
    'facts.rule.submitted': '{months} mois après la présentation de votre candidature à un client',
    'facts.rule.hired': '{months} mois après votre embauche',
    'facts.rule.renewed-consent':
      '{months} mois après le renouvellement de votre consentement et la mise à jour de vos données avec nous',
    'facts.rule.rejected': '{months} mois après le rejet d’une candidature',
    'facts.rule.client-archive':
      'Si vous avez été présenté(e) ou embauché(e), une fiche minimale (nom, mission, client, dates) est ensuite conservée {months} mois dans nos archives clients',
    'facts.rule.contact': '{months} mois après notre dernier contact',
    'facts.rule.with-candidate':
      'Aussi longtemps que nous conservons le dossier du candidat pour lequel vous avez donné une référence',
    'facts.source.email': 'Envoyées par vous par e-mail',
    'facts.source.website': 'Envoyées par vous via notre site web',
    'facts.source.job-ad-reply': 'Votre réponse à une annonce',
    'facts.source.unsolicited': 'Votre candidature spontanée',
    'facts.source.phone-letter': 'Communiquées par vous par téléphone ou courrier',
    'facts.source.social-media':
      'Votre profil public sur un réseau professionnel (LinkedIn, Xing…)',
    'facts.source.direct-approach': 'Notre approche directe',
    'facts.source.research-officer':
      'Les recherches de nos chargés de recherche internes ou externes',
    'facts.source.referral': 'La recommandation d’une personne qui vous connaît',
    'facts.source.provided-by-candidate': 'Le candidat qui vous a cité(e) comme référent',
    'facts.source.business-relationship': 'Notre relation d’affaires avec votre organisation',
    'facts.right.access':
      'Accéder aux données que nous détenons sur vous et en recevoir une copie (art. 15)',
    'facts.right.rectification':
      'Faire corriger les données inexactes et compléter les données incomplètes (art. 16)',
    'facts.right.erasure': 'Faire effacer vos données ; nous le faisons sous une semaine (art. 17)',
    'facts.right.restriction': 'Obtenir la limitation du traitement de vos données (art. 18)',
    'facts.right.objection':
      'Vous opposer au traitement de vos données, et à tout moment à la prospection (art. 21)',
    'facts.right.portability':
      'Recevoir les données que vous nous avez fournies dans un format structuré et lisible par machine (art. 20)',
    'facts.right.withdraw-consent':
      'Retirer votre consentement à tout moment, sans effet sur ce qui a été fait auparavant (art. 7(3))',
    'facts.rights.how':
      'Pour exercer ces droits, écrivez à {email}. Nous répondons sous un mois, et effaçons sous une semaine.',
    'facts.complaint':
      'Vous pouvez introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés : CNIL, 3 Place de Fontenoy, 75007 Paris, www.cnil.fr.',
    'facts.automated':
      'Nous ne prenons aucune décision automatisée vous concernant et ne faisons aucun profilage.',
  },
  {
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
    'facts.purpose.service-delivery':
      'Die Leistungen erbringen, mit denen Sie uns beauftragt haben',
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
    'facts.rule.submitted':
      '{months} Monate, nachdem Ihre Bewerbung einem Kunden vorgestellt wurde',
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
    'facts.source.social-media':
      'Ihr öffentliches Profil in einem Berufsnetzwerk (LinkedIn, Xing …)',
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
  },
);
