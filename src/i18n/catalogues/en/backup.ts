/** Backup, restore and the office key: every reason code (domain/backup-reasons.ts) and the screens. */
export const backup = {
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
  'reason.checksum-mismatch': 'A part of this backup does not match its checksum in the manifest.',
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
  'backup.rotated.one': '{count} older backup deleted; the last {keep} are kept.',
  'backup.rotated.other': '{count} older backups deleted; the last {keep} are kept.',
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
  'restore.summary.audit-broken': 'Warning: the audit log in this backup is broken at entry {seq}.',
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
} as const satisfies Record<string, string>;
