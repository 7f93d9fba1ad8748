import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./design-system.css', import.meta.url), 'utf8');
const tokens = new Map(
  [...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
);

/** WCAG 2.1 relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// Every text colour on every background it is used on (text, buttons, badges, banners).
const pairs: [string, string][] = [
  ['ink', 'surface'],
  ['muted', 'surface'],
  ['brand', 'surface'],
  ['surface', 'brand'],
  ['surface', 'error'],
  ['error', 'surface'],
  ['ok', 'surface'],
  ['ink', 'brand-soft'],
  ['brand', 'brand-soft'],
  ['muted', 'surface-soft'],
  ['ink', 'surface-soft'],
  ['ok', 'ok-bg'],
  ['warn', 'warn-bg'],
  ['error', 'error-bg'],
  ['info', 'info-bg'],
];

describe('design tokens', () => {
  it('reads every colour the pairs name', () => {
    for (const [fg, bg] of pairs) {
      expect(tokens.get(fg), fg).toMatch(/^#/);
      expect(tokens.get(bg), bg).toMatch(/^#/);
    }
  });
  it.each(pairs)('%s on %s reaches AA contrast for text (4.5:1)', (fg, bg) => {
    expect(contrast(tokens.get(fg)!, tokens.get(bg)!)).toBeGreaterThanOrEqual(4.5);
  });
  it('computes contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
