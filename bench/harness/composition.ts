import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's mappings into [generated column, source index] per line. */
function decodeMappings(mappings: string): [number, number][][] {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const out: [number, number][] = [];
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = base64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0]!;
      if (values.length > 1) source += values[1]!;
      out.push([column, values.length > 1 ? source : -1]);
    }
    return out;
  });
}

const packageOf = (source: string): string => {
  const i = source.lastIndexOf('node_modules/');
  if (i < 0)
    return source.includes('/src/')
      ? `app: src/${source.split('/src/')[1]!.split('/')[0]}`
      : 'other';
  const parts = source.slice(i + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
};

export type Share = { origin: string; minifiedKiB: number; gzipKiB: number };

/**
 * What the first screen's JavaScript is made of: the app is built again with source maps (same
 * config, another folder) and each byte of the initial chunks is attributed to its package or
 * app folder, gzipped alone (so the parts add up to a little more than the whole).
 */
export async function initialJsComposition(
  root: string,
  tmp: string,
  initialFiles: readonly string[],
): Promise<Share[]> {
  const outDir = mkdtempSync(join(tmp, 'composition-'));
  try {
    await build({
      root,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, sourcemap: true },
    });
    const stem = (f: string) => f.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
    const wanted = new Set(initialFiles.map((f) => stem(f.split('/').pop()!)));
    const parts = new Map<string, string[]>();
    for (const file of readdirSync(join(outDir, 'assets'))) {
      if (!file.endsWith('.js') || !wanted.has(stem(file))) continue;
      const code = readFileSync(join(outDir, 'assets', file), 'utf8').split('\n');
      const mapFile = join(outDir, 'assets', `${file}.map`);
      if (!existsSync(mapFile)) {
        // The bundler's own runtime chunk comes without a map.
        const key = `bundler: ${stem(file)}`;
        parts.set(key, [...(parts.get(key) ?? []), code.join('\n')]);
        continue;
      }
      const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
        sources: string[];
        mappings: string;
      };
      decodeMappings(map.mappings).forEach((segments, line) => {
        const text = code[line] ?? '';
        segments.forEach(([col, src], k) => {
          const end = k + 1 < segments.length ? segments[k + 1]![0] : text.length;
          const key = src < 0 ? 'other' : packageOf(map.sources[src]!);
          if (!parts.has(key)) parts.set(key, []);
          parts.get(key)!.push(text.slice(col, end));
        });
      });
    }
    return [...parts]
      .map(([origin, pieces]) => {
        const text = pieces.join('');
        return {
          origin,
          minifiedKiB: Math.round((text.length / 1024) * 10) / 10,
          gzipKiB: Math.round((gzipSync(text, { level: 9 }).length / 1024) * 10) / 10,
        };
      })
      .sort((a, b) => b.gzipKiB - a.gzipKiB);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
