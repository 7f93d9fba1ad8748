import type { Catalogue } from '../../catalogue';
import type { sync as reference } from '../en/sync';

/** French: exactly the English keys (../en/sync.ts), same {placeholders}. */
export const sync: Catalogue<keyof typeof reference> = {
  'nav.sync': 'Synchronisation',
  'sync.first-run.title': 'Cet ordinateur et le cabinet',
  'sync.first-run.intro':
    'Partagez un seul vivier de candidats avec vos collègues par le serveur du cabinet, ou gardez les données de cet ordinateur sur cet ordinateur seulement. Vous pourrez changer d’avis plus tard dans les Réglages.',
  'sync.first-run.connect': 'Se connecter au cabinet',
  'sync.first-run.alone': 'Travailler seul sur cet ordinateur',
  'sync.first-run.alone-chosen':
    'Cet ordinateur travaille seul : rien n’est envoyé nulle part. Vous pourrez vous connecter au cabinet plus tard dans les Réglages.',
  'sync.connect.form': 'Se connecter au cabinet',
  'sync.connect.address': 'Adresse du serveur',
  'sync.connect.address-hint': 'Donnée par l’administrateur du cabinet ; en général cette adresse.',
  'sync.connect.name': 'Votre identifiant au cabinet',
  'sync.connect.password': 'Mot de passe',
  'sync.connect.password-hint':
    'Envoyé une seule fois au serveur du cabinet pour ouvrir une session ; Vivier ne le conserve jamais.',
  'sync.connect.submit': 'Se connecter',
  'sync.connect.busy': 'Connexion…',
  'sync.connect.done': 'Connecté au cabinet en tant que {name}.',
  'sync.settings.title': 'Synchronisation de l’équipe',
  'sync.settings.alone': 'Cet ordinateur travaille seul : ses données ne sont pas partagées.',
  'sync.settings.connected': 'Connecté à {address} en tant que {name}.',
  'sync.settings.disconnect': 'Se déconnecter du cabinet',
  'sync.settings.disconnected':
    'Déconnecté. Les données restent sur cet ordinateur ; plus rien n’est partagé.',
  'sync.settings.sign-in-again': 'Se reconnecter',
  'sync.status.label': 'État de la synchronisation',
  'sync.status.syncing': 'Synchronisation…',
  'sync.status.never': 'Pas encore synchronisé',
  'sync.status.last': 'Dernière synchronisation {when}',
  'sync.status.waiting': '{count} modifications en attente',
  'sync.status.offline':
    'Hors ligne : les modifications sont gardées et envoyées au retour du réseau',
  'sync.status.refused': '{count} modifications refusées par le serveur du cabinet',
  'sync.status.error': 'Échec de la synchronisation : {reason}',
  'sync.now': 'Synchroniser',
  'sync.error.offline': 'le serveur du cabinet est injoignable (hors ligne ou serveur arrêté)',
  'sync.error.unauthorized': 'identifiant ou mot de passe incorrect, ou session expirée',
  'sync.error.server-error': 'le serveur du cabinet a répondu par une erreur ({status})',
  'sync.error.bad-response':
    'le serveur du cabinet a envoyé une réponse que Vivier ne comprend pas',
  'reason.hub-offline': 'Le serveur du cabinet est injoignable. Vérifiez l’adresse et le réseau.',
  'reason.hub-unauthorized': 'Identifiant ou mot de passe incorrect.',
  'reason.hub-server-error': 'Le serveur du cabinet a répondu par une erreur. Réessayez plus tard.',
  'reason.hub-bad-response':
    'Cette adresse ne répond pas comme le serveur du cabinet. Vérifiez l’adresse.',
  'reason.sync-stale':
    'Cet ordinateur ne s’est pas synchronisé avec le cabinet depuis plus d’une semaine : un consentement a pu être retiré sur un autre ordinateur.',
  'reason.sync-stale.todo': 'Synchronisez avec le cabinet (Synchroniser), puis envoyez à nouveau.',
  'validation.invalid-address':
    'Saisissez une adresse commençant par https:// (ou un chemin comme /sync/).',
  'sync.screen.title': 'Synchronisation de l’équipe',
  'sync.screen.quarantine': 'Documents mis de côté',
  'sync.screen.quarantine-intro':
    'Documents du serveur du cabinet qui n’ont pas passé les contrôles : ils n’ont jamais été appliqués. Prévenez l’administrateur du cabinet.',
  'sync.screen.quarantine-none': 'Aucun document n’a été mis de côté.',
  'sync.screen.document': 'Document',
  'sync.screen.reason': 'Motif',
  'sync.screen.fields': 'Champs',
  'sync.screen.at': 'Date',
};
