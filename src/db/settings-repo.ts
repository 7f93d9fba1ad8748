import { defaultSettings, settingsRow, type Settings } from '../domain/settings';
import type { VivierDb } from './database';
import { parseRow } from './rows';

export async function readSettings(db: VivierDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return row === undefined ? defaultSettings : parseRow(settingsRow, 'settings', row);
}
