import type { Catalogue } from '../../catalogue';
import type { backup as reference } from '../en/backup';

/** French: exactly the English keys (../en/backup.ts), same {placeholders}. */
export const backup: Catalogue<keyof typeof reference> = {
  'reason.not-a-backup': 'Ce fichier n’est pas une sauvegarde Vivier.',
  'reason.newer-format':
    'Cette sauvegarde a été faite par une version plus récente de Vivier. Mettez Vivier à jour, puis restaurez-la.',
  'reason.invalid-key':
    'Ce n’est pas un fichier de clé valide. Choisissez le fichier de la clé du cabinet : sa clé commence par AGE-SECRET-KEY-1.',
  'reason.wrong-key':
    'Cette clé ou cette phrase secrète n’ouvre pas cette sauvegarde. (Un en-tête de fichier endommagé donne le même résultat.)',
  'reason.needs-passphrase':
    'Cette sauvegarde est protégée par une phrase secrète, pas par la clé du cabinet : saisissez la phrase secrète.',
  'reason.needs-identity':
    'Cette sauvegarde est chiffrée pour la clé du cabinet : choisissez le fichier de clé plutôt qu’une phrase secrète.',
  'reason.work-factor-too-high':
    'Ce fichier exige un calcul démesuré pour être ouvert (facteur de travail scrypt supérieur à 20). Vivier le refuse : il n’a pas été créé par Vivier.',
  'reason.truncated':
    'Cette sauvegarde est incomplète : le fichier a été tronqué, peut-être par une copie interrompue. Utilisez une autre sauvegarde.',
  'reason.trailing-data':
    'Des données ont été ajoutées après la fin de cette sauvegarde : elle a été modifiée. Utilisez une autre sauvegarde.',
  'reason.tampered':
    'Cette sauvegarde a été modifiée ou endommagée : son contenu ne correspond plus à son sceau. Utilisez une autre sauvegarde.',
  'reason.bad-entry-name':
    'Cette sauvegarde contient un fichier au nom dangereux (un chemin qui sort de son dossier). Vivier la refuse.',
  'reason.zip-bomb':
    'Une partie de cette sauvegarde se décompresse bien au-delà de sa taille déclarée. Vivier a arrêté la lecture.',
  'reason.corrupt-archive': 'L’archive contenue dans cette sauvegarde est mal formée.',
  'reason.checksum-mismatch':
    'Une partie de cette sauvegarde ne correspond pas à son empreinte dans le manifeste.',
  'reason.manifest-mismatch':
    'Le manifeste de cette sauvegarde ne correspond pas à son contenu (fichiers ou nombres d’enregistrements).',
  'reason.invalid-record':
    'Un enregistrement de cette sauvegarde n’est pas valide ({table}, ligne {row}).',
  'reason.cancelled': 'Annulé. Rien n’a été modifié.',
  'reason.changed-during-backup':
    'Des données ont changé pendant la sauvegarde, qui pourrait donc être incohérente. Relancez-la.',
  'reason.too-large':
    'La sauvegarde dépasserait 4 Go ou 65 535 fichiers, les limites du format zip écrit par Vivier.',
  'reason.corrupt-row':
    'Un enregistrement de la base de ce poste est endommagé ({table}, {key}) ; aucune sauvegarde n’a été écrite. Contactez l’assistance.',
  'reason.sink-failed':
    'La sauvegarde n’a pas pu être écrite à l’emplacement choisi (disque plein ou accès perdu). Aucun fichier portant un nom de sauvegarde n’a été laissé.',
  'reason.quota-exceeded':
    'Espace de stockage insuffisant sur ce poste pour restaurer. Vos données actuelles sont intactes : libérez de l’espace et réessayez.',
  'reason.changed-since-review':
    'Quelque chose a changé sur ce poste depuis l’affichage du récapitulatif. Vérifiez de nouveau la sauvegarde.',
  'reason.interrupted':
    'Une autre restauration s’est terminée entre-temps. Vérifiez de nouveau la sauvegarde.',

  'backup.title': 'Sauvegarde',
  'backup.intro':
    'Si ce poste est perdu, réinitialisé ou vidé par le navigateur, la sauvegarde chiffrée sur le serveur de fichiers du cabinet est la seule copie.',
  'backup.mode.office-key': 'Clé du cabinet (recommandé)',
  'backup.mode.office-key.help':
    'Seul le cabinet, qui conserve le fichier de clé secrète, peut ouvrir les sauvegardes : un ordinateur volé ne le peut pas.',
  'backup.mode.passphrase': 'Phrase secrète',
  'backup.mode.passphrase.help':
    'Pour les cabinets sans clé. La phrase secrète n’est jamais enregistrée : conservez-la en lieu sûr.',
  'backup.key.generate': 'Créer la clé du cabinet',
  'backup.key.secret-warning':
    'Cette clé secrète n’est affichée qu’une fois. Téléchargez le fichier et conservez-le en lieu sûr, hors de ce poste : sans lui, aucune sauvegarde ne peut être ouverte. Vivier ne garde que la clé publique.',
  'backup.key.download': 'Télécharger le fichier de clé secrète',
  'backup.key.stored': 'J’ai rangé le fichier de clé secrète en lieu sûr',
  'backup.key.public': 'Clé publique',
  'backup.key.add': 'Ajouter une clé publique',
  'backup.key.add.help':
    'Collez une clé publique age (age1…) : la clé du cabinet créée sur un autre poste, ou une clé de séquestre.',
  'backup.key.remove': 'Retirer',
  'backup.key.invalid': 'Ce n’est pas une clé publique age (age1…).',
  'backup.passphrase.label': 'Phrase secrète de cette sauvegarde',
  'backup.passphrase.again': 'Phrase secrète (confirmation)',
  'backup.passphrase.mismatch': 'Les deux phrases secrètes diffèrent.',
  'backup.passphrase.weak':
    'Faible : utilisez au moins quatre mots pris au hasard, ou 12 caractères aléatoires.',
  'backup.passphrase.fair': 'Moyenne : un mot aléatoire de plus la rendrait robuste.',
  'backup.passphrase.strong': 'Robuste.',
  'backup.folder.choose': 'Choisir le dossier de sauvegarde',
  'backup.folder.current': 'Les sauvegardes sont écrites dans : {folder}',
  'backup.folder.permission':
    'Vivier a de nouveau besoin de votre autorisation pour écrire dans {folder}.',
  'backup.folder.grant': 'Autoriser l’accès',
  'backup.folder.unsupported':
    'Ce navigateur ne peut pas écrire dans un dossier : la sauvegarde est téléchargée. Déplacez-la ensuite sur le serveur de fichiers.',
  'backup.start': 'Sauvegarder maintenant',
  'backup.progress': '{done} écrits sur environ {total}',
  'backup.eta': 'Encore {time} environ',
  'backup.cancel': 'Annuler',
  'backup.verifying': 'Vérification de la sauvegarde écrite…',
  'backup.done': 'Sauvegarde vérifiée : {file} ({size}).',
  'backup.rotated.one':
    '{count} sauvegarde ancienne supprimée ; les {keep} dernières sont conservées.',
  'backup.rotated.other':
    '{count} sauvegardes anciennes supprimées ; les {keep} dernières sont conservées.',
  'backup.keep': 'Nombre de sauvegardes à conserver',
  'backup.max-age': 'Me le rappeler au bout de (jours)',
  'backup.last': 'Dernière sauvegarde vérifiée : {date}',
  'backup.never': 'Aucune sauvegarde vérifiée pour l’instant.',
  'backup.too-old':
    'La dernière sauvegarde vérifiée date de {days} jours. Faites une sauvegarde maintenant.',

  'restore.title': 'Restaurer une sauvegarde',
  'restore.intro':
    'La restauration remplace toutes les données de ce poste par celles de la sauvegarde. Les personnes effacées le restent ; celles dont la durée de conservation est échue sont écartées.',
  'restore.first-run': 'Restaurer une sauvegarde',
  'restore.file': 'Fichier de sauvegarde',
  'restore.key-file': 'Fichier de la clé du cabinet',
  'restore.passphrase': 'Phrase secrète',
  'restore.check': 'Vérifier la sauvegarde',
  'restore.checking': 'Déchiffrement et vérification de chaque partie…',
  'restore.summary.title': 'Ce qui sera restauré',
  'restore.summary.made': 'Sauvegarde faite le {date} avec Vivier {version}.',
  'restore.summary.dropped': 'Personnes écartées : {count}',
  'restore.summary.unlinked':
    'Enregistrements conservés sans la personne qu’ils désignaient (preuves de communication, demandes) : {count}',
  'restore.summary.laptop-tombstones':
    'Effacements faits sur ce poste et maintenus après la restauration : {count}',
  'restore.summary.audit-broken':
    'Attention : le journal d’audit de cette sauvegarde est rompu à l’entrée {seq}.',
  'restore.drop.erased-in-backup': 'effacée le {date}',
  'restore.drop.erased-on-this-laptop': 'effacée sur ce poste le {date}',
  'restore.drop.retention': 'durée de conservation échue le {date}',
  'restore.drop.retention-archive':
    'durée de conservation échue le {date} ; l’archive clients conserve le placement (P8)',
  'restore.drop.with-candidate': 'référent d’un candidat écarté',
  'restore.drop.unnamed': 'Personne effacée',
  'restore.confirm': 'Remplacer les données de ce poste',
  'restore.applying': 'Restauration en cours…',
  'restore.done': 'Restauration terminée. Vivier va se recharger.',

  'backup.table.meta': 'Installation',
  'backup.table.settings': 'Paramètres',
  'backup.table.users': 'Utilisateurs',
  'backup.table.tombstones': 'Traces d’effacement',
  'backup.table.holds': 'Gels',
  'backup.table.candidates': 'Candidats',
  'backup.table.referees': 'Référents',
  'backup.table.contacts': 'Contacts clients',
  'backup.table.organisations': 'Organisations',
  'backup.table.missions': 'Missions',
  'backup.table.applications': 'Candidatures',
  'backup.table.consents': 'Consentements',
  'backup.table.disclosures': 'Communications',
  'backup.table.notificationTasks': 'Destinataires à informer',
  'backup.table.rightsRequests': 'Demandes d’exercice de droits',
  'backup.table.archive': 'Archive clients',
  'backup.table.attachments': 'Pièces jointes',
  'backup.table.auditLog': 'Journal d’audit',
  'backup.person.candidate': 'Candidat',
  'backup.person.referee': 'Référent',
  'backup.person.contact': 'Contact client',
  'nav.backup': 'Sauvegarde',
  'backup.check-download': 'Choisissez le fichier téléchargé pour le vérifier',
  'backup.downloaded':
    'Sauvegarde téléchargée sous le nom {file}. Déplacez-la sur le serveur de fichiers du cabinet, puis choisissez-la ci-dessous : elle ne compte qu’une fois vérifiée.',
  'backup.folder.none': 'Aucun dossier de sauvegarde choisi pour l’instant.',
  'backup.folder.title': 'Dossier de sauvegarde',
  'backup.key.keep-public': 'Ne garder que la clé publique',
  'backup.key.list': 'Clés publiques pour lesquelles les sauvegardes sont chiffrées',
  'backup.key.none':
    'Pas encore de clé du cabinet : créez-en une, ou collez la clé publique créée sur un autre poste.',
  'backup.key.secret-label': 'Clé secrète du cabinet (affichée une seule fois)',
  'backup.mode.label': 'Protéger la sauvegarde par',
  'backup.policy.save': 'Enregistrer',
  'backup.policy.saved': 'Enregistré.',
  'backup.policy.title': 'Rotation et rappel',
  'backup.progress.label': 'Avancement de la sauvegarde',
  'backup.run.title': 'Faire une sauvegarde',
  'restore.first-run.help':
    'Un poste neuf ou réinitialisé : restaurez la dernière sauvegarde du cabinet au lieu de partir de zéro.',
  'restore.kind.key': 'la clé du cabinet (un fichier de clé)',
  'restore.kind.passphrase': 'une phrase secrète',
  'restore.key-kind': 'La sauvegarde est protégée par',
  'restore.open': 'Restaurer une sauvegarde…',
  'restore.summary.in-backup': 'Dans la sauvegarde',
  'restore.summary.kept': 'Restaurés',
  'restore.summary.what': 'Données',
  'restore.try-again': 'Choisir de nouveau',
  'restore.who': 'Lequel de ces utilisateurs êtes-vous ?',
  'restore.who.none': 'Quelqu’un d’autre : je m’enregistrerai après la restauration',
};
