import type { Catalogue } from '../../catalogue';
import type { rights as reference } from '../en/rights';

/** German: exactly the English keys (../en/rights.ts), same {placeholders}. */
export const rights: Catalogue<keyof typeof reference> = {
  'rights.type.access': 'Auskunft',
  'rights.type.rectification': 'Berichtigung',
  'rights.type.erasure': 'Löschung',
  'rights.type.restriction': 'Einschränkung',
  'rights.type.objection': 'Widerspruch',
  'rights.type.portability': 'Datenübertragbarkeit',
  'rights.status.received': 'Eingegangen',
  'rights.status.in-progress': 'In Bearbeitung',
  'rights.status.waiting': 'Wartet auf die Person',
  'rights.status.completed': 'Erledigt',
  'rights.status.refused': 'Abgelehnt',
  'rights.channel.email': 'E-Mail',
  'rights.channel.letter': 'Brief',
  'rights.channel.phone': 'Telefon',
  'rights.channel.in-person': 'Persönlich',
  'rights.ground.identity-not-verified': 'Identität nicht überprüfbar (Art. 12 Abs. 6)',
  'rights.ground.manifestly-unfounded': 'Offenkundig unbegründet (Art. 12 Abs. 5)',
  'rights.ground.excessive': 'Exzessiv, insbesondere häufig wiederholt (Art. 12 Abs. 5)',
  'rights.ground.legal-claims':
    'Zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich (Art. 17 Abs. 3 lit. e, Art. 21 Abs. 1)',
  'rights.ground.compelling-grounds': 'Zwingende schutzwürdige Gründe (Art. 21 Abs. 1)',
  'rights.ground.other': 'Anderer Grund',
  'rights.deadline.overdue': 'Überfällig',
  'rights.deadline.due-soon': 'Diese Woche fällig',
  'rights.deadline.on-time': 'Fristgerecht',
  'rights.deadline.closed': 'Abgeschlossen',
  'rights.person.not-found': 'Nicht im Bestand gefunden',
  'reason.request-not-found': 'Dieser Antrag existiert nicht mehr.',
  'reason.person-not-found': 'Diese Person ist nicht (mehr) im Bestand.',
  'reason.request-closed': 'Dieser Antrag ist abgeschlossen und kann nicht mehr geändert werden.',
  'reason.wrong-request-type': 'Diese Aktion beantwortet diese Art von Antrag nicht.',
  'reason.no-person':
    'Mit diesem Antrag ist keine Person verknüpft: Antworten Sie, dass keine Daten vorliegen.',
  'reason.effect-required':
    'Schließen Sie den Antrag mit der passenden Aktion (löschen, einschränken, Widerspruch, berichtigen).',
  'reason.ground-not-applicable': 'Dieser Grund gilt nicht für diese Art von Antrag.',
  'reason.not-restricted': 'Für diese Person besteht keine Einschränkung.',
  'reason.erasure-failed':
    'Die Löschung wurde nicht abgeschlossen; der Antrag bleibt offen. Bitte erneut versuchen.',
  'reason.extension-refused': 'Die Fristverlängerung ist nicht möglich:',
  'reason.erasure-no-extension':
    'Ein Löschantrag kann nicht verlängert werden: Die Datenschutzerklärung verspricht eine Woche (P9).',
  'reason.already-extended':
    'Dieser Antrag wurde bereits verlängert; Art. 12 Abs. 3 erlaubt dies nur einmal.',
  'reason.extension-not-later': 'Die neue Frist muss nach der aktuellen liegen.',
  'reason.extension-too-long':
    'Die neue Frist darf höchstens zwei Monate nach dem ersten Monat liegen (Art. 12 Abs. 3).',
  'reason.told-before-receipt':
    'Die Person kann nicht vor Eingang des Antrags unterrichtet worden sein.',
  'reason.told-too-late':
    'Die Person muss innerhalb eines Monats nach Eingang über die Verlängerung unterrichtet werden (Art. 12 Abs. 3).',
  'reason.told-in-future': 'Das Datum der Unterrichtung darf nicht in der Zukunft liegen.',
  'reason.reason-required':
    'Geben Sie den Grund der Verlängerung an: Er wird der Person mitgeteilt.',
};
