import type { Catalogue } from '../../catalogue';
import type { rightsArt30 as reference } from '../en/rights-art30';

/** French: exactly the English keys (../en/rights-art30.ts), same {placeholders}. */
export const rightsArt30: Catalogue<keyof typeof reference> = {
  'art30.title': 'Registre des activités de traitement',
  'art30.subtitle': 'RGPD art. 30(1)',
  'art30.generatedOn': 'Généré par Vivier le {date} à partir de ses réglages et de ses données.',
  'art30.controller': 'Responsable du traitement',
  'art30.representative': 'Représentant légal : {name}',
  'art30.activity.recruitment': 'Recrutement : candidats et leurs référents',
  'art30.activity.client-relations': 'Relations avec les clients et fournisseurs',
  'art30.purposes': 'Finalités',
  'art30.legalBases': 'Bases légales',
  'art30.subjects': 'Catégories de personnes concernées',
  'art30.dataCategories': 'Catégories de données personnelles',
  'art30.recipientCategories': 'Catégories de destinataires',
  'art30.retention': 'Durées de conservation',
  'art30.specialCategories':
    'Aucune donnée sensible (art. 9) n’est collectée ; les notes d’entretien portent un rappel permanent de n’en enregistrer aucune.',
  'art30.basis.consent':
    'Consentement (art. 6(1)(a)) : avant toute transmission à un client ou à un cabinet partenaire',
  'art30.basis.pre-contract':
    'Mesures précontractuelles à la demande de la personne (art. 6(1)(b)) : traitement de sa candidature',
  'art30.basis.contract': 'Exécution d’un contrat (art. 6(1)(b))',
  'art30.basis.legitimate-interests':
    'Intérêt légitime (art. 6(1)(f)), dans les durées de conservation ci-dessous',
  'art30.subject.candidates': 'Candidats ({count} enregistrés)',
  'art30.subject.referees': 'Référents cités par les candidats ({count} enregistrés)',
  'art30.subject.client-contacts':
    'Contacts chez les clients et fournisseurs ({count} enregistrés)',
  'art30.recipients': 'Sous-traitants, destinataires internes et cabinets partenaires',
  'art30.recipients.none': 'Aucun enregistré.',
  'art30.kind.partner': 'Cabinet partenaire',
  'art30.kind.recipient': 'Sous-traitant ou destinataire interne',
  'art30.kind.client': 'Client',
  'art30.transfers': 'Transferts hors UE/EEE',
  'art30.transfers.none': 'Aucun : toutes les données restent dans l’UE/EEE.',
  'art30.transfers.safeguard': '{name} ({country}) : {safeguard}',
  'art30.transfers.unsafe':
    '{name} ({country}) est hors UE/EEE sans garantie enregistrée : enregistrez-en une (art. 46) ou cessez tout envoi de données.',
  'art30.security': 'Mesures de sécurité techniques et organisationnelles (art. 32)',
  'art30.security.local-storage':
    'Les données sont conservées uniquement sur les ordinateurs du cabinet, dans le stockage local du navigateur ; aucun serveur d’application ni service en nuage.',
  'art30.security.no-network':
    'L’application n’envoie rien sur le réseau ; une Content-Security-Policy stricte interdit toute autre origine.',
  'art30.security.backup-office-key':
    'Les sauvegardes sont chiffrées (format age) avec la clé publique du bureau ({value} clé(s)) : un ordinateur volé ne peut pas les déchiffrer.',
  'art30.security.backup-passphrase':
    'Les sauvegardes sont chiffrées (format age) avec une phrase de passe.',
  'art30.security.backup-frequency':
    'Un rappel s’affiche lorsque la dernière sauvegarde a plus de {value} jours.',
  'art30.security.audit-trail':
    'Chaque modification est inscrite dans un journal d’audit chaîné par empreintes, en ajout seul, sans donnée personnelle.',
  'art30.security.disclosure-guard':
    'Les données d’un candidat ne peuvent être transmises à un client sans contrat signé ni consentement enregistré du candidat.',
  'art30.security.retention-engine':
    'Les données sont effacées automatiquement à la fin de leur durée de conservation, avec une alerte {value} jours avant.',
  'art30.security.erasure-tombstones':
    'Un effacement ne laisse que des empreintes salées, de sorte qu’une sauvegarde restaurée ne peut pas faire réapparaître la personne.',
  'art30.security.access-export-masking':
    'Les copies remises à une personne masquent les noms et coordonnées des autres personnes (art. 15(4)).',
};
