import type { Catalogue } from '../../catalogue';
import type { sync as reference } from '../en/sync';

/** German: exactly the English keys (../en/sync.ts), same {placeholders}. */
export const sync: Catalogue<keyof typeof reference> = {
  'nav.sync': 'Synchronisierung',
  'sync.first-run.title': 'Dieser Laptop und das Büro',
  'sync.first-run.intro':
    'Teilen Sie einen gemeinsamen Kandidatenpool mit Ihren Kolleginnen und Kollegen über den Server des Büros, oder behalten Sie die Daten dieses Laptops nur auf diesem Laptop. Sie können das später in den Einstellungen ändern.',
  'sync.first-run.connect': 'Mit dem Büro verbinden',
  'sync.first-run.alone': 'Allein auf diesem Laptop arbeiten',
  'sync.first-run.alone-chosen':
    'Dieser Laptop arbeitet allein: Es wird nichts gesendet. Sie können sich später in den Einstellungen mit dem Büro verbinden.',
  'sync.connect.form': 'Mit dem Büro verbinden',
  'sync.connect.address': 'Serveradresse',
  'sync.connect.address-hint': 'Vom Administrator des Büros mitgeteilt; meist diese Adresse.',
  'sync.connect.name': 'Ihr Benutzername im Büro',
  'sync.connect.password': 'Passwort',
  'sync.connect.password-hint':
    'Wird einmal an den Server des Büros gesendet, um eine Sitzung zu öffnen; Vivier speichert es nie.',
  'sync.connect.submit': 'Verbinden',
  'sync.connect.busy': 'Verbindung wird hergestellt…',
  'sync.connect.done': 'Mit dem Büro verbunden als {name}.',
  'sync.settings.title': 'Team-Synchronisierung',
  'sync.settings.alone': 'Dieser Laptop arbeitet allein: Seine Daten werden nicht geteilt.',
  'sync.settings.connected': 'Verbunden mit {address} als {name}.',
  'sync.settings.disconnect': 'Verbindung zum Büro trennen',
  'sync.settings.disconnected':
    'Getrennt. Die Daten bleiben auf diesem Laptop; es wird nichts mehr geteilt.',
  'sync.settings.sign-in-again': 'Erneut anmelden',
  'sync.status.label': 'Synchronisierungsstatus',
  'sync.status.syncing': 'Synchronisierung läuft…',
  'sync.status.never': 'Noch nicht synchronisiert',
  'sync.status.last': 'Zuletzt synchronisiert {when}',
  'sync.status.waiting': '{count} Änderungen warten',
  'sync.status.offline':
    'Offline: Änderungen werden aufbewahrt und gesendet, sobald das Netz wieder da ist',
  'sync.status.refused': '{count} Änderungen vom Server des Büros abgelehnt',
  'sync.status.error': 'Synchronisierung fehlgeschlagen: {reason}',
  'sync.now': 'Jetzt synchronisieren',
  'sync.error.offline': 'der Server des Büros ist nicht erreichbar (offline oder Server aus)',
  'sync.error.unauthorized':
    'falscher Benutzername oder falsches Passwort, oder Sitzung abgelaufen',
  'sync.error.server-error': 'der Server des Büros hat mit einem Fehler geantwortet ({status})',
  'sync.error.bad-response':
    'der Server des Büros hat eine Antwort gesendet, die Vivier nicht versteht',
  'reason.hub-offline':
    'Der Server des Büros ist nicht erreichbar. Prüfen Sie die Adresse und das Netzwerk.',
  'reason.hub-unauthorized': 'Falscher Benutzername oder falsches Passwort.',
  'reason.hub-server-error':
    'Der Server des Büros hat mit einem Fehler geantwortet. Versuchen Sie es später erneut.',
  'reason.hub-bad-response':
    'Diese Adresse antwortet nicht wie der Server des Büros. Prüfen Sie die Adresse.',
  'reason.sync-stale':
    'Dieser Laptop wurde seit mehr als einer Woche nicht mit dem Büro synchronisiert: Eine Einwilligung könnte auf einem anderen Laptop widerrufen worden sein.',
  'reason.sync-stale.todo':
    'Mit dem Büro synchronisieren (Jetzt synchronisieren), dann erneut senden.',
  'validation.invalid-address':
    'Geben Sie eine Adresse ein, die mit https:// beginnt (oder einen Pfad wie /sync/).',
  'sync.screen.title': 'Team-Synchronisierung',
  'sync.screen.quarantine': 'Zurückgestellte Dokumente',
  'sync.screen.quarantine-intro':
    'Dokumente vom Server des Büros, die ihre Prüfungen nicht bestanden haben: Sie wurden nie übernommen. Informieren Sie den Administrator des Büros.',
  'sync.screen.quarantine-none': 'Kein Dokument wurde zurückgestellt.',
  'sync.screen.document': 'Dokument',
  'sync.screen.reason': 'Grund',
  'sync.screen.fields': 'Felder',
  'sync.screen.at': 'Zeitpunkt',
};
