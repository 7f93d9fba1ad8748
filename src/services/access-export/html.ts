import type { AccessExportData } from '../../domain/access-export';
import type { LanguageCode } from '../../domain/common';
import { formatBytes, formatDate, translate, translateCode } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';
import { escapeHtml as esc, printableStyle } from './html-kit';

/**
 * index.html of an access export: one self-contained, printable page in the person's language.
 * It has no script and loads nothing (its CSP says so); every value is escaped, and it shows
 * exactly what data.json holds, plus the Art. 15 facts in words.
 */
export function renderIndexHtml(
  data: AccessExportData,
  lang: LanguageCode,
  files: readonly { path: string; size: number }[],
): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    esc(translate(lang, key, params));
  /** A code the export data holds as text: its catalogue text under `prefix`. */
  const code = (prefix: string, c: string, params?: Record<string, string | number>) =>
    esc(translateCode(lang, prefix, c, params));
  const date = (d: string | null) => (d === null ? '—' : esc(formatDate(lang, d)));
  const multiline = (s: string) => (s.trim() === '' ? '—' : esc(s).replace(/\r?\n/g, '<br>'));
  const list = (items: readonly string[]) =>
    items.length === 0
      ? `<p>${t('export.none')}</p>`
      : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const table = (head: MessageKey[], rows: string[][]) =>
    rows.length === 0
      ? `<p>${t('export.none')}</p>`
      : `<table><thead><tr>${head.map((h) => `<th>${t(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const dl = (pairs: [MessageKey, string][]) =>
    `<dl>${pairs.map(([k, v]) => `<dt>${t(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const h3 = (key: MessageKey, body: string) => `<section><h3>${t(key)}</h3>${body}</section>`;
  const org = (o: { name: string; country: string } | null) =>
    o ? `${esc(o.name)} (${esc(o.country)})` : '—';
  const mission = (m: { position: string; client: string } | null) =>
    m
      ? `${esc(m.position)}${m.client ? ` — ${esc(m.client)}` : ''}`
      : t('export.generalApplication');
  const cats = (cs: readonly string[]) => cs.map((c) => code('facts.category', c)).join(', ');
  const yesNo = (b: boolean) => t(b ? 'export.yes' : 'export.no');

  const name = data.candidate
    ? `${data.candidate.identity.firstName} ${data.candidate.identity.lastName}`
    : data.referee
      ? `${data.referee.firstName} ${data.referee.lastName}`
      : data.contact
        ? `${data.contact.firstName} ${data.contact.lastName}`
        : '';

  const facts = [
    h3('export.purposes', list(data.facts.purposes.map((p) => code('facts.purpose', p)))),
    h3('export.categories', list(data.facts.categories.map((c) => code('facts.category', c)))),
    h3(
      'export.recipients',
      data.disclosures.length === 0
        ? `<p>${t('export.recipients.none')}</p>`
        : table(
            [
              'export.col.date',
              'export.col.recipient',
              'export.col.mission',
              'export.col.categories',
            ],
            data.disclosures.map((x) => [
              date(x.at.slice(0, 10)),
              org(x.recipient),
              mission(x.mission),
              cats(x.categories),
            ]),
          ),
    ),
    h3(
      'export.recipientCategories',
      list(data.facts.recipientCategories.map((r) => code('facts.recipients', r))),
    ),
    h3(
      'export.processors',
      table(
        ['export.col.name', 'export.col.role', 'export.col.country', 'export.col.safeguard'],
        data.processors.map((p) => [
          esc(p.name),
          p.role ? code('export.role', p.role) : '—',
          esc(p.country),
          p.inEea ? t('export.inEea') : p.transferSafeguard ? esc(p.transferSafeguard) : '—',
        ]),
      ),
    ),
    h3(
      'export.retention',
      list(
        data.retention.rules.map((r) => code('facts.rule', r.rule, { months: r.months ?? '' })),
      ) +
        `<p class="key">${
          data.retention.deleteOn
            ? t('export.retention.date', { date: formatDate(lang, data.retention.deleteOn) })
            : t('export.retention.unknown')
        }</p>`,
    ),
    h3(
      'export.source',
      `<p>${code('facts.source', data.facts.source)}${
        data.facts.collectedOn
          ? ` — ${t('export.collectedOn', { date: formatDate(lang, data.facts.collectedOn) })}`
          : ''
      }</p>`,
    ),
    h3(
      'export.rights',
      list(
        (
          [
            'access',
            'rectification',
            'erasure',
            'restriction',
            'objection',
            'portability',
            'withdraw-consent',
          ] as const
        ).map((r) => t(`facts.right.${r}`)),
      ) +
        `<p>${t('facts.rights.how', { email: data.controller.email })}</p><p class="key">${t('facts.complaint')}</p>`,
    ),
    h3('export.automatedTitle', `<p>${t('facts.automated')}</p>`),
  ].join('');

  const flags = (r: { restricted: { since: string } | null; objected: { since: string } | null }) =>
    [
      r.restricted
        ? `<p class="banner">${t('export.restricted', { date: formatDate(lang, r.restricted.since) })}</p>`
        : '',
      r.objected
        ? `<p class="banner">${t('export.objected', { date: formatDate(lang, r.objected.since) })}</p>`
        : '',
    ].join('');

  const person: string[] = [];
  const c = data.candidate;
  if (c) {
    person.push(
      flags(c),
      h3(
        'export.identity',
        dl([
          ['export.col.firstName', esc(c.identity.firstName)],
          ['export.col.lastName', esc(c.identity.lastName)],
          ['export.col.language', esc(c.identity.language)],
        ]),
      ),
      h3(
        'export.contactDetails',
        dl([
          ['export.col.emails', esc(c.contact.emails.join(', ')) || '—'],
          ['export.col.phones', esc(c.contact.phones.join(', ')) || '—'],
          ['export.col.addresses', c.contact.addresses.map(multiline).join('<br>') || '—'],
        ]),
      ),
      h3(
        'export.qualifications',
        table(
          ['export.col.title', 'export.col.institution', 'export.col.year'],
          c.qualifications.map((q) => [
            esc(q.title),
            esc(q.institution) || '—',
            q.year === null ? '—' : String(q.year),
          ]),
        ),
      ),
      h3(
        'export.languages',
        table(
          ['export.col.language', 'export.col.level'],
          c.languages.map((l) => [esc(l.language), esc(l.level)]),
        ),
      ),
      h3(
        'export.experience',
        table(
          [
            'export.col.title',
            'export.col.organisation',
            'export.col.from',
            'export.col.to',
            'export.col.description',
          ],
          c.experience.map((p) => [
            esc(p.title),
            esc(p.organisation),
            date(p.from),
            date(p.to),
            multiline(p.description),
          ]),
        ),
      ),
      h3(
        'export.profileLinks',
        table(
          ['export.col.kind', 'export.col.url'],
          c.profileLinks.map((l) => [esc(l.kind), esc(l.url)]),
        ),
      ),
      h3(
        'export.psychometrics',
        table(
          [
            'export.col.test',
            'export.col.takenOn',
            'export.col.administeredBy',
            'export.col.informedOfMethodOn',
            'export.col.summary',
          ],
          c.psychometrics.map((p) => [
            esc(p.test),
            date(p.takenOn),
            esc(p.administeredBy),
            date(p.informedOfMethodOn),
            multiline(p.summary),
          ]),
        ),
      ),
      h3(
        'export.interviewNotes',
        table(
          ['export.col.on', 'export.col.author', 'export.col.text'],
          c.interviewNotes.map((n) => [date(n.on), esc(n.author), multiline(n.text)]),
        ),
      ),
      h3('export.notes', `<p>${multiline(c.notes)}</p>`),
      h3(
        'export.notice',
        c.notice
          ? dl([
              ['export.col.on', date(c.notice.givenOn)],
              ['export.col.channel', t(`rights.channel.${c.notice.channel}`)],
              ['export.col.givenBy', esc(c.notice.givenBy)],
            ])
          : `<p>${t('export.none')}</p>`,
      ),
      h3(
        'export.references',
        `<p class="note">${t('export.references.note')}</p>` +
          table(
            [
              'export.col.name',
              'export.col.relationship',
              'export.col.organisation',
              'export.col.statement',
            ],
            data.references.map((r) => [
              esc(`${r.firstName} ${r.lastName}`),
              esc(r.relationship) || '—',
              esc(r.organisation) || '—',
              multiline(r.statement),
            ]),
          ),
      ),
      h3(
        'export.applications',
        table(
          ['export.col.receivedOn', 'export.col.mission', 'export.col.status', 'export.col.events'],
          data.applications.map((a) => [
            date(a.receivedOn),
            mission(a.mission),
            t(`export.pipeline.${a.status}`),
            a.events
              .map(
                (e) =>
                  `${date(e.on)}: ${t(`export.pipeline.${e.status}`)}${e.note ? ` — ${multiline(e.note)}` : ''}`,
              )
              .join('<br>'),
          ]),
        ),
      ),
      h3(
        'export.consents',
        table(
          [
            'export.col.givenOn',
            'export.col.recipient',
            'export.col.mission',
            'export.col.form',
            'export.col.categories',
            'export.col.withdrawnOn',
          ],
          data.consents.map((k) => [
            date(k.givenOn),
            org(k.recipient),
            mission(k.mission),
            t(`export.form.${k.form}`),
            cats(k.categories),
            date(k.withdrawnOn),
          ]),
        ),
      ),
    );
  }
  const r = data.referee;
  if (r) {
    person.push(
      flags(r),
      h3(
        'export.referee',
        dl([
          ['export.col.firstName', esc(r.firstName)],
          ['export.col.lastName', esc(r.lastName)],
          ['export.col.relationship', esc(r.relationship) || '—'],
          ['export.col.organisation', esc(r.organisation) || '—'],
          ['export.col.emails', esc(r.email ?? '—')],
          ['export.col.phones', esc(r.phone ?? '—')],
          ['export.col.statement', multiline(r.statement)],
          ['export.col.permissionToContactOn', date(r.permissionToContactOn)],
        ]),
      ),
    );
  }
  const k = data.contact;
  if (k) {
    person.push(
      flags(k),
      h3(
        'export.contact',
        dl([
          ['export.col.firstName', esc(k.firstName)],
          ['export.col.lastName', esc(k.lastName)],
          ['export.col.jobTitle', esc(k.jobTitle) || '—'],
          ['export.col.organisation', org(data.employer)],
          ['export.col.emails', esc(k.emails.join(', ')) || '—'],
          ['export.col.phones', esc(k.phones.join(', ')) || '—'],
          ['export.col.addresses', k.addresses.map(multiline).join('<br>') || '—'],
          ['export.col.marketingOptOut', yesNo(k.marketingOptOut)],
          ['export.col.lastContactOn', date(k.lastContactOn)],
        ]),
      ),
    );
  }
  person.push(
    h3(
      'export.attachments',
      table(
        ['export.col.file', 'export.col.kind', 'export.col.size', 'export.col.sha256'],
        data.attachments.map((a) => [
          `<a href="${esc(encodeURI(a.path))}">${esc(a.name)}</a>`,
          t(`export.kind.${a.kind}`),
          esc(formatBytes(lang, a.size)),
          `<code>${esc(a.sha256)}</code>`,
        ]),
      ),
    ),
    h3(
      'export.requests',
      table(
        [
          'export.col.receivedOn',
          'export.col.type',
          'export.col.channel',
          'export.col.status',
          'export.col.dueOn',
          'export.col.closedOn',
          'export.col.outcome',
        ],
        data.rightsRequests.map((q) => [
          date(q.receivedOn),
          t(`rights.type.${q.type}`),
          t(`rights.channel.${q.channel}`),
          t(`rights.status.${q.status}`),
          date(q.dueOn),
          date(q.closedOn),
          [q.refusal ? t(`rights.ground.${q.refusal.ground}`) : '', multiline(q.outcome)]
            .filter((s) => s && s !== '—')
            .join(' — ') || '—',
        ]),
      ),
    ),
    h3(
      'export.holds',
      table(
        ['export.col.reason', 'export.col.startsOn', 'export.col.endsOn'],
        data.holds.map((h) => [
          t(`export.hold.${h.reason}`),
          date(h.startsOn),
          date(h.liftedOn ?? h.endsOn),
        ]),
      ),
    ),
    h3(
      'export.history',
      table(
        ['export.col.date', 'export.col.action', 'export.col.fields'],
        data.history.map((e) => [
          date(e.at.slice(0, 10)),
          `<code>${esc(e.action)}</code>`,
          esc(e.fields.join(', ')) || '—',
        ]),
      ),
    ),
  );

  const fileList = list(
    files.map((f) => `<code>${esc(f.path)}</code> (${esc(formatBytes(lang, f.size))})`),
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('export.title')} — ${esc(name)}</title>
<style>${printableStyle}</style>
</head>
<body>
<header>
<h1>${t('export.title')}</h1>
<p class="key">${esc(name)}</p>
<p>${t('export.heldBy', { controller: data.controller.name })}<br>${esc(data.controller.address)} — ${esc(data.controller.email)}</p>
<p>${t('export.generatedOn', { date: formatDate(lang, data.generatedAt.slice(0, 10)) })}</p>
<p>${t('export.intro')}</p>
<p class="note">${t('export.maskNote', { mark: data.maskMark })}</p>
</header>
<main>
<h2>${t('export.section.facts')}</h2>
${facts}
<h2>${t('export.section.data')}</h2>
${person.join('\n')}
<h2>${t('export.files')}</h2>
<p>${t('export.files.intro')}</p>
${fileList}
</main>
</body>
</html>
`;
}
