import type { Candidate } from '../../domain/candidate';
import {
  dataCategories,
  type DataCategory,
  type IsoDate,
  type LanguageCode,
} from '../../domain/common';
import type { Mission } from '../../domain/mission';
import type { Organisation } from '../../domain/organisation';
import type { Referee } from '../../domain/referee';
import { assertNever } from '../../domain/assert-never';
import { sha256Hex } from '../../lib/sha256';
import { formatDate, translate } from '../../i18n/translate';
import { loadLanguage, type MessageKey } from '../../i18n/messages';

/**
 * The candidate dossier sent to a recipient: a readable, self-contained profile.html in the
 * recipient's language holding ONLY the chosen categories, plus the chosen files. Each section is
 * written from the category's own part of the record, so nothing outside them can slip in
 * (no source, notes, dates of collection, ids or retention facts).
 */
export type DossierInput = {
  candidate: Candidate;
  /** The candidate's referees, shown only under "references" (names and statements, not their contact details). */
  referees: readonly Referee[];
  mission: Mission | null;
  recipient: Organisation;
  /** The categories chosen to appear in the profile. */
  categories: readonly DataCategory[];
  files: readonly { name: string; bytes: Uint8Array }[];
  /** When the dossier is made: the zip entries carry this time. */
  now: Date;
  today: IsoDate;
  /** True when the recipient is the firm's own staff or processor: no consent statement. */
  internal: boolean;
};

export type DossierFile = { name: string; sha256: string; size: number };
export type Dossier = { zip: Uint8Array; files: DossierFile[]; fileName: string };

const escapeMap: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Everything that comes from a record passes here before it is written into the page. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => escapeMap[c]!);

type Html = { readonly html: string };
/** Tagged template: interpolated strings are escaped, interpolated Html is kept as is. */
function h(strings: TemplateStringsArray, ...values: (string | number | Html | Html[])[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const part = Array.isArray(v)
      ? v.map((x) => x.html).join('')
      : typeof v === 'object'
        ? v.html
        : escapeHtml(String(v));
    out += part + strings[i + 1]!;
  });
  return { html: out };
}

/** Multi-line text as paragraphs with line breaks, escaped. */
const paragraphs = (text: string): Html =>
  text.trim() === ''
    ? { html: '' }
    : {
        html: text
          .trim()
          .split(/\n\s*\n/)
          .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
          .join(''),
      };

function section(lang: LanguageCode, category: DataCategory, body: Html[]): Html {
  const t = (key: MessageKey) => translate(lang, key);
  const content = body.length === 0 ? [h`<p class="none">${t('dossier.none')}</p>`] : body;
  return h`<section id="${category}"><h2>${t(`disclosure.category.${category}`)}</h2>${content}</section>`;
}

function categorySection(lang: LanguageCode, category: DataCategory, input: DossierInput): Html {
  const c = input.candidate;
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const date = (d: string) => formatDate(lang, d);
  switch (category) {
    case 'identity':
      return section(lang, category, [
        h`<p class="name">${c.identity.firstName} ${c.identity.lastName}</p>`,
      ]);
    case 'contact': {
      const rows: Html[] = [];
      const row = (label: string, values: readonly string[]) => {
        if (values.length > 0)
          rows.push(h`<dt>${label}</dt>${values.map((v) => h`<dd>${v}</dd>`)}`);
      };
      row(t('dossier.emails'), c.contact.emails);
      row(t('dossier.phones'), c.contact.phones);
      row(t('dossier.addresses'), c.contact.addresses);
      return section(lang, category, rows.length ? [h`<dl>${rows}</dl>`] : []);
    }
    case 'qualifications': {
      const body: Html[] = c.qualifications.map(
        (q) =>
          h`<div class="item"><h3>${q.title}</h3><p>${[q.institution, q.year === null ? '' : String(q.year)].filter(Boolean).join(', ')}</p></div>`,
      );
      if (c.languages.length > 0)
        body.push(
          h`<h3>${t('dossier.languages')}</h3><ul>${c.languages.map((l) => h`<li>${l.language}: ${l.level}</li>`)}</ul>`,
        );
      return section(lang, category, body);
    }
    case 'references':
      return section(
        lang,
        category,
        input.referees.map(
          (r) =>
            h`<div class="item"><h3>${r.firstName} ${r.lastName}</h3><p>${[r.relationship, r.organisation].filter(Boolean).join(', ')}</p>${paragraphs(r.statement)}</div>`,
        ),
      );
    case 'experience':
      return section(
        lang,
        category,
        [...c.experience]
          .sort((a, b) => b.from.localeCompare(a.from))
          .map(
            (p) =>
              h`<div class="item"><h3>${p.title}, ${p.organisation}</h3><p class="when">${date(p.from)} – ${p.to === null ? t('dossier.present') : date(p.to)}</p>${paragraphs(p.description)}</div>`,
          ),
      );
    case 'profile-links':
      return section(
        lang,
        category,
        c.profileLinks.length
          ? [
              h`<ul>${c.profileLinks.map((l) => h`<li><a href="${l.url}" rel="noreferrer">${l.url}</a></li>`)}</ul>`,
            ]
          : [],
      );
    case 'psychometrics':
      return section(
        lang,
        category,
        c.psychometrics.map(
          (r) =>
            h`<div class="item"><h3>${r.test}</h3><p class="when">${t('dossier.takenOn', { date: date(r.takenOn) })}. ${t('dossier.administeredBy', { name: r.administeredBy })}</p>${paragraphs(r.summary)}</div>`,
        ),
      );
    case 'interviews':
      return section(
        lang,
        category,
        [...c.interviewNotes]
          .sort((a, b) => a.on.localeCompare(b.on))
          .map(
            (n) =>
              h`<div class="item"><h3>${t('dossier.interviewOn', { date: date(n.on), author: n.author })}</h3>${paragraphs(n.text)}</div>`,
          ),
      );
    default:
      return assertNever(category);
  }
}

const style = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1rem;margin:.8rem 0 .1rem}.notice{background:#f4f4f0;border-left:4px solid #8a6d3b;padding:.6rem .8rem;font-size:.9rem}
.when,.none{color:#555}.name{font-size:1.3rem;font-weight:600}dt{font-weight:600;margin-top:.4rem}dd{margin:0}
@media print{body{margin:0;max-width:none}.notice{background:none}}`;

/** The profile page, in the recipient's language. */
export function dossierHtml(input: DossierInput, fileNames: readonly string[]): string {
  const lang = input.recipient.language;
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const chosen = dataCategories.filter((c) => input.categories.includes(c));
  const names = chosen.map((c) => t(`disclosure.category.${c}`)).join(', ');
  const notice = input.internal
    ? t('dossier.confidentialInternal', {
        recipient: input.recipient.name,
        date: formatDate(lang, input.today),
      })
    : t('dossier.confidential', {
        recipient: input.recipient.name,
        position: input.mission?.position ?? '',
        date: formatDate(lang, input.today),
      });
  const heading = chosen.includes('identity')
    ? `${input.candidate.identity.firstName} ${input.candidate.identity.lastName}`
    : t('dossier.title');
  const files = fileNames.length
    ? h`<section id="files"><h2>${t('dossier.files')}</h2><ul>${fileNames.map((n) => h`<li>${n}</li>`)}</ul></section>`
    : h``;
  const page = h`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t('dossier.title')}: ${heading}</title>
<style>${{ html: style }}</style>
</head>
<body>
<header>
<h1>${heading}</h1>
<p class="notice">${notice}</p>
<p>${t('dossier.contains', { categories: names })}</p>
</header>
<main>
${chosen.map((c) => categorySection(lang, c, input))}
${files}
</main>
</body>
</html>
`;
  return page.html;
}

/** A file name safe in a zip on every system: no folders, no control or reserved characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 150);
  return cleaned === '' ? 'document' : cleaned;
}

function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>(['profile.html']);
  return names.map((raw) => {
    const base = safeFileName(raw);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const dot = base.lastIndexOf('.');
      name = dot > 0 ? `${base.slice(0, dot)} (${n})${base.slice(dot)}` : `${base} (${n})`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'x';

/**
 * Builds the zip: profile.html and the files under documents/, with the SHA-256 and size of
 * each entry for the disclosure record. The name shows the candidate only when their identity
 * is among the chosen categories.
 */
export async function buildDossier(input: DossierInput): Promise<Dossier> {
  await loadLanguage(input.recipient.language);
  const names = uniqueNames(input.files.map((f) => f.name)).map((n) => `documents/${n}`);
  const html = new TextEncoder().encode(dossierHtml(input, names));
  const entries = [
    { name: 'profile.html', bytes: html },
    ...input.files.map((f, i) => ({ name: names[i]!, bytes: f.bytes })),
  ];
  // jszip loads with the first zip, not with the start-up screens
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const e of entries) zip.file(e.name, e.bytes, { binary: true, date: input.now });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const files = await Promise.all(
    entries.map(async (e) => ({
      name: e.name,
      sha256: await sha256Hex(e.bytes),
      size: e.bytes.length,
    })),
  );
  const who = input.categories.includes('identity')
    ? slug(input.candidate.identity.lastName)
    : 'profil';
  return { zip: bytes, files, fileName: `dossier-${input.today}-${who}.zip` };
}
