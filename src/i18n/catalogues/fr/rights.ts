import type { Catalogue } from '../../catalogue';
import type { rights as reference } from '../en/rights';

/** French: exactly the English keys (../en/rights.ts), same {placeholders}. */
export const rights: Catalogue<keyof typeof reference> = {
  'rights.type.access': 'Accès',
  'rights.type.rectification': 'Rectification',
  'rights.type.erasure': 'Effacement',
  'rights.type.restriction': 'Limitation',
  'rights.type.objection': 'Opposition',
  'rights.type.portability': 'Portabilité',
  'rights.status.received': 'Reçue',
  'rights.status.in-progress': 'En cours',
  'rights.status.waiting': 'En attente de la personne',
  'rights.status.completed': 'Traitée',
  'rights.status.refused': 'Refusée',
  'rights.channel.email': 'E-mail',
  'rights.channel.letter': 'Courrier',
  'rights.channel.phone': 'Téléphone',
  'rights.channel.in-person': 'En personne',
  'rights.ground.identity-not-verified': 'Identité non vérifiable (art. 12(6))',
  'rights.ground.manifestly-unfounded': 'Manifestement infondée (art. 12(5))',
  'rights.ground.excessive': 'Excessive, notamment répétitive (art. 12(5))',
  'rights.ground.legal-claims':
    'Nécessaire à la constatation, l’exercice ou la défense de droits en justice (art. 17(3)(e), art. 21(1))',
  'rights.ground.compelling-grounds': 'Motifs légitimes et impérieux (art. 21(1))',
  'rights.ground.other': 'Autre motif',
  'rights.deadline.overdue': 'En retard',
  'rights.deadline.due-soon': 'À traiter cette semaine',
  'rights.deadline.on-time': 'Dans les délais',
  'rights.deadline.closed': 'Close',
  'rights.person.not-found': 'Introuvable dans les fichiers',
  'reason.request-not-found': "Cette demande n'existe plus.",
  'reason.person-not-found': 'Cette personne ne figure pas (ou plus) dans les fichiers.',
  'reason.request-closed': 'Cette demande est close : elle ne peut plus être modifiée.',
  'reason.wrong-request-type': 'Cette action ne répond pas à ce type de demande.',
  'reason.no-person':
    'Aucune personne n’est liée à cette demande : répondez qu’aucune donnée n’est détenue.',
  'reason.effect-required':
    'Utilisez l’action propre à ce type de demande (effacer, limiter, opposition, rectifier) pour la clore.',
  'reason.ground-not-applicable': 'Ce motif ne s’applique pas à ce type de demande.',
  'reason.not-restricted': 'Cette personne ne fait pas l’objet d’une limitation.',
  'reason.erasure-failed': "L'effacement n'a pas abouti ; la demande reste ouverte. Réessayez.",
  'reason.extension-refused': 'La prolongation est impossible :',
  'reason.erasure-no-extension':
    'Une demande d’effacement ne peut pas être prolongée : la politique de confidentialité promet une semaine (P9).',
  'reason.already-extended':
    'Cette demande a déjà été prolongée ; l’art. 12(3) ne le permet qu’une fois.',
  'reason.extension-not-later': 'La nouvelle échéance doit être postérieure à l’actuelle.',
  'reason.extension-too-long':
    'La nouvelle échéance ne peut dépasser de plus de deux mois le premier mois (art. 12(3)).',
  'reason.told-before-receipt':
    'La personne ne peut pas avoir été informée avant la réception de la demande.',
  'reason.told-too-late':
    'La personne doit être informée de la prolongation dans le mois qui suit la demande (art. 12(3)).',
  'reason.told-in-future': "La date d'information de la personne ne peut pas être dans le futur.",
  'reason.reason-required':
    'Indiquez le motif de la prolongation : il est communiqué à la personne.',
};
