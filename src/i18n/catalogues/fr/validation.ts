import type { Catalogue } from '../../catalogue';
import type { validation as reference } from '../en/validation';

/** French: exactly the English keys (../en/validation.ts), same {placeholders}. */
export const validation: Catalogue<keyof typeof reference> = {
  'validation.required': 'Ce champ est obligatoire.',
  'validation.invalid-date': 'Saisissez une date valide.',
  'validation.invalid-datetime': 'Saisissez une date et une heure valides.',
  'validation.invalid-email': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  'validation.invalid-url': 'Saisissez une adresse web commençant par http:// ou https://.',
  'validation.invalid-phone':
    'Saisissez un numéro de téléphone : chiffres, espaces et + uniquement.',
  'validation.invalid-country': 'Saisissez un code pays à deux lettres, par exemple FR ou DE.',
  'validation.invalid-choice': 'Choisissez une des options.',
  'validation.too-long': 'Ce texte est trop long.',
  'validation.date-in-future': 'Cette date ne peut pas être dans le futur.',
  'validation.date-order': 'Cette date ne peut pas précéder la date de début.',
  'validation.script-required':
    'Pour un consentement oral, enregistrez le script ou la formulation utilisée.',
  'validation.categories-required': 'Choisissez au moins une catégorie de données.',
  'validation.informed-before-test':
    'Le candidat doit être informé de la méthode avant le test (Code du travail L1221-8).',
  'validation.submit-through-disclosure':
    'Une candidature passe à « Présenté au client » uniquement quand son dossier est envoyé avec « Transmettre à un destinataire » sur la fiche du candidat, qui vérifie d’abord le contrat signé et le consentement (P3).',
  'validation.invalid': "Cette valeur n'est pas valide.",
};
