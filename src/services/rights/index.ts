/**
 * The rights desk (GDPR Art. 15–21): requests with their deadlines, identity checks, extensions
 * and refusals; their effects (rectification, erasure through `erasure`, restriction, objection);
 * the letters in French, English and German; finding the person a request is about.
 */
export {
  applyObjection,
  applyRestriction,
  completeErasure,
  completeRectification,
  liftRestriction,
} from './effects';
export { availableLetters, composeLetter, type LetterKind, letterKinds } from './letters';
export {
  completeRequest,
  extendRequest,
  getRequest,
  groundApplies,
  listRequests,
  recordIdentityCheck,
  refuseRequest,
  registerRequest,
  requestsOfPerson,
  rightsDashboard,
  type RightsFailure,
  setRequestStatus,
} from './requests';
export { findPeople, readSubject, rectifiableFields, type Subject, subjectName } from './subjects';
export { rightsReasons, type RightsReason, type RightsRefusal } from './reasons';
