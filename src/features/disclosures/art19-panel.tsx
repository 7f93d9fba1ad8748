import { useI18n } from '../../components/i18n-context';
import { Art19Task } from './art19-task';
import { useOpenNotificationTasks } from './use-disclosures';

/** Home dashboard: recipients to tell about a rectification, erasure or restriction (Art. 19). */
export function Art19Panel() {
  const { t } = useI18n();
  const tasks = useOpenNotificationTasks();
  if (!tasks) return null;
  return (
    <section className="panel" aria-labelledby="art19-heading">
      <h2 id="art19-heading">{t('art19.title')}</h2>
      {tasks.length === 0 ? (
        <p>{t('art19.none')}</p>
      ) : (
        <ul className="plain">
          {tasks.map((task) => (
            <Art19Task key={task.id} task={task} />
          ))}
        </ul>
      )}
    </section>
  );
}
