import { describe, expect, it } from 'vitest';
import {
  acceptedExtensions,
  checkAttachment,
  maxAttachmentBytes,
  safeOpenType,
} from './attachment-rules';

const head = (s: string | number[]) =>
  new Uint8Array(typeof s === 'string' ? [...s].map((c) => c.charCodeAt(0)) : s);
const pdf = head('%PDF-1.7\n');
const zip = head('PK\u0003\u0004\u0014\u0000');
const png = head([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
const jpeg = head([0xff, 0xd8, 0xff, 0xe0]);
const webp = head('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
const html = head('<!doctype html><script>');
const svg = head('<svg xmlns="http://');

const file = (name: string, h: Uint8Array, reportedType = '', size = 1000) => ({
  name,
  size,
  reportedType,
  head: h,
});

describe('checkAttachment', () => {
  it.each([
    ['CV.PDF', pdf, 'application/pdf', 'application/pdf'],
    ['cv.docx', zip, '', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['cv.odt', zip, 'application/octet-stream', 'application/vnd.oasis.opendocument.text'],
    ['cv.rtf', head('{\\rtf1\\ansi'), 'text/rtf', 'application/rtf'],
    ['photo.jpeg', jpeg, 'image/jpeg', 'image/jpeg'],
    ['scan.png', png, 'image/png', 'image/png'],
    ['scan.webp', webp, 'image/webp', 'image/webp'],
  ])('keeps %s as %s', (name, h, reported, type) => {
    expect(checkAttachment('cv', file(name, h, reported))).toEqual({ ok: true, value: { type } });
  });

  it('refuses a file over the limit, and an empty one', () => {
    expect(checkAttachment('cv', file('cv.pdf', pdf, '', maxAttachmentBytes + 1))).toEqual({
      ok: false,
      error: 'file-too-large',
    });
    expect(checkAttachment('cv', file('cv.pdf', pdf, '', maxAttachmentBytes)).ok).toBe(true);
    expect(checkAttachment('cv', file('cv.pdf', pdf, '', 0))).toEqual({
      ok: false,
      error: 'file-empty',
    });
  });

  it.each([
    ['cv.html', html, 'text/html'],
    ['cv.svg', svg, 'image/svg+xml'],
    ['cv.pdf', html, 'application/pdf'],
    ['cv.pdf', pdf, 'text/html'],
    ['cv.exe', head('MZ'), ''],
    ['cv', pdf, 'application/pdf'],
    ['scan.webp', head('RIFF\u0000\u0000\u0000\u0000WAVEfmt '), 'image/webp'],
    ['mail.eml', head('From: x'), 'message/rfc822'],
  ])('refuses %s (%s) as a CV', (name, h, reported) => {
    expect(checkAttachment('cv', file(name, h, reported))).toEqual({
      ok: false,
      error: 'file-type-not-allowed',
    });
  });

  it('accepts an e-mail as consent evidence', () => {
    expect(
      checkAttachment('evidence', file('consent.eml', head('From: x'), 'message/rfc822')),
    ).toEqual({
      ok: true,
      value: { type: 'message/rfc822' },
    });
    expect(acceptedExtensions('evidence')).toContain('.eml');
    expect(acceptedExtensions('cv')).not.toContain('.eml');
  });
});

describe('safeOpenType', () => {
  it('opens a real PDF or image in a tab', () => {
    expect(safeOpenType('application/pdf', pdf)).toEqual({ type: 'application/pdf', inline: true });
    expect(safeOpenType('image/png', png)).toEqual({ type: 'image/png', inline: true });
    expect(safeOpenType('image/webp', webp)).toEqual({ type: 'image/webp', inline: true });
  });

  it.each([
    ['text/html', html],
    ['image/svg+xml', svg],
    ['application/xhtml+xml', html],
    ['application/pdf', html],
    ['image/png', svg],
    ['message/rfc822', head('From: x')],
    ['text/plain', head('hello')],
    ['application/vnd.oasis.opendocument.text', zip],
  ])('downloads %s as application/octet-stream', (type, h) => {
    expect(safeOpenType(type, h)).toEqual({ type: 'application/octet-stream', inline: false });
  });
});
