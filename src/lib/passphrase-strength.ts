/**
 * A rough strength of a passphrase, for feedback while typing (age's scrypt at work factor 18
 * slows guessing, it does not make a weak passphrase strong). Words count as about 11 bits each
 * (a word from a list of 2,000), other text by its character classes; the larger estimate wins.
 */
export type Strength = 'weak' | 'fair' | 'strong';

export function passphraseBits(text: string): number {
  const words = text
    .trim()
    .split(/[\s\-_.,;:]+/)
    .filter((w) => w.length >= 3);
  const wordBits = words.length * 11;
  let charset = 0;
  if (/[a-z]/.test(text)) charset += 26;
  if (/[A-Z]/.test(text)) charset += 26;
  if (/[0-9]/.test(text)) charset += 10;
  if (/[^a-zA-Z0-9]/.test(text)) charset += 33;
  // repeated characters add little: count distinct runs
  const effectiveLength = text.replace(/(.)\1+/g, '$1').length;
  const charBits = charset > 0 ? effectiveLength * Math.log2(charset) * 0.6 : 0;
  // a phrase of words is as strong as its words, however many letters they have
  const isPhrase = words.length >= 2 && /^[\p{L}\s\-_.,;:']+$/u.test(text.trim());
  return Math.round(isPhrase ? wordBits : Math.max(wordBits, charBits));
}

export function passphraseStrength(text: string): Strength {
  const bits = passphraseBits(text);
  return bits >= 55 ? 'strong' : bits >= 44 ? 'fair' : 'weak';
}
