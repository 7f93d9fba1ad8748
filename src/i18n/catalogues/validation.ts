import { area } from '../catalogue';

/** One text per ValidationCode (domain/common.ts). */
export const validation = area(
  {
    'validation.required': 'This field is required.',
    'validation.invalid-date': 'Enter a valid date.',
    'validation.invalid-datetime': 'Enter a valid date and time.',
    'validation.invalid-email': 'Enter a valid email address, like name@example.com.',
    'validation.invalid-url': 'Enter a web address starting with http:// or https://.',
    'validation.invalid-phone': 'Enter a phone number: digits, spaces and + only.',
    'validation.invalid-country': 'Enter a two-letter country code, like FR or DE.',
    'validation.invalid-choice': 'Choose one of the options.',
    'validation.too-long': 'This is too long.',
    'validation.date-in-future': 'This date cannot be in the future.',
    'validation.date-order': 'This date must not be before the start date.',
    'validation.script-required': 'For verbal consent, record the script or wording used.',
    'validation.categories-required': 'Choose at least one category of data.',
    'validation.informed-before-test':
      'The candidate must be told of the method before the test (Code du travail L1221-8).',
    'validation.submit-through-disclosure':
      'An application moves to "Submitted to the client" only when its dossier is sent with "Send to a recipient" on the candidate\'s page, which first checks the signed contract and the consent (P3).',
    'validation.invalid': 'This value is not valid.',
  },
  {
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
  },
  {
    'validation.required': 'Dieses Feld ist erforderlich.',
    'validation.invalid-date': 'Geben Sie ein gültiges Datum ein.',
    'validation.invalid-datetime': 'Geben Sie ein gültiges Datum mit Uhrzeit ein.',
    'validation.invalid-email':
      'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    'validation.invalid-url':
      'Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.',
    'validation.invalid-phone': 'Geben Sie eine Telefonnummer ein: nur Ziffern, Leerzeichen und +.',
    'validation.invalid-country': 'Geben Sie einen zweistelligen Ländercode ein, z. B. FR oder DE.',
    'validation.invalid-choice': 'Wählen Sie eine der Optionen.',
    'validation.too-long': 'Dieser Text ist zu lang.',
    'validation.date-in-future': 'Dieses Datum darf nicht in der Zukunft liegen.',
    'validation.date-order': 'Dieses Datum darf nicht vor dem Anfangsdatum liegen.',
    'validation.script-required':
      'Bei mündlicher Einwilligung den verwendeten Wortlaut oder das Skript erfassen.',
    'validation.categories-required': 'Wählen Sie mindestens eine Datenkategorie.',
    'validation.informed-before-test':
      'Der Kandidat muss vor dem Test über die Methode informiert werden (Code du travail L1221-8).',
    'validation.submit-through-disclosure':
      'Eine Bewerbung wechselt nur dann zu „Dem Kunden vorgestellt“, wenn ihr Dossier mit „An einen Empfänger senden“ auf der Seite des Kandidaten gesendet wird; dabei werden zuerst der unterschriebene Vertrag und die Einwilligung geprüft (P3).',
    'validation.invalid': 'Dieser Wert ist ungültig.',
  },
);
