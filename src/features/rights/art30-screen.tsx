import { useI18n } from '../../components/i18n-context';
import { Link } from '../../components/link';
import { useArt30Register } from './use-rights';
import './rights.css';

/** The record of processing activities (Art. 30), generated from the settings and the data. */
export function Art30Screen() {
  const { t, date, number } = useI18n();
  const register = useArt30Register();
  if (!register) return <p>{t('app.loading')}</p>;
  const { controller } = register;
  const list = (items: readonly string[]) => (
    <ul>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
  return (
    <div className="art30">
      <p className="no-print">
        <Link href="/rights">{t('rights.ui.back')}</Link>
      </p>
      <h1>
        {t('art30.title')} <small>({t('art30.subtitle')})</small>
      </h1>
      <p>{t('art30.generatedOn', { date: date(register.generatedOn) })}</p>
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('rights.ui.print')}
      </button>
      <section aria-labelledby="art30-controller">
        <h2 id="art30-controller">{t('art30.controller')}</h2>
        <p>
          {controller.name}
          <br />
          {controller.address}
          <br />
          {controller.email}
          {controller.registration && (
            <>
              <br />
              {controller.registration}
            </>
          )}
          {controller.representative && (
            <>
              <br />
              {t('art30.representative', { name: controller.representative })}
            </>
          )}
        </p>
      </section>
      {register.activities.map((a) => (
        <section key={a.id} aria-labelledby={`art30-${a.id}`}>
          <h2 id={`art30-${a.id}`}>{t(`art30.activity.${a.id}`)}</h2>
          <h3>{t('art30.purposes')}</h3>
          {list(a.purposes.map((p) => t(`facts.purpose.${p}`)))}
          <h3>{t('art30.legalBases')}</h3>
          {list(a.legalBases.map((b) => t(`art30.basis.${b}`)))}
          <h3>{t('art30.subjects')}</h3>
          {list(
            a.subjects.map((s) => t(`art30.subject.${s.category}`, { count: number(s.count) })),
          )}
          <h3>{t('art30.dataCategories')}</h3>
          {list(a.dataCategories.map((c) => t(`facts.category.${c}`)))}
          {a.id === 'recruitment' && <p>{t('art30.specialCategories')}</p>}
          <h3>{t('art30.recipientCategories')}</h3>
          {list(a.recipientCategories.map((r) => t(`facts.recipients.${r}`)))}
          <h3>{t('art30.retention')}</h3>
          {list(a.retention.map((r) => t(`facts.rule.${r.rule}`, { months: r.months ?? '' })))}
        </section>
      ))}
      <section aria-labelledby="art30-recipients">
        <h2 id="art30-recipients">{t('art30.recipients')}</h2>
        {register.recipients.length === 0 ? (
          <p>{t('art30.recipients.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('export.col.name')}</th>
                <th scope="col">{t('export.col.kind')}</th>
                <th scope="col">{t('export.col.role')}</th>
                <th scope="col">{t('export.col.country')}</th>
              </tr>
            </thead>
            <tbody>
              {register.recipients.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{t(`art30.kind.${r.kind}`)}</td>
                  <td>{r.role ? t(`export.role.${r.role}`) : '—'}</td>
                  <td>{r.country}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="art30-transfers">
        <h2 id="art30-transfers">{t('art30.transfers')}</h2>
        {register.unsafeTransfers.map((r) => (
          <p key={r.id} role="alert" className="error">
            {t('art30.transfers.unsafe', { name: r.name, country: r.country })}
          </p>
        ))}
        {register.transfers.length === 0 && register.unsafeTransfers.length === 0 ? (
          <p>{t('art30.transfers.none')}</p>
        ) : (
          list(
            register.transfers.map((r) =>
              t('art30.transfers.safeguard', {
                name: r.name,
                country: r.country,
                safeguard: r.safeguard ?? '',
              }),
            ),
          )
        )}
      </section>
      <section aria-labelledby="art30-security">
        <h2 id="art30-security">{t('art30.security')}</h2>
        {list(
          register.security.map((m) => t(`art30.security.${m.measure}`, { value: m.value ?? '' })),
        )}
      </section>
    </div>
  );
}
