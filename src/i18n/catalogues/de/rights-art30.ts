import type { Catalogue } from '../../catalogue';
import type { rightsArt30 as reference } from '../en/rights-art30';

/** German: exactly the English keys (../en/rights-art30.ts), same {placeholders}. */
export const rightsArt30: Catalogue<keyof typeof reference> = {
  'art30.title': 'Verzeichnis von Verarbeitungstätigkeiten',
  'art30.subtitle': 'DSGVO Art. 30 Abs. 1',
  'art30.generatedOn': 'Von Vivier am {date} aus seinen Einstellungen und Daten erstellt.',
  'art30.controller': 'Verantwortlicher',
  'art30.representative': 'Gesetzlicher Vertreter: {name}',
  'art30.activity.recruitment': 'Personalberatung: Kandidaten und ihre Referenzgeber',
  'art30.activity.client-relations': 'Beziehungen zu Kunden und Lieferanten',
  'art30.purposes': 'Zwecke',
  'art30.legalBases': 'Rechtsgrundlagen',
  'art30.subjects': 'Kategorien betroffener Personen',
  'art30.dataCategories': 'Kategorien personenbezogener Daten',
  'art30.recipientCategories': 'Kategorien von Empfängern',
  'art30.retention': 'Löschfristen',
  'art30.specialCategories':
    'Es werden keine besonderen Kategorien von Daten (Art. 9) erhoben; Gesprächsnotizen tragen einen ständigen Hinweis, keine solchen zu erfassen.',
  'art30.basis.consent':
    'Einwilligung (Art. 6 Abs. 1 lit. a): vor jeder Weitergabe an einen Kunden oder eine Partnerberatung',
  'art30.basis.pre-contract':
    'Vorvertragliche Maßnahmen auf Anfrage der Person (Art. 6 Abs. 1 lit. b): Bearbeitung ihrer Bewerbung',
  'art30.basis.contract': 'Vertragserfüllung (Art. 6 Abs. 1 lit. b)',
  'art30.basis.legitimate-interests':
    'Berechtigte Interessen (Art. 6 Abs. 1 lit. f), innerhalb der unten genannten Fristen',
  'art30.subject.candidates': 'Kandidaten ({count} erfasst)',
  'art30.subject.referees': 'Von Kandidaten genannte Referenzgeber ({count} erfasst)',
  'art30.subject.client-contacts': 'Ansprechpartner bei Kunden und Lieferanten ({count} erfasst)',
  'art30.recipients': 'Auftragsverarbeiter, interne Empfänger und Partnerberatungen',
  'art30.recipients.none': 'Keine erfasst.',
  'art30.kind.partner': 'Partnerberatung',
  'art30.kind.recipient': 'Auftragsverarbeiter oder interner Empfänger',
  'art30.kind.client': 'Kunde',
  'art30.transfers': 'Übermittlungen außerhalb der EU/des EWR',
  'art30.transfers.none': 'Keine: Alle personenbezogenen Daten bleiben in der EU/im EWR.',
  'art30.transfers.safeguard': '{name} ({country}): {safeguard}',
  'art30.transfers.unsafe':
    '{name} ({country}) liegt außerhalb der EU/des EWR und hat keine erfasste Garantie: Erfassen Sie eine (Art. 46) oder stellen Sie die Übermittlung ein.',
  'art30.security': 'Technische und organisatorische Sicherheitsmaßnahmen (Art. 32)',
  'art30.security.local-storage':
    'Die Daten liegen nur auf den Laptops der Kanzlei im lokalen Speicher des Browsers; es gibt keinen Anwendungsserver und keinen Cloud-Dienst.',
  'art30.security.no-network':
    'Die Anwendung sendet nichts über das Netz; eine strenge Content-Security-Policy verbietet jede andere Herkunft.',
  'art30.security.backup-office-key':
    'Sicherungen werden (age-Format) mit dem öffentlichen Schlüssel des Büros verschlüsselt ({value} Schlüssel): Ein gestohlener Laptop kann sie nicht entschlüsseln.',
  'art30.security.backup-passphrase':
    'Sicherungen werden (age-Format) mit einer Passphrase verschlüsselt.',
  'art30.security.backup-frequency':
    'Eine Erinnerung erscheint, wenn die letzte Sicherung älter als {value} Tage ist.',
  'art30.security.audit-trail':
    'Jede Änderung wird in einem nur erweiterbaren, per Hash verketteten Prüfprotokoll ohne personenbezogene Daten festgehalten.',
  'art30.security.disclosure-guard':
    'Daten eines Kandidaten können ohne unterzeichneten Vertrag und erfasste Einwilligung nicht an einen Kunden gesendet werden.',
  'art30.security.retention-engine':
    'Daten werden am Ende ihrer Aufbewahrungsfrist automatisch gelöscht, mit einer Warnung {value} Tage vorher.',
  'art30.security.erasure-tombstones':
    'Eine Löschung hinterlässt nur gesalzene Hashwerte, sodass eine wiederhergestellte Sicherung die Person nicht zurückbringt.',
  'art30.security.access-export-masking':
    'An eine Person ausgehändigte Kopien schwärzen Namen und Kontaktdaten anderer Personen (Art. 15 Abs. 4).',
};
