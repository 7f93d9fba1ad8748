import type { Catalogue } from '../../catalogue';
import type { rightsUi as reference } from '../en/rights-ui';

/** German: exactly the English keys (../en/rights-ui.ts), same {placeholders}. */
export const rightsUi: Catalogue<keyof typeof reference> = {
  'nav.rights': 'Betroffenenanträge',
  'rights.ui.title': 'Anträge betroffener Personen',
  'rights.ui.intro':
    'Jeder Antrag einer Person zu ihren Daten: Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch, Datenübertragbarkeit. Eine Löschung ist binnen 7 Tagen fällig (Datenschutzerklärung), alle anderen Anträge binnen eines Monats (DSGVO Art. 12 Abs. 3). Solange ein Antrag offen ist, wird die Person nicht automatisch gelöscht.',
  'rights.ui.art30-link': 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30)',
  'rights.ui.new': 'Neuen Antrag erfassen',
  'rights.ui.type': 'Antrag',
  'rights.ui.type-hint':
    'Ein Antrag auf Entfernung von Daten ist eine Löschung; einer auf Einstellung der Werbung ein Widerspruch.',
  'rights.ui.choose': 'Auswählen…',
  'rights.ui.find-person': 'Person suchen',
  'rights.ui.find-person-hint':
    'Anfang eines Namens, einer E-Mail-Adresse oder Telefonnummer; Akzente spielen keine Rolle.',
  'rights.ui.person': 'Person',
  'rights.ui.choose-person': 'Wählen Sie die Person oder „Nicht im Bestand gefunden“.',
  'rights.ui.kind.candidate': 'Kandidat',
  'rights.ui.kind.referee': 'Referenzgeber',
  'rights.ui.kind.contact': 'Kundenkontakt',
  'rights.ui.received-on': 'Eingegangen am',
  'rights.ui.channel': 'Eingegangen per',
  'rights.ui.language': 'Sprache der Antwort',
  'rights.ui.language-hint': 'Briefe und der Auskunftsexport werden in dieser Sprache verfasst.',
  'rights.ui.lang.fr': 'Französisch',
  'rights.ui.lang.en': 'Englisch',
  'rights.ui.lang.de': 'Deutsch',
  'rights.ui.details': 'Was die Person verlangt',
  'rights.ui.details-hint':
    'Nur was zur Beantwortung nötig ist. Der Text wird mit der Person gelöscht.',
  'rights.ui.register': 'Antrag erfassen',
  'rights.ui.register-title': 'Antragsregister',
  'rights.ui.none': 'Noch kein Antrag erfasst.',
  'rights.ui.status': 'Status',
  'rights.ui.due-on': 'Fällig',
  'rights.ui.due-erasure':
    '(7 Tage: Die Datenschutzerklärung verspricht die Löschung binnen einer Woche)',
  'rights.ui.days-left': 'verbleibende Tage: {count}',
  'rights.ui.days-late': 'Tage überfällig: {count}',
  'rights.ui.person-gone': 'Gelöschte Person',
  'rights.ui.back': 'Zurück zu den Anträgen',
  'rights.ui.back-request': 'Zurück zum Antrag',
  'rights.ui.request-title': 'Antrag: {type} — {name}',
  'rights.ui.identity': 'Identitätsprüfung',
  'rights.ui.identity-hint':
    'Nur bei begründeten Zweifeln an der Identität (Art. 12 Abs. 6); bewahren Sie keine Ausweiskopien auf.',
  'rights.ui.identity-method': 'Wie die Identität geprüft wurde',
  'rights.ui.identity-on': 'Geprüft am',
  'rights.ui.identity-save': 'Prüfung erfassen',
  'rights.ui.extension': 'Fristverlängerung',
  'rights.ui.extension-text': 'bis {dueOn}, der Person mitgeteilt am {toldOn}: {reason}',
  'rights.ui.extend': 'Frist verlängern',
  'rights.ui.extend-hint':
    'Nur einmal, bei komplexen oder zahlreichen Anträgen, höchstens bis {latest}; die Person muss bis {tellBy} mit Begründung unterrichtet werden (Art. 12 Abs. 3).',
  'rights.ui.extend-due': 'Neue Frist',
  'rights.ui.extend-reason': 'Grund (wird der Person mitgeteilt)',
  'rights.ui.extend-told': 'Person unterrichtet am',
  'rights.ui.extend-save': 'Verlängern',
  'rights.ui.refuse': 'Antrag ablehnen',
  'rights.ui.refuse-ground': 'Grund',
  'rights.ui.refuse-note': 'Erläuterung für die Person',
  'rights.ui.refuse-note-hint': 'Wird im Antwortschreiben zitiert.',
  'rights.ui.keep-until': 'Daten aufbewahren bis',
  'rights.ui.keep-until-hint':
    'Eine Sperre wegen Rechtsansprüchen setzt die automatische Löschung bis zu diesem Datum aus.',
  'rights.ui.refuse-save': 'Ablehnen',
  'rights.ui.progress': 'Bearbeitungsstand',
  'rights.ui.next-step': 'Nächster Schritt',
  'rights.ui.more-actions': 'Weitere Aktionen',
  'rights.ui.identity-not-checked':
    'Die Identität wurde nicht geprüft: Bei begründeten Zweifeln zuerst Angaben zur Bestätigung anfordern (DSGVO Art. 12 Abs. 6); siehe „Weitere Aktionen“.',
  'rights.ui.set-status': 'Auf „{status}“ setzen',
  'rights.ui.answer': 'Antrag beantworten',
  'rights.ui.outcome': 'Ergebnis',
  'rights.ui.outcome-hint':
    'Bleibt beim Antrag, auch nach einer Löschung: Tragen Sie hier keine personenbezogenen Daten ein.',
  'rights.ui.answer-no-data': 'Antworten: keine Daten vorhanden',
  'rights.ui.no-person-hint':
    'Die Person wurde nicht im Bestand gefunden: Die Antwort besagt, dass keine Daten über sie vorliegen.',
  'rights.ui.close-erased': 'Abschließen: Die Person ist bereits gelöscht',
  'rights.ui.person-gone-erasure': 'Die Person ist nicht mehr im Bestand.',
  'rights.ui.person-gone-hint':
    'Die Person ist nicht mehr im Bestand: Lehnen Sie den Antrag mit Begründung ab oder antworten Sie, dass keine Daten vorliegen.',
  'rights.ui.confirm-erase': 'Mir ist bewusst, dass dies nicht rückgängig zu machen ist.',
  'rights.ui.export': 'Kopie der Daten (ZIP)',
  'rights.ui.export-hint':
    'Eine ZIP-Datei für die Person: eine druckbare Seite in ihrer Sprache, data.json, CSV-Dateien, ihre Dokumente und ein Manifest mit SHA-256-Fingerabdrücken. Namen anderer Personen und Kontaktdaten von Referenzgebern sind geschwärzt. Prüfen Sie die Seite vor dem Versand.',
  'rights.ui.export-button': 'Kopie erstellen (ZIP)',
  'rights.ui.exported': 'Gespeichert als {file}.',
  'rights.ui.answer-done': 'Als beantwortet markieren',
  'rights.ui.erase': 'Person jetzt löschen',
  'rights.ui.erase-hint':
    'Löscht die Person und alles, was zu ihr gehört. Weitergabeeinträge bleiben als Nachweis ohne personenbezogene Daten; die Empfänger der Daten werden zur Benachrichtigung aufgelistet (Art. 19). Wenn Rechtsansprüche die Aufbewahrung erfordern, lehnen Sie den Antrag stattdessen mit diesem Grund ab (Art. 17 Abs. 3 lit. e).',
  'rights.ui.restrict': 'Verarbeitung einschränken',
  'rights.ui.restrict-hint':
    'Die Person bleibt gespeichert, aber gesperrt: nur lesbar, nie weitergegeben, standardmäßig nicht in Suchergebnissen, bis die Einschränkung aufgehoben wird. Die Empfänger der Daten werden zur Benachrichtigung aufgelistet (Art. 19).',
  'rights.ui.object-marketing': 'Werbewiderspruch erfassen',
  'rights.ui.object-marketing-hint':
    'Ein Widerspruch gegen Werbung ist absolut (Art. 21 Abs. 3): Der Kontakt erhält nie wieder Werbung.',
  'rights.ui.object-erase': 'Verarbeitung einstellen und löschen',
  'rights.ui.object-erase-hint':
    'Die Verarbeitung endet sofort und die Person wird gelöscht. Hat die Kanzlei zwingende schutzwürdige Gründe oder Rechtsansprüche, lehnen Sie den Antrag stattdessen mit diesem Grund ab (Art. 21 Abs. 1).',
  'rights.ui.rectify-hint':
    'Berichtigen Sie zuerst den Datensatz auf der Seite der Person: Die Änderung wird protokolliert und die Empfänger der Daten kommen auf die Liste nach Art. 19. Kreuzen Sie dann an, was sich geändert hat, und schließen Sie den Antrag.',
  'rights.ui.changed-fields': 'Was berichtigt wurde',
  'rights.ui.rectified': 'Abschließen: Daten berichtigt',
  'rights.ui.closed-on': 'Abgeschlossen am',
  'rights.ui.recipients': 'Zu benachrichtigende Empfänger (Art. 19)',
  'rights.ui.recipients-hint':
    'Diese Organisationen hatten die Daten der Person erhalten: Jede muss über diese Änderung informiert werden.',
  'rights.ui.recipients-none': 'Die Daten der Person waren an niemanden übermittelt worden.',
  'rights.ui.letters': 'Schreiben an die Person',
  'rights.ui.letter.acknowledgement': 'Eingangsbestätigung',
  'rights.ui.letter.identity': 'Bitte um Identitätsnachweis',
  'rights.ui.letter.extension': 'Mitteilung der Fristverlängerung',
  'rights.ui.letter.answer': 'Antwort',
  'rights.ui.letter.restriction-lifted': 'Mitteilung über die Aufhebung der Einschränkung',
  'rights.ui.letter-hint':
    'Aus dem Antrag in dessen Sprache ausgefüllt. Prüfen Sie die Anschrift, dann drucken oder in eine E-Mail kopieren.',
  'rights.ui.letter-to-name': 'Empfänger',
  'rights.ui.letter-to-address': 'Anschrift',
  'rights.ui.letter-refused.request-still-open':
    'Das Antwortschreiben steht bereit, sobald der Antrag abgeschlossen ist.',
  'rights.ui.letter-refused.no-extension': 'Dieser Antrag wurde nicht verlängert.',
  'rights.ui.letter-refused.not-a-restriction':
    'Nur eine gewährte Einschränkung kann aufgehoben werden.',
  'rights.ui.lift-on': 'Einschränkung aufgehoben am',
  'rights.ui.print': 'Drucken',
  'rights.ui.dashboard': 'Betroffenenanträge',
  'rights.ui.dashboard-none': 'Kein Antrag ist überfällig oder diese Woche fällig.',
  'rights.ui.dashboard-overdue': 'Überfällig ({count})',
  'rights.ui.dashboard-due-soon': 'Diese Woche fällig ({count})',
  'rights.ui.open-register': 'Antragsregister öffnen',
  'rights.ui.person-panel': 'Rechte dieser Person',
  'rights.ui.restricted-banner':
    'Eingeschränkt seit {date} (Art. 18): gespeichert, nur lesbar, nicht weitergegeben, standardmäßig nicht in Suchergebnissen.',
  'rights.ui.objected-banner':
    'Widerspruch gegen die Verarbeitung am {date} (Art. 21): nicht verarbeiten.',
  'rights.ui.lift': 'Einschränkung aufheben',
  'rights.ui.lift-told': 'Person unterrichtet am (Art. 18 Abs. 3)',
  'rights.ui.new-for-person': 'Antrag dieser Person erfassen',
};
