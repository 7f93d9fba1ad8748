import type { Catalogue } from '../../catalogue';
import type { arrival as reference } from '../en/arrival';

/** French: exactly the English keys (../en/arrival.ts), same {placeholders}. */
export const arrival: Catalogue<keyof typeof reference> = {
  'move.title': 'Vous utilisiez Vivier à une autre adresse ?',
  'move.why':
    'Le navigateur conserve les données de Vivier pour une seule adresse : {address} démarre vide. Les données saisies à une autre adresse (un ancien nom de serveur, ou http:// au lieu de https://) sont toujours sur cet ordinateur, mais seulement là-bas.',
  'move.how': 'Pour les retrouver ici :',
  'move.step-backup':
    'ouvrez l’ancienne adresse dans ce navigateur et faites une sauvegarde ({backup}, puis « {start} ») ;',
  'move.step-restore': 'revenez à cette adresse et choisissez « {restore} » ci-dessous.',
  'demo.try.title': 'Essayer Vivier d’abord',
  'demo.try.text':
    'Découvrez un cabinet de démonstration : quelques centaines de candidats inventés, des clients, des missions, des consentements, des transmissions, des demandes d’exercice de droits et des personnes dont les données expirent cette semaine. Il a sa propre base de données, n’est jamais mêlé aux vraies données et n’est jamais sauvegardé.',
  'demo.try.start': 'Explorer avec des données d’exemple',
  'demo.try.busy': 'Préparation du cabinet de démonstration…',
  'demo.try.failed': 'Le cabinet de démonstration n’a pas pu être préparé : {error}',
  'demo.banner.label': 'Cabinet de démonstration',
  'demo.banner.text':
    'Cabinet de démonstration : toutes les personnes sont inventées. Rien de ce que vous faites ici ne touche aux vraies données ni n’est sauvegardé.',
  'demo.leave': 'Quitter la démonstration',
  'demo.leaving': 'Suppression du cabinet de démonstration…',
  'demo.no-backup':
    'Le cabinet de démonstration n’est jamais sauvegardé ni restauré : ses personnes sont inventées. Quittez la démonstration (bouton en haut) pour configurer Vivier pour de vrai, puis sauvegardez.',
};
