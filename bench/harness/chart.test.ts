import { describe, expect, it } from 'vitest';
import { renderChart } from './chart';
import { renderReport, type RunResult } from './report';
import { scales } from './context';
import { summarise } from './stats';

const metrics = [
  summarise('startup-50k-warm-ms', 'ms', [400, 420, 380], [200, 210, 190]),
  summarise('initial-js-gzip-kb', 'KiB', [120]),
];

describe('bench report', () => {
  it('draws a ratio bar per figure with a floor, red when its target is missed', () => {
    const svg = renderChart(metrics, 'A & B');
    expect(svg).toContain('A &amp; B');
    expect(svg.match(/class="bad"/g)).toHaveLength(1);
    expect(svg).toContain('2.00×');
    expect(svg.match(/class="d"/g)).toHaveLength(2);
  });

  it('says which targets are met and what is not measured yet', () => {
    const result: RunResult = {
      date: '2026-03-12T09:30:00.000Z',
      durationS: 60,
      scale: scales.quick,
      runs: 3,
      commit: 'abc1234',
      machine: {
        cpus: 2,
        cpuModel: 'x',
        memoryGiB: 8,
        chromium: 'Chromium 1',
        node: 'v20',
        kernel: '6',
        loadBefore: [1, 1, 1],
        loadAfter: [2, 2, 2],
      },
      metrics,
      pending: [{ metrics: ['sweep-100k-ordinary-day-ms'], reason: 'feature not built' }],
      failures: [],
      notes: { 'initial-js-gzip-kb': ['made of react-dom 62 KiB'] },
    };
    const md = renderReport(result, 'results/chart.svg');
    expect(md).toContain('| `startup-50k-warm-ms` | 400 | ms | 200 | 2 | 3 |');
    expect(md).toContain('≤ 1.5× floor and ≤ 300 ms: **missed**');
    expect(md).toContain('≤ 150 KiB: met');
    expect(md).toContain('- `sweep-100k-ordinary-day-ms`: feature not built');
    expect(md).toContain('![');
    expect(md).toContain('- `initial-js-gzip-kb`: made of react-dom 62 KiB');
  });
});
