import type { Catalogue } from '../../catalogue';
import type { backup as reference } from '../en/backup';

/** German: exactly the English keys (../en/backup.ts), same {placeholders}. */
export const backup: Catalogue<keyof typeof reference> = {
  'reason.not-a-backup': 'Diese Datei ist keine Vivier-Sicherung.',
  'reason.newer-format':
    'Diese Sicherung wurde mit einer neueren Vivier-Version erstellt. Aktualisieren Sie Vivier und stellen Sie sie dann wieder her.',
  'reason.invalid-key':
    'Dies ist keine gültige Schlüsseldatei. Wählen Sie die Datei des Büroschlüssels: Der Schlüssel beginnt mit AGE-SECRET-KEY-1.',
  'reason.wrong-key':
    'Dieser Schlüssel bzw. diese Passphrase öffnet diese Sicherung nicht. (Ein beschädigter Dateikopf führt zum selben Ergebnis.)',
  'reason.needs-passphrase':
    'Diese Sicherung ist mit einer Passphrase geschützt, nicht mit dem Büroschlüssel: Geben Sie die Passphrase ein.',
  'reason.needs-identity':
    'Diese Sicherung ist für den Büroschlüssel verschlüsselt: Wählen Sie die Schlüsseldatei statt einer Passphrase.',
  'reason.work-factor-too-high':
    'Das Öffnen dieser Datei verlangt unverhältnismäßig viel Rechenaufwand (scrypt-Arbeitsfaktor über 20). Vivier lehnt sie ab: Sie stammt nicht von Vivier.',
  'reason.truncated':
    'Diese Sicherung ist unvollständig: Die Datei wurde abgeschnitten, vielleicht durch einen abgebrochenen Kopiervorgang. Verwenden Sie eine andere Sicherung.',
  'reason.trailing-data':
    'Hinter dem Ende dieser Sicherung wurden Daten angefügt: Sie wurde verändert. Verwenden Sie eine andere Sicherung.',
  'reason.tampered':
    'Diese Sicherung wurde verändert oder beschädigt: Ihr Inhalt stimmt nicht mehr mit ihrem Siegel überein. Verwenden Sie eine andere Sicherung.',
  'reason.bad-entry-name':
    'Diese Sicherung enthält eine Datei mit unsicherem Namen (ein Pfad, der aus seinem Ordner herausführt). Vivier lehnt sie ab.',
  'reason.zip-bomb':
    'Ein Teil dieser Sicherung entpackt sich weit über seine angegebene Größe hinaus. Vivier hat das Lesen abgebrochen.',
  'reason.corrupt-archive': 'Das Archiv in dieser Sicherung ist fehlerhaft aufgebaut.',
  'reason.checksum-mismatch':
    'Ein Teil dieser Sicherung stimmt nicht mit seiner Prüfsumme im Manifest überein.',
  'reason.manifest-mismatch':
    'Das Manifest dieser Sicherung passt nicht zu ihrem Inhalt (Dateien oder Anzahl der Datensätze).',
  'reason.invalid-record': 'Ein Datensatz in dieser Sicherung ist ungültig ({table}, Zeile {row}).',
  'reason.cancelled': 'Abgebrochen. Es wurde nichts geändert.',
  'reason.changed-during-backup':
    'Während der Sicherung haben sich Daten geändert; sie wäre möglicherweise uneinheitlich. Starten Sie sie erneut.',
  'reason.too-large':
    'Die Sicherung würde 4 GB oder 65.535 Dateien überschreiten, die Grenzen des von Vivier geschriebenen Zip-Formats.',
  'reason.corrupt-row':
    'Ein Datensatz in der Datenbank dieses Rechners ist beschädigt ({table}, {key}); es wurde keine Sicherung geschrieben. Wenden Sie sich an den Support.',
  'reason.sink-failed':
    'Die Sicherung konnte nicht am gewählten Ort gespeichert werden (Datenträger voll oder Zugriff verloren). Es blieb keine Datei mit dem Namen einer Sicherung zurück.',
  'reason.quota-exceeded':
    'Zu wenig Speicherplatz auf diesem Rechner für die Wiederherstellung. Ihre aktuellen Daten sind unverändert: Geben Sie Speicher frei und versuchen Sie es erneut.',
  'reason.changed-since-review':
    'Seit der Anzeige der Übersicht hat sich auf diesem Rechner etwas geändert. Prüfen Sie die Sicherung erneut.',
  'reason.interrupted':
    'Inzwischen wurde eine andere Wiederherstellung abgeschlossen. Prüfen Sie die Sicherung erneut.',

  'backup.title': 'Sicherung',
  'backup.intro':
    'Geht dieser Rechner verloren, wird er zurückgesetzt oder leert der Browser seinen Speicher, ist die verschlüsselte Sicherung auf dem Dateiserver des Büros die einzige Kopie.',
  'backup.mode.office-key': 'Büroschlüssel (empfohlen)',
  'backup.mode.office-key.help':
    'Nur das Büro, das die geheime Schlüsseldatei verwahrt, kann die Sicherungen öffnen – ein gestohlener Rechner nicht.',
  'backup.mode.passphrase': 'Passphrase',
  'backup.mode.passphrase.help':
    'Für Büros ohne Schlüssel. Die Passphrase wird nie gespeichert: Bewahren Sie sie sicher auf.',
  'backup.key.generate': 'Büroschlüssel erstellen',
  'backup.key.secret-warning':
    'Dieser geheime Schlüssel wird nur einmal angezeigt. Laden Sie die Datei herunter und verwahren Sie sie sicher, nicht auf diesem Rechner: Ohne sie lässt sich keine Sicherung öffnen. Vivier behält nur den öffentlichen Schlüssel.',
  'backup.key.download': 'Geheime Schlüsseldatei herunterladen',
  'backup.key.stored': 'Ich habe die geheime Schlüsseldatei sicher verwahrt',
  'backup.key.public': 'Öffentlicher Schlüssel',
  'backup.key.add': 'Öffentlichen Schlüssel hinzufügen',
  'backup.key.add.help':
    'Fügen Sie einen öffentlichen age-Schlüssel ein (age1…): den auf einem anderen Rechner erstellten Büroschlüssel oder einen Hinterlegungsschlüssel.',
  'backup.key.remove': 'Entfernen',
  'backup.key.invalid': 'Dies ist kein öffentlicher age-Schlüssel (age1…).',
  'backup.passphrase.label': 'Passphrase für diese Sicherung',
  'backup.passphrase.again': 'Passphrase wiederholen',
  'backup.passphrase.mismatch': 'Die beiden Passphrasen stimmen nicht überein.',
  'backup.passphrase.weak':
    'Schwach: Verwenden Sie mindestens vier zufällige Wörter oder 12 zufällige Zeichen.',
  'backup.passphrase.fair': 'Mittel: Ein weiteres zufälliges Wort würde sie stark machen.',
  'backup.passphrase.strong': 'Stark.',
  'backup.folder.choose': 'Sicherungsordner wählen',
  'backup.folder.current': 'Sicherungen werden gespeichert in: {folder}',
  'backup.folder.permission': 'Vivier benötigt erneut Ihre Erlaubnis, in {folder} zu schreiben.',
  'backup.folder.grant': 'Zugriff erlauben',
  'backup.folder.unsupported':
    'Dieser Browser kann nicht in einen Ordner schreiben: Die Sicherung wird stattdessen heruntergeladen. Verschieben Sie sie auf den Dateiserver.',
  'backup.start': 'Jetzt sichern',
  'backup.progress': '{done} von etwa {total} geschrieben',
  'backup.eta': 'Noch etwa {time}',
  'backup.cancel': 'Abbrechen',
  'backup.verifying': 'Die soeben geschriebene Sicherung wird geprüft …',
  'backup.done': 'Sicherung geprüft: {file} ({size}).',
  'backup.rotated.one': '{count} ältere Sicherung gelöscht; die letzten {keep} werden behalten.',
  'backup.rotated.other':
    '{count} ältere Sicherungen gelöscht; die letzten {keep} werden behalten.',
  'backup.keep': 'Anzahl aufzubewahrender Sicherungen',
  'backup.max-age': 'Erinnern nach (Tagen)',
  'backup.last': 'Letzte geprüfte Sicherung: {date}',
  'backup.never': 'Noch keine geprüfte Sicherung.',
  'backup.too-old':
    'Die letzte geprüfte Sicherung ist {days} Tage alt. Erstellen Sie jetzt eine Sicherung.',

  'restore.title': 'Sicherung wiederherstellen',
  'restore.intro':
    'Die Wiederherstellung ersetzt alle Daten auf diesem Rechner durch die der Sicherung. Gelöschte Personen bleiben gelöscht; Personen mit abgelaufener Aufbewahrungsfrist werden ausgelassen.',
  'restore.first-run': 'Aus einer Sicherung wiederherstellen',
  'restore.file': 'Sicherungsdatei',
  'restore.key-file': 'Datei des Büroschlüssels',
  'restore.passphrase': 'Passphrase',
  'restore.check': 'Sicherung prüfen',
  'restore.checking': 'Jeder Teil wird entschlüsselt und geprüft …',
  'restore.summary.title': 'Was wiederhergestellt wird',
  'restore.summary.made': 'Sicherung vom {date}, erstellt mit Vivier {version}.',
  'restore.summary.dropped': 'Ausgelassene Personen: {count}',
  'restore.summary.unlinked':
    'Datensätze, die ohne die genannte Person erhalten bleiben (Nachweise von Übermittlungen, Anträge): {count}',
  'restore.summary.laptop-tombstones':
    'Auf diesem Rechner vorgenommene Löschungen, die nach der Wiederherstellung bestehen bleiben: {count}',
  'restore.summary.audit-broken':
    'Achtung: Das Prüfprotokoll dieser Sicherung ist bei Eintrag {seq} unterbrochen.',
  'restore.drop.erased-in-backup': 'gelöscht am {date}',
  'restore.drop.erased-on-this-laptop': 'auf diesem Rechner gelöscht am {date}',
  'restore.drop.retention': 'Aufbewahrungsfrist abgelaufen am {date}',
  'restore.drop.retention-archive':
    'Aufbewahrungsfrist abgelaufen am {date}; das Kundenarchiv behält die Vermittlung (P8)',
  'restore.drop.with-candidate': 'Referenzgeber eines ausgelassenen Kandidaten',
  'restore.drop.unnamed': 'Gelöschte Person',
  'restore.confirm': 'Daten auf diesem Rechner ersetzen',
  'restore.applying': 'Wiederherstellung läuft …',
  'restore.done': 'Wiederherstellung abgeschlossen. Vivier wird neu geladen.',

  'backup.table.meta': 'Installation',
  'backup.table.settings': 'Einstellungen',
  'backup.table.users': 'Benutzer',
  'backup.table.tombstones': 'Löschnachweise',
  'backup.table.holds': 'Sperren',
  'backup.table.candidates': 'Kandidaten',
  'backup.table.referees': 'Referenzgeber',
  'backup.table.contacts': 'Kundenkontakte',
  'backup.table.organisations': 'Organisationen',
  'backup.table.missions': 'Mandate',
  'backup.table.applications': 'Bewerbungen',
  'backup.table.consents': 'Einwilligungen',
  'backup.table.disclosures': 'Übermittlungen',
  'backup.table.notificationTasks': 'Zu benachrichtigende Empfänger',
  'backup.table.rightsRequests': 'Betroffenenanträge',
  'backup.table.archive': 'Kundenarchiv',
  'backup.table.attachments': 'Anhänge',
  'backup.table.auditLog': 'Prüfprotokoll',
  'backup.person.candidate': 'Kandidat',
  'backup.person.referee': 'Referenzgeber',
  'backup.person.contact': 'Kundenkontakt',
  'nav.backup': 'Sicherung',
  'backup.check-download': 'Wählen Sie die heruntergeladene Datei, um sie zu prüfen',
  'backup.downloaded':
    'Sicherung als {file} heruntergeladen. Verschieben Sie sie auf den Dateiserver des Büros und wählen Sie sie dann unten aus: Sie zählt erst nach der Prüfung.',
  'backup.folder.none': 'Noch kein Sicherungsordner gewählt.',
  'backup.folder.title': 'Sicherungsordner',
  'backup.key.keep-public': 'Nur den öffentlichen Schlüssel behalten',
  'backup.key.list': 'Öffentliche Schlüssel, für die die Sicherungen verschlüsselt werden',
  'backup.key.none':
    'Noch kein Büroschlüssel: Erstellen Sie einen oder fügen Sie den auf einem anderen Rechner erstellten öffentlichen Schlüssel ein.',
  'backup.key.secret-label': 'Geheimer Büroschlüssel (nur einmal angezeigt)',
  'backup.mode.label': 'Sicherung schützen mit',
  'backup.policy.save': 'Speichern',
  'backup.policy.saved': 'Gespeichert.',
  'backup.policy.title': 'Rotation und Erinnerung',
  'backup.progress.label': 'Fortschritt der Sicherung',
  'backup.run.title': 'Sicherung erstellen',
  'restore.first-run.help':
    'Ein neuer oder zurückgesetzter Rechner: Stellen Sie die letzte Sicherung des Büros wieder her, statt leer zu beginnen.',
  'restore.kind.key': 'den Büroschlüssel (eine Schlüsseldatei)',
  'restore.kind.passphrase': 'eine Passphrase',
  'restore.key-kind': 'Die Sicherung ist geschützt durch',
  'restore.open': 'Sicherung wiederherstellen …',
  'restore.summary.in-backup': 'In der Sicherung',
  'restore.summary.kept': 'Wiederhergestellt',
  'restore.summary.what': 'Daten',
  'restore.try-again': 'Erneut wählen',
  'restore.who': 'Welcher dieser Benutzer sind Sie?',
  'restore.who.none': 'Jemand anderes: Ich registriere mich nach der Wiederherstellung',
};
