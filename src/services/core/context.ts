import type { VivierDb } from '../../db/database';

/** What every use-case is given: the database, the time and who acts. Nothing is read from globals. */
export type ServiceContext = {
  readonly db: VivierDb;
  readonly now: Date;
  /** User id of the person acting (the audit actor). */
  readonly actor: string;
};
