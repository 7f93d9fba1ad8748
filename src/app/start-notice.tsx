import { useEffect, useState } from 'react';
import { onSchemaUpgrade } from '../db/database';
import { useI18n } from '../components/i18n-context';

/**
 * Shown until the database answers. A schema upgrade after an update can take minutes on a large
 * database, and closing the tab would start it again: then the notice says so.
 */
export function StartNotice({ dbName }: { dbName: string }) {
  const { t } = useI18n();
  const [upgrading, setUpgrading] = useState(false);
  useEffect(
    () =>
      onSchemaUpgrade((name) => {
        if (name === dbName) setUpgrading(true);
      }),
    [dbName],
  );
  return upgrading ? <p role="status">{t('app.upgrading')}</p> : <p>{t('app.loading')}</p>;
}
