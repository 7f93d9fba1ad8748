import type { AuditDraft } from '../domain/audit';
import type { PersonType } from '../domain/common';
import type { Result } from '../domain/result';
import type { ServiceContext } from './context';

/**
 * Call points into services owned by other parts of the app. The rights desk takes them as
 * parameters so that it can be built and tested before they land; the app wires the real ones:
 *
 * - `erasePerson`: the shared erasure service (src/services/erasure.ts, Retention issue).
 * - `openArt19Tasks`: the Art. 19 to-do list (notification tasks, Consent and disclosure issue).
 */

export type PersonRef = { personType: PersonType; personId: string };

export type ErasureTarget = PersonRef & { reason: 'request'; requestId: string };

export type ErasureDone = {
  /** null when nothing was left to tombstone (a candidate already in the client archive). */
  tombstoneId: string | null;
  /** Organisations that had received the person's data: the Art. 19 list. */
  recipientIds: string[];
};

/**
 * Erases the person and everything that is theirs, writes the tombstone and the Art. 19 tasks,
 * in its own transaction: the rights desk calls it outside any transaction. The hold placed by
 * `requestId` is the request being answered and must not block it.
 */
export type ErasePerson = (
  ctx: ServiceContext,
  target: ErasureTarget,
) => Promise<Result<ErasureDone, { reason: string }>>;

/**
 * Opens one Art. 19 task per recipient who received the candidate's data; returns their
 * organisation ids and the audit entries for the caller to add. Runs INSIDE the caller's
 * transaction (which includes `disclosures` and `notificationTasks`): Dexie operations only.
 */
export type OpenArt19Tasks = (
  ctx: ServiceContext,
  change: {
    candidateId: string;
    change: 'rectification' | 'erasure' | 'restriction';
    fields: string[];
  },
) => Promise<{ recipientIds: string[]; audit: AuditDraft[] }>;

export type RightsDeps = { erasePerson: ErasePerson; openArt19Tasks: OpenArt19Tasks };
