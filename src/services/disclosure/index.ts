/**
 * Consents and disclosures: recording and withdrawing consent, sending a candidate to a client
 * or partner through the disclosure guard (the dossier in the recipient's language, recorded
 * under a pseudonym), the disclosure register, and Art. 19: the recipients to tell of a later
 * rectification or restriction (`personRectified`, `openArt19Tasks`) until marked notified.
 */
export {
  art19Tables,
  markNotified,
  type NotificationTodo,
  openArt19Tasks,
  openNotificationTasks,
} from './art19';
export {
  consentsOfCandidate,
  type EvidenceFile,
  recordConsent,
  withdrawAllConsents,
  withdrawConsent,
} from './consents';
export { type Submission, type SubmissionError, submitToRecipient } from './disclosures';
export { personRectified } from './rectification';
export {
  disclosureRegister,
  exportRegisterCsv,
  type RegisterEntry,
  type RegisterFilter,
} from './register';
export { disclosureReasons, type DisclosureReason, type DisclosureRefusal } from './reasons';
