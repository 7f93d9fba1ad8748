import { z } from 'zod';

/**
 * The app's CSP forbids eval, and zod probes for it (new Function) the first time an object
 * schema is built. The bundler may evaluate schema modules before the app's entry runs
 * (app/zod-config.ts), so every module that builds schemas imports this first.
 */
z.config({ jitless: true });
