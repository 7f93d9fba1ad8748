import type { Catalogue } from '../../catalogue';
import type { common as reference } from '../en/common';

/** German: exactly the English keys (../en/common.ts), same {placeholders}. */
export const common: Catalogue<keyof typeof reference> = {
  'app.name': 'Vivier',
  'app.loading': 'Wird geladen…',
  'app.upgrading':
    'Die Datenbank auf diesem Laptop wird für die neue Version von Vivier aktualisiert. Das geschieht nur einmal und kann bei vielen Datensätzen einige Minuten dauern: Lassen Sie diesen Tab geöffnet.',
  'app.not-found': 'Diese Seite gibt es nicht.',
  'app.error': 'Auf dieser Seite ist ein Fehler aufgetreten.',
  'app.error-detail':
    'Ihre Daten wurden nicht verändert. Laden Sie die Seite neu, um fortzufahren.',
  'app.reload': 'Neu laden',
  'nav.label': 'Hauptnavigation',
  'nav.skip': 'Zum Inhalt springen',
  'nav.home': 'Start',
  'nav.settings': 'Einstellungen',
  'nav.audit': 'Prüfprotokoll',
  'language.label': 'Sprache',
  'role.partner': 'Partner',
  'role.recruiter': 'Personalberater',
  'role.research-officer': 'Researcher',
  'role.admin': 'Verwaltung',
  'first-run.title': 'Willkommen bei Vivier',
  'first-run.intro':
    'Vivier speichert die Kandidaten- und Kundendaten der Kanzlei auf diesem Laptop, funktioniert offline und setzt die Datenschutzerklärung für Sie um. Sagen Sie uns zuerst, wer Sie sind: Ihr Name wird als Urheber jeder Änderung erfasst.',
  'first-run.form': 'Wer diesen Laptop nutzt',
  'first-run.name': 'Ihr Name',
  'first-run.role': 'Ihre Funktion',
  'first-run.role-placeholder': 'Funktion wählen',
  'first-run.persist-why':
    'Vivier bittet den Browser außerdem, seine Daten dauerhaft zu behalten, damit sie nie zum Freigeben von Speicherplatz gelöscht werden. Ihre Sicherungen bleiben das Sicherheitsnetz.',
  'first-run.start': 'Vivier starten',
  'home.title': 'Start',
  'home.welcome': 'Hallo {name}. Das erfordert Ihre Aufmerksamkeit.',
  'storage.title': 'Speicher auf diesem Laptop',
  'storage.why':
    'Alle Daten liegen in diesem Browser. Dauerhafter Speicher verhindert, dass der Browser sie bei vollem Datenträger löscht.',
  'storage.granted': 'Dauerhafter Speicher gewährt: Der Browser löscht die Daten von Vivier nicht.',
  'storage.refused':
    'Der Browser hat dauerhaften Speicher abgelehnt: Er könnte die Daten von Vivier bei Platzmangel löschen. Halten Sie Ihre Sicherungen aktuell oder installieren Sie Vivier als App und fragen Sie erneut.',
  'storage.unsupported': 'Dieser Browser kann Daten nicht dauerhaft behalten. Sichern Sie häufig.',
  'storage.ask-again': 'Browser erneut fragen',
  'storage.usage': '{used} von {quota} belegt.',
  'storage.meter': 'Belegter Speicher',
  'audit.title': 'Prüfprotokoll',
  'audit.intro':
    'Jede Änderung wird hier mit Urheber und Zeitpunkt erfasst. Die Einträge enthalten Datensatznummern und Aktionen, nie personenbezogene Daten, und jeder ist mit dem vorherigen verkettet, damit Manipulationen sichtbar werden.',
  'audit.checking': 'Prüfprotokoll wird geprüft…',
  'audit.intact.one': 'Prüfprotokoll intakt: {count} Eintrag, jedes Glied geprüft.',
  'audit.intact.other': 'Prüfprotokoll intakt: {count} Einträge, jedes Glied geprüft.',
  'audit.broken': 'Das Prüfprotokoll ist bei Eintrag {seq} unterbrochen: {reason}.',
  'audit.break.hash-mismatch': 'sein Inhalt wurde nach dem Schreiben verändert',
  'audit.break.prev-mismatch': 'er schließt nicht mehr an den vorherigen Eintrag an',
  'audit.break.seq-gap': 'ein früherer Eintrag fehlt',
  'audit.break.invalid-entry': 'er ist kein gültiger Eintrag',
  'audit.recent.one': 'Der letzte Eintrag',
  'audit.recent.other': 'Die letzten {count} Einträge',
  'audit.col.at': 'Zeitpunkt',
  'audit.col.actor': 'Wer',
  'audit.col.action': 'Aktion',
  'audit.col.record': 'Datensatz',
  'audit.col.fields': 'Geänderte Felder',
  'settings.title': 'Einstellungen',
  'settings.language': 'Sprache',
  'settings.user': 'Nutzer dieses Laptops',
  'settings.about': 'Über Vivier',
  'settings.version': 'Vivier Version {version}',
  'settings.no-network':
    'Vivier sendet nichts über das Netzwerk: Daten verlassen diesen Laptop nur in Dateien, die Sie bewusst exportieren.',
  'update.label': 'Aktualisierung',
  'update.ready': 'Eine neue Version von Vivier ist bereit.',
  'update.wait-for-form':
    'Speichern oder verwerfen Sie zuerst das offene Formular: Die Aktualisierung wartet auf Sie.',
  'update.apply': 'Jetzt aktualisieren',
  'update.later': 'Später',
};
