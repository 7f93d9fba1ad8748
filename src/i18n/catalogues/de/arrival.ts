import type { Catalogue } from '../../catalogue';
import type { arrival as reference } from '../en/arrival';

/** German: exactly the English keys (../en/arrival.ts), same {placeholders}. */
export const arrival: Catalogue<keyof typeof reference> = {
  'move.title': 'Vivier früher unter einer anderen Adresse genutzt?',
  'move.why':
    'Der Browser speichert die Daten von Vivier nur für eine Adresse: {address} beginnt leer. Daten, die unter einer anderen Adresse erfasst wurden (ein alter Servername oder http:// statt https://), sind weiterhin auf diesem Laptop, aber nur dort.',
  'move.how': 'So holen Sie sie hierher:',
  'move.step-backup':
    'öffnen Sie die alte Adresse in diesem Browser und erstellen Sie eine Sicherung ({backup}, dann „{start}“);',
  'move.step-restore': 'kehren Sie zu dieser Adresse zurück und wählen Sie unten „{restore}“.',
  'demo.try.title': 'Vivier zuerst ausprobieren',
  'demo.try.text':
    'Erkunden Sie eine Demo-Kanzlei mit einigen hundert erfundenen Kandidaten, Kunden, Mandaten, Einwilligungen, Weitergaben, Betroffenenanfragen und Personen, deren Daten diese Woche ablaufen. Sie hat eine eigene Datenbank, wird nie mit echten Daten vermischt und nie gesichert.',
  'demo.try.start': 'Mit Beispieldaten erkunden',
  'demo.try.busy': 'Die Demo-Kanzlei wird vorbereitet…',
  'demo.try.failed': 'Die Demo-Kanzlei konnte nicht vorbereitet werden: {error}',
  'demo.banner.label': 'Demo-Kanzlei',
  'demo.banner.text':
    'Demo-Kanzlei: alle Personen hier sind erfunden. Nichts, was Sie hier tun, berührt echte Daten oder wird gesichert.',
  'demo.leave': 'Demo verlassen',
  'demo.leaving': 'Die Demo-Kanzlei wird gelöscht…',
  'demo.no-backup':
    'Die Demo-Kanzlei wird nie gesichert oder wiederhergestellt: ihre Personen sind erfunden. Verlassen Sie die Demo (Schaltfläche oben), um Vivier richtig einzurichten, und sichern Sie dann.',
};
