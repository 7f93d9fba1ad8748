import { targets } from './targets';
import type { Metric } from './stats';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

/**
 * An SVG chart of a run, drawn by hand (no dependency): first each app figure's ratio to its
 * raw IndexedDB floor with the target marked, then every metric's spread (min and max of its runs
 * relative to the median) so a reader sees how noisy the shared machine was.
 */
export function renderChart(metrics: readonly Metric[], title: string): string {
  const width = 820;
  const label = 300;
  const plot = width - label - 150;
  const row = 22;
  const parts: string[] = [];
  let y = 34;
  parts.push(`<text x="10" y="20" class="h">${esc(title)}</text>`);

  const withRatio = metrics.filter((m) => m.ratio !== null);
  y += 8;
  parts.push(`<text x="10" y="${y}" class="s">Ratio to the raw IndexedDB floor (same run)</text>`);
  y += 10;
  if (withRatio.length === 0) {
    y += 16;
    parts.push(`<text x="${label}" y="${y}" class="n">no app figure with a floor yet</text>`);
    y += 10;
  } else {
    const limits = withRatio.map((m) => targets[m.name]?.ratioLimit ?? 1);
    const top = Math.max(2, ...withRatio.map((m) => m.ratio!), ...limits) * 1.1;
    const x = (v: number) => label + (v / top) * plot;
    withRatio.forEach((m, i) => {
      const yy = y + i * row;
      const limit = targets[m.name]?.ratioLimit;
      const ok = targets[m.name]?.met(m);
      parts.push(`<text x="${label - 8}" y="${yy + 15}" class="l">${esc(m.name)}</text>`);
      parts.push(
        `<rect x="${label}" y="${yy + 4}" width="${Math.max(1, x(m.ratio!) - label)}" height="14" class="${ok === false ? 'bad' : 'bar'}"/>`,
      );
      parts.push(`<text x="${x(m.ratio!) + 4}" y="${yy + 15}" class="v">${fmt(m.ratio!)}×</text>`);
      if (limit !== undefined)
        parts.push(
          `<line x1="${x(limit)}" x2="${x(limit)}" y1="${yy + 2}" y2="${yy + 20}" class="t"/>`,
        );
    });
    const one = x(1);
    parts.push(
      `<line x1="${one}" x2="${one}" y1="${y}" y2="${y + withRatio.length * row}" class="one"/>`,
    );
    y += withRatio.length * row;
  }

  y += 24;
  parts.push(
    `<text x="10" y="${y}" class="s">Spread of the runs: min and max over median (log scale, 0.25× to 4×)</text>`,
  );
  y += 10;
  const lx = (v: number) => label + ((Math.log2(Math.min(4, Math.max(0.25, v))) + 2) / 4) * plot;
  metrics.forEach((m, i) => {
    const yy = y + i * row;
    const lo = m.value === 0 ? 1 : m.min / m.value;
    const hi = m.value === 0 ? 1 : m.max / m.value;
    parts.push(`<text x="${label - 8}" y="${yy + 15}" class="l">${esc(m.name)}</text>`);
    parts.push(`<line x1="${lx(lo)}" x2="${lx(hi)}" y1="${yy + 11}" y2="${yy + 11}" class="r"/>`);
    parts.push(`<circle cx="${lx(1)}" cy="${yy + 11}" r="4" class="d"/>`);
    parts.push(
      `<text x="${lx(4) + 6}" y="${yy + 15}" class="v">${fmt(m.value)} ${esc(m.unit)} (n=${m.runs})</text>`,
    );
  });
  const axisY = y + metrics.length * row + 4;
  for (const v of [0.25, 0.5, 1, 2, 4])
    parts.push(`<text x="${lx(v)}" y="${axisY + 12}" class="a">${v}×</text>`);
  const height = axisY + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">
<style>
.h{font-size:15px;font-weight:bold}.s{font-size:13px;font-weight:bold}.l{font-size:12px;text-anchor:end}
.v{font-size:11px}.a{font-size:11px;text-anchor:middle}.n{font-size:12px;fill:#666}
.bar{fill:#2f7d6d}.bad{fill:#c0392b}.t{stroke:#000;stroke-width:2;stroke-dasharray:3 2}
.one{stroke:#999;stroke-width:1}.r{stroke:#1f4e5f;stroke-width:3}.d{fill:#1f4e5f}
</style>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
