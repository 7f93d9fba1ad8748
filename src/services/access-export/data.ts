import { assertNever } from '../../domain/assert-never';
import type { AccessExportData } from '../../domain/access-export';
import type { Attachment } from '../../domain/attachment';
import type { LanguageCode } from '../../domain/common';
import { isInEea, type Organisation } from '../../domain/organisation';
import { maskMark, thirdPartyMasker, type KnownPerson } from '../../domain/third-party-mask';
import type { PersonSnapshot } from './collect';
import { personFacts } from './facts';

/** Where an attachment's original goes in the zip: its id keeps names unique, the name is made safe. */
export function attachmentPath(a: Pick<Attachment, 'id' | 'name'>): string {
  const safe =
    a.name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
      .replace(/^[.\s]+/, '')
      .slice(0, 120) || 'file';
  return `attachments/${a.id}-${safe}`;
}

const orgRef = (o: Organisation | undefined) =>
  o ? { id: o.id, name: o.name, kind: o.kind, country: o.country } : null;

function subjectAsKnown(s: PersonSnapshot['subject']): KnownPerson {
  switch (s.type) {
    case 'candidate':
      return { ...s.row.identity, ...s.row.contact };
    case 'referee':
      return {
        firstName: s.row.firstName,
        lastName: s.row.lastName,
        emails: s.row.email ? [s.row.email] : [],
        phones: s.row.phone ? [s.row.phone] : [],
      };
    case 'contact':
      return s.row;
    default:
      return assertNever(s);
  }
}

/**
 * data.json: the snapshot in the export format, with every free text masked (Art. 15(4)) and
 * nothing internal (search keys) or of other people (referees' contact details).
 */
export function toExportData(
  snap: PersonSnapshot,
  opts: { now: Date; language: LanguageCode },
): AccessExportData {
  const mask = thirdPartyMasker(subjectAsKnown(snap.subject), snap.others);
  const { missions, organisations } = snap;
  const missionRef = (missionId: string | null) => {
    const m = missionId === null ? undefined : missions.get(missionId);
    return m
      ? { id: m.id, position: m.position, client: organisations.get(m.clientId)?.name ?? '' }
      : null;
  };
  const { subject } = snap;
  const stamps = (r: { createdAt: string; updatedAt: string }) => ({
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

  return {
    format: 'vivier-access-export',
    version: 1,
    generatedAt: opts.now.toISOString(),
    language: opts.language,
    maskMark,
    controller: { ...snap.settings.controller },
    subject: { type: subject.type, id: subject.row.id },
    candidate:
      subject.type === 'candidate'
        ? (({ row: c }) => ({
            id: c.id,
            identity: { ...c.identity },
            contact: { ...c.contact },
            qualifications: c.qualifications.map((q) => ({ ...q })),
            languages: c.languages.map((l) => ({ ...l })),
            experience: c.experience.map((p) => ({ ...p, description: mask(p.description) })),
            profileLinks: c.profileLinks.map((l) => ({ ...l })),
            psychometrics: c.psychometrics.map((t) => ({ ...t, summary: mask(t.summary) })),
            interviewNotes: c.interviewNotes.map((n) => ({ ...n, text: mask(n.text) })),
            notes: mask(c.notes),
            source: c.source,
            collectedOn: c.collectedOn,
            notice: c.notice && { ...c.notice },
            deleteOn: c.deleteOn,
            restricted: c.restricted,
            objected: c.objected,
            ...stamps(c),
          }))(subject)
        : null,
    referee:
      subject.type === 'referee'
        ? (({ row: r }) => ({
            id: r.id,
            firstName: r.firstName,
            lastName: r.lastName,
            relationship: r.relationship,
            organisation: r.organisation,
            email: r.email,
            phone: r.phone,
            statement: mask(r.statement),
            permissionToContactOn: r.permissionToContactOn,
            deleteOn: r.deleteOn,
            restricted: r.restricted,
            objected: r.objected,
            ...stamps(r),
          }))(subject)
        : null,
    contact:
      subject.type === 'contact'
        ? (({ row: c }) => ({
            id: c.id,
            firstName: c.firstName,
            lastName: c.lastName,
            jobTitle: c.jobTitle,
            emails: [...c.emails],
            phones: [...c.phones],
            addresses: [...c.addresses],
            marketingOptOut: c.marketingOptOut,
            lastContactOn: c.lastContactOn,
            deleteOn: c.deleteOn,
            restricted: c.restricted,
            objected: c.objected,
            ...stamps(c),
          }))(subject)
        : null,
    employer: snap.employer ? orgRef(snap.employer) : null,
    references: snap.referees.map((r) => ({
      id: r.id,
      firstName: r.firstName,
      lastName: r.lastName,
      relationship: r.relationship,
      organisation: r.organisation,
      statement: mask(r.statement),
      permissionToContactOn: r.permissionToContactOn,
    })),
    applications: snap.applications.map((a) => ({
      id: a.id,
      mission: missionRef(a.missionId),
      receivedOn: a.receivedOn,
      status: a.status,
      events: a.events.map((e) => ({ status: e.status, on: e.on, note: mask(e.note) })),
    })),
    consents: snap.consents.map((c) => ({
      id: c.id,
      mission: missionRef(c.missionId),
      recipient: orgRef(organisations.get(c.recipientId)),
      form: c.form,
      givenOn: c.givenOn,
      script: mask(c.script),
      evidenceNote: mask(c.evidenceNote),
      categories: [...c.categories],
      dataReviewedOn: c.dataReviewedOn,
      withdrawnOn: c.withdrawnOn,
      withdrawalChannel: c.withdrawalChannel,
      recordedAt: c.recordedAt,
    })),
    disclosures: snap.disclosures.map((x) => ({
      id: x.id,
      at: x.at,
      recipient: orgRef(organisations.get(x.recipientId)),
      mission: missionRef(x.missionId),
      categories: [...x.categories],
      files: x.files.map((f) => ({ ...f })),
    })),
    processors: snap.processors.map((o) => ({
      ...orgRef(o)!,
      role: o.role,
      inEea: isInEea(o.country),
      transferSafeguard: o.transferSafeguard,
    })),
    attachments: snap.attachments.map((a) => ({
      id: a.id,
      ownerType: a.ownerType,
      kind: a.kind,
      name: a.name,
      type: a.type,
      size: a.size,
      sha256: a.sha256,
      path: attachmentPath(a),
    })),
    rightsRequests: snap.requests.map((r) => ({
      id: r.id,
      type: r.type,
      receivedOn: r.receivedOn,
      channel: r.channel,
      details: mask(r.details),
      dueOn: r.dueOn,
      status: r.status,
      extension: r.extension && { ...r.extension, reason: mask(r.extension.reason) },
      identityCheckedOn: r.identityCheck?.on ?? null,
      refusal: r.refusal && { ground: r.refusal.ground, note: mask(r.refusal.note) },
      outcome: mask(r.outcome),
      closedOn: r.closedOn,
    })),
    holds: snap.holds.map((h) => ({
      reason: h.reason,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      liftedOn: h.liftedOn,
    })),
    history: snap.history.map((e) => ({ at: e.at, action: e.action, fields: [...e.fields] })),
    ...personFacts(snap),
  };
}
