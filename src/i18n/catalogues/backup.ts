import { area } from '../catalogue';

/** Backup, restore and the office key: every reason code (domain/backup-reasons.ts) and the screens. */
export const backup = area(
  {
    // reasons: reading a backup
    'reason.not-a-backup': 'This file is not a Vivier backup.',
    'reason.newer-format':
      'This backup was made by a newer version of Vivier. Update Vivier, then restore it.',
    'reason.invalid-key':
      'This is not a valid key file. Choose the office key file: its key starts with AGE-SECRET-KEY-1.',
    'reason.wrong-key':
      'This key or passphrase does not open this backup. (A damaged file header gives the same result.)',
    'reason.needs-passphrase':
      'This backup is protected by a passphrase, not by the office key: enter the passphrase.',
    'reason.needs-identity':
      'This backup is encrypted for the office key: choose the key file instead of a passphrase.',
    'reason.work-factor-too-high':
      'This file demands an unreasonable amount of computation to open (scrypt work factor above 20). Vivier refuses it: it was not made by Vivier.',
    'reason.truncated':
      'This backup is incomplete: the file was cut short, perhaps by an interrupted copy. Use another backup.',
    'reason.trailing-data':
      'Data was added after the end of this backup: it has been altered. Use another backup.',
    'reason.tampered':
      'This backup has been altered or damaged: its contents no longer match their seal. Use another backup.',
    'reason.bad-entry-name':
      'This backup contains a file with an unsafe name (a path leading out of its folder). Vivier refuses it.',
    'reason.zip-bomb':
      'A part of this backup expands far beyond its declared size. Vivier stopped reading it.',
    'reason.corrupt-archive': 'The archive inside this backup is malformed.',
    'reason.checksum-mismatch':
      'A part of this backup does not match its checksum in the manifest.',
    'reason.manifest-mismatch':
      'The manifest of this backup does not match its contents (its files or its counts).',
    'reason.invalid-record': 'A record in this backup is not valid ({table}, line {row}).',
    'reason.cancelled': 'Cancelled. Nothing was changed.',
    // reasons: writing a backup
    'reason.changed-during-backup':
      'Data changed while the backup was being made, so it may not be consistent. Start it again.',
    'reason.too-large':
      'The backup would exceed 4 GB or 65,535 files, the limits of the zip format Vivier writes.',
    'reason.corrupt-row':
      'A record in this laptop’s database is damaged ({table}, {key}); no backup was written. Contact support.',
    'reason.sink-failed':
      'The backup could not be written to the chosen place (disk full, or access lost). No file named as a backup was left.',
    // reasons: applying a restore
    'reason.quota-exceeded':
      'Not enough storage space on this laptop to restore. Your current data is unchanged: free some space and try again.',
    'reason.changed-since-review':
      'Something changed on this laptop since the summary was shown. Check the backup again.',
    'reason.interrupted': 'Another restore finished in the meantime. Check the backup again.',

    // backup screen
    'backup.title': 'Backup',
    'backup.intro':
      'If this laptop is lost, wiped or cleared by the browser, the encrypted backup on the office file server is the only copy.',
    'backup.mode.office-key': 'Office key (recommended)',
    'backup.mode.office-key.help':
      'Only the office, which keeps the secret key file, can open the backups: a stolen laptop cannot.',
    'backup.mode.passphrase': 'Passphrase',
    'backup.mode.passphrase.help':
      'For firms without an office key. The passphrase is never stored: keep it somewhere safe.',
    'backup.key.generate': 'Create the office key',
    'backup.key.secret-warning':
      'This secret key is shown only once. Download the file and keep it safe, away from this laptop: without it, no backup can be opened. Vivier keeps only the public key.',
    'backup.key.download': 'Download the secret key file',
    'backup.key.stored': 'I have stored the secret key file safely',
    'backup.key.public': 'Public key',
    'backup.key.add': 'Add a public key',
    'backup.key.add.help':
      'Paste an age public key (age1…): the office key set up on another laptop, or an escrow key.',
    'backup.key.remove': 'Remove',
    'backup.key.invalid': 'This is not an age public key (age1…).',
    'backup.passphrase.label': 'Passphrase for this backup',
    'backup.passphrase.again': 'The same passphrase again',
    'backup.passphrase.mismatch': 'The two passphrases differ.',
    'backup.passphrase.weak': 'Weak: use at least four random words, or 12 random characters.',
    'backup.passphrase.fair': 'Fair: one more random word would make it strong.',
    'backup.passphrase.strong': 'Strong.',
    'backup.folder.choose': 'Choose the backup folder',
    'backup.folder.current': 'Backups are written to: {folder}',
    'backup.folder.permission': 'Vivier needs your permission again to write to {folder}.',
    'backup.folder.grant': 'Allow access',
    'backup.folder.unsupported':
      'This browser cannot write to a folder: the backup is downloaded instead. Move it to the file server.',
    'backup.start': 'Back up now',
    'backup.progress': '{done} of about {total} written',
    'backup.eta': 'About {time} left',
    'backup.cancel': 'Cancel',
    'backup.verifying': 'Checking the backup just written…',
    'backup.done': 'Backup verified: {file} ({size}).',
    'backup.rotated': '{count} older backups deleted; the last {keep} are kept.',
    'backup.keep': 'Backups to keep',
    'backup.max-age': 'Remind me after this many days',
    'backup.last': 'Last verified backup: {date}',
    'backup.never': 'No verified backup yet.',
    'backup.too-old': 'The last verified backup is {days} days old. Make a backup now.',

    // restore screen
    'restore.title': 'Restore a backup',
    'restore.intro':
      'Restoring replaces all data on this laptop with the backup’s. Erased people stay erased; people past their retention date are left out.',
    'restore.first-run': 'Restore from a backup',
    'restore.file': 'Backup file',
    'restore.key-file': 'Office key file',
    'restore.passphrase': 'Passphrase',
    'restore.check': 'Check the backup',
    'restore.checking': 'Decrypting and checking every part…',
    'restore.summary.title': 'What will be restored',
    'restore.summary.made': 'Backup made on {date} with Vivier {version}.',
    'restore.summary.dropped': 'People left out: {count}',
    'restore.summary.unlinked':
      'Records kept without the person they named (disclosure evidence, requests): {count}',
    'restore.summary.laptop-tombstones':
      'Erasures made on this laptop and kept after the restore: {count}',
    'restore.summary.audit-broken':
      'Warning: the audit log in this backup is broken at entry {seq}.',
    'restore.drop.erased-in-backup': 'erased on {date}',
    'restore.drop.erased-on-this-laptop': 'erased on this laptop on {date}',
    'restore.drop.retention': 'retention period ended on {date}',
    'restore.drop.retention-archive':
      'retention period ended on {date}; the client archive keeps the placement (P8)',
    'restore.drop.with-candidate': 'referee of a candidate left out',
    'restore.drop.unnamed': 'Erased person',
    'restore.confirm': 'Replace the data on this laptop',
    'restore.applying': 'Restoring…',
    'restore.done': 'Restore complete. Vivier will now reload.',

    // names of what a backup holds
    'backup.table.meta': 'Installation',
    'backup.table.settings': 'Settings',
    'backup.table.users': 'Users',
    'backup.table.tombstones': 'Erasure records',
    'backup.table.holds': 'Holds',
    'backup.table.candidates': 'Candidates',
    'backup.table.referees': 'Referees',
    'backup.table.contacts': 'Client contacts',
    'backup.table.organisations': 'Organisations',
    'backup.table.missions': 'Missions',
    'backup.table.applications': 'Applications',
    'backup.table.consents': 'Consents',
    'backup.table.disclosures': 'Disclosures',
    'backup.table.notificationTasks': 'Recipients to notify',
    'backup.table.rightsRequests': 'Rights requests',
    'backup.table.archive': 'Client archive',
    'backup.table.attachments': 'Attachments',
    'backup.table.auditLog': 'Audit log',
    'backup.person.candidate': 'Candidate',
    'backup.person.referee': 'Referee',
    'backup.person.contact': 'Client contact',
    'nav.backup': 'Backup',
    'backup.check-download': 'Choose the downloaded file to check it',
    'backup.downloaded':
      'Backup downloaded as {file}. Move it to the office file server, then choose it below: it counts once checked.',
    'backup.folder.none': 'No backup folder chosen yet.',
    'backup.folder.title': 'Backup folder',
    'backup.key.keep-public': 'Keep only the public key',
    'backup.key.list': 'Public keys the backups are encrypted to',
    'backup.key.none':
      'No office key yet: create one, or paste the public key made on another laptop.',
    'backup.key.secret-label': 'Secret office key (shown once)',
    'backup.mode.label': 'Protect the backup with',
    'backup.policy.save': 'Save',
    'backup.policy.saved': 'Saved.',
    'backup.policy.title': 'Rotation and reminder',
    'backup.progress.label': 'Backup progress',
    'backup.run.title': 'Make a backup',
    'restore.first-run.help':
      'A new or wiped laptop: restore the office’s last backup instead of starting empty.',
    'restore.kind.key': 'the office key (a key file)',
    'restore.kind.passphrase': 'a passphrase',
    'restore.key-kind': 'The backup is protected by',
    'restore.open': 'Restore a backup…',
    'restore.summary.in-backup': 'In the backup',
    'restore.summary.kept': 'Restored',
    'restore.summary.what': 'Data',
    'restore.try-again': 'Choose again',
    'restore.who': 'Which of these users are you?',
    'restore.who.none': 'Someone else: I will register after the restore',
  },
  {
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
    'backup.rotated':
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
  },
  {
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
    'reason.invalid-record':
      'Ein Datensatz in dieser Sicherung ist ungültig ({table}, Zeile {row}).',
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
    'backup.rotated': '{count} ältere Sicherungen gelöscht; die letzten {keep} werden behalten.',
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
  },
);
