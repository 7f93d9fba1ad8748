/**
 * The demo firm's database. A name of its own, never one of the two the restore pointer switches
 * between (active-db.ts), so invented people can never mix with the firm's real records.
 */
export const demoDbName = 'vivier-demo';

export const isDemoDb = (db: { name: string }): boolean => db.name === demoDbName;
