import type { Catalogue } from '../../catalogue';
import type { rightsLetters as reference } from '../en/rights-letters';

/** French: exactly the English keys (../en/rights-letters.ts), same {placeholders}. */
export const rightsLetters: Catalogue<keyof typeof reference> = {
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
};
