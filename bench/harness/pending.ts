import type { Pending } from './report';

/**
 * Metrics whose feature is not on main yet: listed in the report, never given a figure. A line
 * leaves this list when its measurement is written (and its feature merged).
 */
export const pending: Pending[] = [];
