import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { normaliseBase } from './src/lib/base-path.ts';
import { startChunkGroups } from './scripts/start-chunks.ts';

/**
 * The path the app is served under, chosen at build time: `VIVIER_BASE=/vivier/ npm run build`.
 * Routes, the manifest, the service worker's scope and fallback and the streamed download all
 * follow it (README, "Deployment").
 */
const base = normaliseBase(process.env.VIVIER_BASE ?? '/');

export default defineConfig({
  base,
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // Tells two builds of the same version apart (a new release published in place).
    __BUILD_ID__: JSON.stringify(process.env.VIVIER_BUILD_ID ?? ''),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The first screen's code as a few chunks, all listed in the entry's preload of start.tsx,
        // so the browser requests them at once instead of one import level after another
        // (scripts/start-chunks.ts says which modules and why).
        codeSplitting: { groups: startChunkGroups },
      },
    },
  },
  // Team sync: the office's web server proxies <base>sync/ to CouchDB (docs/deployment.md), so
  // the CSP's connect-src 'self' holds; `vite preview` does the same towards VIVIER_SYNC_HUB
  // (the end-to-end tests' CouchDB-compatible hub).
  preview: {
    host: '127.0.0.1',
    ...(process.env.VIVIER_SYNC_HUB
      ? {
          proxy: {
            [`${base}sync/`]: {
              target: process.env.VIVIER_SYNC_HUB,
              changeOrigin: true,
              rewrite: (path: string) => path.slice(`${base}sync`.length),
            },
          },
        }
      : {}),
  },
  plugins: [
    react(),
    VitePWA({
      // An update is offered, never forced: the app decides when (never while a form is dirty).
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'Vivier',
        short_name: 'Vivier',
        description: 'Candidate and client records, offline, GDPR by construction.',
        lang: 'fr',
        start_url: base,
        scope: base,
        id: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e5f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // relative to the service worker, which lives at the base: the app shell for every deep link
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // streams backup downloads where the File System Access API is missing
        importScripts: [`${base}download-sw.js`],
        globIgnores: ['download-sw.js'],
      },
    }),
  ],
});
