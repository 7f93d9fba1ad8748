import type { Catalogue } from '../../catalogue';
import type { validation as reference } from '../en/validation';

/** German: exactly the English keys (../en/validation.ts), same {placeholders}. */
export const validation: Catalogue<keyof typeof reference> = {
  'validation.required': 'Dieses Feld ist erforderlich.',
  'validation.invalid-date': 'Geben Sie ein gültiges Datum ein.',
  'validation.invalid-datetime': 'Geben Sie ein gültiges Datum mit Uhrzeit ein.',
  'validation.invalid-email': 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
  'validation.invalid-url': 'Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.',
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
};
