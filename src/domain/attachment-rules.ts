import type { attachmentKinds } from './attachment';
import { err, ok, type Result } from './result';

export type AttachmentKind = (typeof attachmentKinds)[number];

/** Per-file limit: a scanned CV or a test report is far below it; a video is not a CV. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/** How many leading bytes the format check needs. */
export const sniffLength = 16;

type Format = {
  /** Lower-case extensions without the dot. */
  ext: readonly string[];
  /** The type stored and used when the file is opened or disclosed. */
  type: string;
  /** What browsers report for it (an empty or generic type is also accepted). */
  reported: readonly string[];
  /** Leading bytes every such file starts with, or null for plain text. */
  magic: readonly (readonly number[])[] | null;
  /** Safe to show in a browser tab of its own: no script can run in our origin. */
  inline: boolean;
};

const bytes = (s: string) => [...s].map((c) => c.charCodeAt(0));
const zip = [bytes('PK\u0003\u0004')];
const ole = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

const formats = {
  pdf: {
    ext: ['pdf'],
    type: 'application/pdf',
    reported: ['application/pdf'],
    magic: [bytes('%PDF-')],
    inline: true,
  },
  docx: {
    ext: ['docx'],
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    reported: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    magic: zip,
    inline: false,
  },
  doc: {
    ext: ['doc'],
    type: 'application/msword',
    reported: ['application/msword'],
    magic: ole,
    inline: false,
  },
  odt: {
    ext: ['odt'],
    type: 'application/vnd.oasis.opendocument.text',
    reported: ['application/vnd.oasis.opendocument.text'],
    magic: zip,
    inline: false,
  },
  rtf: {
    ext: ['rtf'],
    type: 'application/rtf',
    reported: ['application/rtf', 'text/rtf'],
    magic: [bytes('{\\rtf')],
    inline: false,
  },
  png: {
    ext: ['png'],
    type: 'image/png',
    reported: ['image/png'],
    magic: [[0x89, ...bytes('PNG')]],
    inline: true,
  },
  jpeg: {
    ext: ['jpg', 'jpeg'],
    type: 'image/jpeg',
    reported: ['image/jpeg', 'image/pjpeg'],
    magic: [[0xff, 0xd8, 0xff]],
    inline: true,
  },
  webp: {
    ext: ['webp'],
    type: 'image/webp',
    reported: ['image/webp'],
    magic: [bytes('RIFF')],
    inline: true,
  },
  eml: {
    ext: ['eml'],
    type: 'message/rfc822',
    reported: ['message/rfc822'],
    magic: null,
    inline: false,
  },
  msg: {
    ext: ['msg'],
    type: 'application/vnd.ms-outlook',
    reported: ['application/vnd.ms-outlook'],
    magic: ole,
    inline: false,
  },
  txt: { ext: ['txt'], type: 'text/plain', reported: ['text/plain'], magic: null, inline: false },
} as const satisfies Record<string, Format>;
type FormatName = keyof typeof formats;

const documents: FormatName[] = ['pdf', 'docx', 'doc', 'odt', 'rtf', 'png', 'jpeg', 'webp'];

/** What each kind of attachment may be. Evidence of consent is often an e-mail. */
export const allowedFormats: Record<AttachmentKind, readonly FormatName[]> = {
  cv: documents,
  'test-report': documents,
  evidence: [...documents, 'eml', 'msg', 'txt'],
  other: [...documents, 'eml', 'msg', 'txt'],
};

/** Extensions accepted for a kind, for the file picker's `accept` attribute. */
export const acceptedExtensions = (kind: AttachmentKind): string[] =>
  allowedFormats[kind].flatMap((f) => formats[f].ext.map((e) => `.${e}`));

export type FileCheckFailure = 'file-too-large' | 'file-type-not-allowed' | 'file-empty';

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

const startsWith = (head: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => head[i] === b);

const generic = new Set(['', 'application/octet-stream']);

/**
 * Decides whether a file may be kept, and the type it is stored under. The extension, the type
 * the browser reports and the file's first bytes must agree, so an HTML page renamed to cv.pdf
 * is refused rather than stored as a PDF.
 */
export function checkAttachment(
  kind: AttachmentKind,
  file: { name: string; size: number; reportedType: string; head: Uint8Array },
): Result<{ type: string }, FileCheckFailure> {
  if (file.size === 0) return err('file-empty');
  if (file.size > maxAttachmentBytes) return err('file-too-large');
  const ext = extensionOf(file.name);
  const name = allowedFormats[kind].find((f) =>
    (formats[f].ext as readonly string[]).includes(ext),
  );
  if (name === undefined) return err('file-type-not-allowed');
  const format: Format = formats[name];
  const reported = file.reportedType.toLowerCase().split(';')[0]!.trim();
  if (!generic.has(reported) && !format.reported.includes(reported))
    return err('file-type-not-allowed');
  if (format.magic !== null && !format.magic.some((m) => startsWith(file.head, m)))
    return err('file-type-not-allowed');
  if (name === 'webp' && String.fromCharCode(...file.head.slice(8, 12)) !== 'WEBP')
    return err('file-type-not-allowed');
  return ok({ type: format.type });
}

/**
 * The type a stored file is handed to the browser with. Only formats that cannot run script in
 * our origin (PDF, raster images) whose bytes really are that format open in a tab; anything
 * else, HTML and SVG included, becomes application/octet-stream and is downloaded.
 */
export function safeOpenType(
  storedType: string,
  head: Uint8Array,
): {
  type: string;
  inline: boolean;
} {
  const format = Object.values(formats).find((f) => f.type === storedType);
  const looksRight =
    format !== undefined &&
    format.inline &&
    format.magic !== null &&
    format.magic.some((m) => startsWith(head, m)) &&
    (format.type !== 'image/webp' || String.fromCharCode(...head.slice(8, 12)) === 'WEBP');
  return looksRight
    ? { type: format.type, inline: true }
    : { type: 'application/octet-stream', inline: false };
}
