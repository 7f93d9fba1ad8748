import type { Catalogue } from '../../catalogue';
import type { disclosure as reference } from '../en/disclosure';

/** German: exactly the English keys (../en/disclosure.ts), same {placeholders}. */
export const disclosure: Catalogue<keyof typeof reference> = {
  'reason.recipient-not-on-mission':
    'Dieser Empfänger gehört nicht zum Mandat: Nur dessen Auftraggeber oder bei einem gemeinsamen Mandat die Partnerfirma darf den Kandidaten erhalten.',
  'reason.recipient-not-on-mission.todo':
    'Wählen Sie den Auftraggeber des Mandats oder tragen Sie die Partnerfirma im Mandat ein, wenn es ein gemeinsames Mandat ist.',
  'reason.no-signed-contract':
    'Für das Mandat liegt kein unterzeichneter Dienstleistungsvertrag vor: Die Datenschutzerklärung erlaubt die Weitergabe nur an Auftraggeber mit unterzeichnetem Vertrag.',
  'reason.no-signed-contract.todo':
    'Tragen Sie nach der Unterzeichnung das Datum des Vertrags im Mandat ein.',
  'reason.no-consent':
    'Der Kandidat hat nicht eingewilligt, diesem Empfänger für dieses Mandat vorgestellt zu werden.',
  'reason.no-consent.todo':
    'Fragen Sie ihn und erfassen Sie dann die schriftliche oder mündliche Einwilligung für dieses Mandat und diesen Empfänger.',
  'reason.consent-withdrawn':
    'Der Kandidat hat seine Einwilligung für dieses Mandat und diesen Empfänger widerrufen.',
  'reason.consent-withdrawn.todo':
    'Senden Sie nichts. Nur eine neue Einwilligung des Kandidaten würde es wieder erlauben.',
  'reason.category-not-covered':
    'Die Einwilligung deckt nicht alle Daten ab, die Sie senden möchten: {categories}.',
  'reason.category-not-covered.todo':
    'Senden Sie weniger Kategorien oder Dokumente, oder erfassen Sie eine neue Einwilligung, die sie abdeckt.',
  'reason.reuse-without-fresh-consent':
    'Der Kandidat war schon vor diesem Mandat im Pool: Eine Wiederverwendung erfordert eine neue Einwilligung und eine Aktualisierung der Daten mit ihm.',
  'reason.reuse-without-fresh-consent.todo':
    'Gehen Sie die Daten mit dem Kandidaten durch und erfassen Sie dann eine neue Einwilligung für dieses Mandat mit dem Datum dieser Durchsicht.',
  'reason.notice-not-given':
    'Die Daten stammen nicht vom Kandidaten, und er hat die Datenschutzinformation noch nicht erhalten (Art. 14).',
  'reason.notice-not-given.todo':
    'Senden Sie ihm die Datenschutzinformation und erfassen Sie, wann und wie sie übermittelt wurde.',
  'reason.restricted.todo': 'Solange die Einschränkung besteht, darf nichts gesendet werden.',
  'reason.objected': 'Der Kandidat hat der Verarbeitung seiner Daten widersprochen.',
  'reason.objected.todo':
    'Es darf nichts gesendet werden. Bearbeiten Sie den Widerspruch im Bereich Betroffenenrechte.',
  'reason.blocked':
    'Der Kandidat wurde abgelehnt und ist gesperrt: Nach den deutschen Regeln werden seine Daten nur noch zur Abwehr möglicher Ansprüche aufbewahrt (AGG § 15 Abs. 4).',
  'reason.blocked.todo':
    'Es darf nichts gesendet werden. Eine neue Bewerbung oder eine erneuerte Einwilligung mit Datenprüfung hebt die Sperre auf.',
  'reason.past-retention':
    'Die Aufbewahrungsfrist des Kandidaten ist abgelaufen: Die Daten sind zu löschen, nicht weiterzugeben.',
  'reason.past-retention.todo':
    'Senden Sie nichts. Nur eine neue Einwilligung mit Aktualisierung der Daten würde eine neue Frist beginnen.',
  'reason.outside-eea-no-safeguard':
    'Der Empfänger sitzt außerhalb der EU/des EWR, und es ist keine Garantie für die Übermittlung erfasst.',
  'reason.outside-eea-no-safeguard.todo':
    'Erfassen Sie die Garantie (Angemessenheitsbeschluss oder Standardvertragsklauseln) beim Empfänger, oder senden Sie nichts.',
  'reason.consent-already-withdrawn': 'Diese Einwilligung wurde bereits widerrufen.',
  'reason.application-closed':
    'Diese Bewerbung ist abgeschlossen (eingestellt, abgelehnt oder zurückgezogen): Aus ihr wird nichts weitergegeben.',
  'reason.changed-meanwhile':
    'Der Datensatz des Kandidaten wurde während der Erstellung des Dossiers geändert. Versuchen Sie es erneut.',
  'reason.task-already-done': 'Dieser Empfänger wurde bereits als benachrichtigt markiert.',

  'disclosure.category.identity': 'Name',
  'disclosure.category.contact': 'Kontaktdaten',
  'disclosure.category.qualifications': 'Qualifikationen',
  'disclosure.category.references': 'Referenzen',
  'disclosure.category.experience': 'Beruflicher Werdegang',
  'disclosure.category.profile-links': 'Links zu öffentlichen Profilen',
  'disclosure.category.psychometrics': 'Ergebnisse psychometrischer Tests',
  'disclosure.category.interviews': 'Informationen aus Gesprächen',

  'consent.title': 'Einwilligungen',
  'consent.new': 'Einwilligung erfassen',
  'consent.change': 'Änderung erfassen',
  'consent.mission': 'Mandat',
  'consent.recipient': 'Empfänger',
  'consent.form': 'Form',
  'consent.form.written': 'Schriftlich',
  'consent.form.verbal': 'Mündlich',
  'consent.givenOn': 'Erteilt am',
  'consent.script': 'Verwendetes Skript oder Wortlaut',
  'consent.script.help':
    'Notieren Sie bei einer mündlichen Einwilligung die Worte, mit denen Sie gefragt haben.',
  'consent.evidenceNote': 'Nachweis',
  'consent.evidenceFile': 'Nachweisdatei (z. B. die E-Mail des Kandidaten)',
  'consent.categories': 'Daten, deren Weitergabe der Kandidat zustimmt',
  'consent.dataReviewedOn': 'Daten mit dem Kandidaten durchgesehen am',
  'consent.dataReviewedOn.help':
    'Erforderlich, um einen Kandidaten wiederzuverwenden, der schon vor diesem Mandat im Pool war (Datenschutzerklärung: Wiederverwendung nach Aktualisierung der Daten mit der Person).',
  'consent.recordedBy': 'Erfasst von {name} am {date}',
  'consent.supersedes': 'Ersetzt die Einwilligung vom {date}',
  'consent.state': 'Status',
  'consent.state.active': 'Gültig',
  'consent.state.superseded': 'Ersetzt',
  'consent.state.withdrawn': 'Widerrufen am {date}',
  'consent.state.future': 'In der Zukunft datiert',
  'consent.withdraw': 'Einwilligung widerrufen',
  'consent.withdrawAll': 'Alle Einwilligungen widerrufen',
  'consent.withdrawnOn': 'Widerrufen am',
  'consent.withdrawalNote': 'Wie der Kandidat es uns mitgeteilt hat',
  'consent.withdrawalDetail': 'Einzelheiten (optional)',
  'consent.withdraw.save': 'Widerruf erfassen',
  'consent.state.withdrawnHow': 'Widerrufen am {date} ({channel})',
  'consent.withdraw.confirm':
    'Der Kandidat widerruft diese Einwilligung. Auf ihrer Grundlage wird nichts mehr weitergegeben.',
  'consent.save': 'Erfassen',
  'consent.none': 'Keine Einwilligung erfasst.',

  'disclosure.submit.title': 'An einen Empfänger senden',
  'disclosure.recipient': 'Empfänger',
  'disclosure.categories': 'Zu sendende Daten',
  'disclosure.attachments': 'Zu sendende Dokumente',
  'disclosure.implied': 'Diese Dokumente geben außerdem weiter: {categories}.',
  'disclosure.submit': 'Prüfen und Dossier erstellen',
  'disclosure.refused': 'Das kann nicht gesendet werden:',
  'disclosure.done': 'Dossier erstellt und Weitergabe erfasst.',
  'disclosure.download': 'Dossier herunterladen',

  'dossier.title': 'Kandidatenprofil',
  'dossier.confidential':
    'Vertraulich. An {recipient} für das Mandat „{position}“ mit Einwilligung des Kandidaten übermittelt am {date}. Nur für dieses Mandat verwenden und nicht weitergeben.',
  'dossier.confidentialInternal':
    'Vertraulich. Am {date} an {recipient} für interne Zwecke des Beratungsunternehmens übermittelt. Nicht weitergeben.',
  'dossier.contains': 'Dieses Dokument enthält nur: {categories}.',
  'dossier.name': 'Name',
  'dossier.emails': 'E-Mail',
  'dossier.phones': 'Telefon',
  'dossier.addresses': 'Anschrift',
  'dossier.languages': 'Sprachen',
  'dossier.present': 'heute',
  'dossier.takenOn': 'Durchgeführt am {date}',
  'dossier.administeredBy': 'Durchgeführt von {name}',
  'dossier.interviewOn': 'Gespräch vom {date}, {author}',
  'dossier.files': 'Beigefügte Dokumente',
  'dossier.none': 'Nichts erfasst.',

  'register.title': 'Verzeichnis der Weitergaben',
  'register.date': 'Datum',
  'register.candidate': 'Kandidat',
  'register.recipient': 'Empfänger',
  'register.mission': 'Mandat',
  'register.consent': 'Einwilligung',
  'register.categories': 'Kategorien',
  'register.files': 'Dateien (SHA-256)',
  'register.by': 'Von',
  'register.from': 'Von',
  'register.to': 'Bis',
  'register.export': 'Als CSV exportieren',
  'register.erased': 'Gelöschter Kandidat ({pseudonym})',
  'register.none': 'Keine Weitergabe.',
  'register.internal': 'Intern',

  'art19.title': 'Zu benachrichtigende Empfänger (Art. 19)',
  'art19.task':
    '{recipient} über die {change} der am {date} übermittelten Daten informieren: {candidate}.',
  'art19.change.rectification': 'Berichtigung',
  'art19.change.erasure': 'Löschung',
  'art19.change.restriction': 'Einschränkung',
  'art19.fields': 'Was sich geändert hat: {fields}',
  'art19.erasedCandidate': 'gelöschter Kandidat, vorgestellt für „{position}“',
  'art19.markNotified': 'Als benachrichtigt markieren',
  'art19.notifiedOn': 'Benachrichtigt am',
  'art19.notifiedHow': 'Wie (E-Mail, Brief, Telefon …)',
  'art19.none': 'Kein Empfänger zu benachrichtigen.',
  'nav.disclosures': 'Einwilligungen und Weitergaben',
  'disclosure.application': 'Bewerbung',
  'disclosure.generalApplication': 'Initiativbewerbung (ohne Mandat)',
  'disclosure.noApplication':
    'Der Kandidat hat keine offene Bewerbung, aus der gesendet werden kann.',
  'disclosure.noAttachments': 'Keine Dokumente zu diesem Kandidaten.',
  'disclosure.choose': 'Auswählen …',
  'disclosure.recipient.client': '{name} (Auftraggeber)',
  'disclosure.recipient.partner': '{name} (Partnerfirma)',
  'disclosure.recipient.internal': '{name} (intern)',
  'disclosure.recipient.other': '{name} (sonstiger Empfänger)',
  'disclosure.sent': 'Bisherige Weitergaben',
  'disclosure.error.not-found': 'Diesen Datensatz gibt es nicht mehr.',
  'consent.saved': 'Einwilligung erfasst.',
  'consent.withdrawn': 'Einwilligung widerrufen.',
  'consent.missionOf': '{position}',
  'consent.noMission':
    'Erfassen Sie zuerst eine Bewerbung auf ein Mandat: Eine Einwilligung gilt für ein Mandat.',
  'consent.categoriesFor': 'Umfasst: {categories}',
  'register.intro':
    'Jede Weitergabe von Kandidatendaten: an wen, wann, auf Grundlage welcher Einwilligung. Gelöschte Kandidaten erscheinen unter ihrem Pseudonym.',
  'register.filter': 'Filtern',
  'register.allRecipients': 'Alle Empfänger',
  'register.count.one': '{count} Weitergabe',
  'register.count.other': '{count} Weitergaben',
  'art19.done': 'Als benachrichtigt markiert.',
};
