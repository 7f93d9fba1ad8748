/**
 * The records: candidates, their referees, applications and attachments, client organisations
 * and their contacts, missions, and the user of this laptop. Every edit of a person is a
 * rectification (history, Art. 19 to-dos through `disclosure`) and may move their deletion date
 * (through `retention`); deleting a person goes through `erasure`.
 */
export {
  applicationsOfCandidate,
  createApplication,
  isManualMove,
  moveApplication,
  pipelineOfMission,
} from './applications';
export {
  addAttachment,
  attachmentForOpening,
  deleteAttachment,
  isQuotaError,
  listAttachments,
  type StorageFull,
} from './attachments';
export {
  candidateHistory,
  createCandidate,
  deleteCandidate,
  getCandidate,
  noticesDue,
  recordPrivacyNotice,
  updateCandidate,
  validateCandidate,
} from './candidates';
export {
  contactsOf,
  createContact,
  deleteContact,
  getContact,
  recordContactTouch,
  updateContact,
} from './contacts';
export {
  createMission,
  deleteMission,
  getMission,
  listMissions,
  type MissionListQuery,
  type MissionStatus,
  updateMission,
} from './missions';
export {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  type OrganisationKind,
  type OrganisationView,
  updateOrganisation,
} from './organisations';
export { candidateNames, missionLabels, openMissions, organisationNames } from './record-labels';
export { createReferee, deleteReferee, getReferee, refereesOf, updateReferee } from './referees';
export { currentUser, registerUser } from './users';
export { recordsReasons, type RecordsReason, type RecordsRefusal } from './reasons';
