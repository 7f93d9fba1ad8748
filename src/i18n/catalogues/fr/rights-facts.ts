import type { Catalogue } from '../../catalogue';
import type { rightsFacts as reference } from '../en/rights-facts';

/** French: exactly the English keys (../en/rights-facts.ts), same {placeholders}. */
export const rightsFacts: Catalogue<keyof typeof reference> = {
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
  'facts.category.profile-links': 'Liens vers des profils professionnels publics (LinkedIn, Xing…)',
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
  'facts.source.social-media': 'Votre profil public sur un réseau professionnel (LinkedIn, Xing…)',
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
};
