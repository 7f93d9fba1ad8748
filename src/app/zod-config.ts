import { z } from 'zod';

// The CSP forbids eval. Zod probes for it (new Function) when it builds object parsers, which
// reports a violation even though it falls back; so tell it not to try. This module must be
// evaluated before any schema is used: it is main.tsx's first import.
z.config({ jitless: true });
