/**
 * Checks a Vivier backup on the file server, with the app's own format code:
 *   npm run backup:verify -- FILE (--identity KEYFILE | --passphrase-file FILE)
 * Decrypts as it streams, checks the manifest and every SHA-256, validates every record, prints
 * the counts. Exit code 0: sound; 1: a fault (named); 2: wrong usage or unreadable arguments.
 */
import { openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { backupTables } from '../src/services/backup';
import { verifyBackup } from '../src/services/backup';
import { parseIdentityFile, type AgeSecret } from '../src/lib/age';
import { translate } from '../src/i18n/translate';
import { loadLanguage, type MessageKey } from '../src/i18n/messages';

const usage = 'Usage: npm run backup:verify -- FILE (--identity KEYFILE | --passphrase-file FILE)';

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let identity: string | undefined;
  let passphraseFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--identity' || arg === '-i') identity = argv[++i];
    else if (arg === '--passphrase-file') passphraseFile = argv[++i];
    else if (!arg.startsWith('-') && file === undefined) file = arg;
    else return fail(usage);
  }
  if (!file || (identity === undefined) === (passphraseFile === undefined)) return fail(usage);

  let secret: AgeSecret;
  let source: Blob;
  try {
    secret = identity
      ? { identities: parseIdentityFile(await readFile(identity, 'utf8')) }
      : // the passphrase is the file's first line, as `age` users write it with echo
        { passphrase: (await readFile(passphraseFile!, 'utf8')).split(/\r?\n/)[0]! };
    source = await openAsBlob(file);
  } catch (e) {
    return fail(
      `Cannot read ${(e as NodeJS.ErrnoException).path ?? 'a file'}: ${(e as Error).message}`,
    );
  }

  const result = await verifyBackup(source, secret);
  if (!result.ok) {
    const { reason, ...detail } = result.error;
    await loadLanguage('en');
    const text = translate('en', `reason.${reason}` as MessageKey, {
      table: detail.table ?? '?',
      row: detail.row ?? '?',
      key: '?',
    });
    console.log(`FAULT ${reason}: ${text}`);
    if (Object.keys(detail).length > 0) console.log(`  at ${JSON.stringify(detail)}`);
    return 1;
  }
  const { manifest, counts, entries, bytes, auditChain } = result.value;
  console.log(`Vivier backup ${file}`);
  console.log(`  made        ${manifest.createdAt} by user ${manifest.createdBy}`);
  console.log(
    `  versions    app ${manifest.appVersion}, schema ${manifest.schemaVersion}, format ${manifest.formatVersion}`,
  );
  console.log(
    `  size        ${bytes} bytes encrypted, ${manifest.attachmentBytes} bytes of attachments`,
  );
  console.log(`  entries     ${entries}, every SHA-256 matches the manifest`);
  for (const table of backupTables) console.log(`  ${table.padEnd(18)} ${counts[table] ?? 0}`);
  if (!auditChain.intact) {
    console.log(
      `FAULT audit-chain: the audit log is broken at entry ${auditChain.firstBreak.seq} (${auditChain.firstBreak.reason})`,
    );
    return 1;
  }
  console.log(`  audit log   ${auditChain.count} entries, chain intact`);
  console.log('OK');
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
