import { z } from 'zod';
import { dataCategories, languageCode, personType } from './common';
import { candidateSources, languageLevels } from './candidate';
import { pipelineStatuses } from './application';
import { attachmentKinds, attachmentOwnerTypes } from './attachment';
import { organisationKinds, recipientRoles } from './organisation';
import { refusalGrounds, requestChannels, requestStatuses, requestTypes } from './rights-request';
import { maskMark } from './third-party-mask';

/**
 * `data.json` of an access export (Art. 15) and portability copy (Art. 20): every record Vivier
 * holds about one person, in a documented and versioned format. This schema is the contract:
 * the export is validated against it before it is written, and `schema.json` (its JSON Schema,
 * draft 2020-12) travels in the same zip so that any tool can read the file without Vivier.
 *
 * Version 1. A later version adds fields or a new `version`; it never changes a field's meaning.
 * Objects are strict: a field that is not described here cannot slip into the export.
 */

const d = (description: string) => ({ description });
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta(d('Calendar date, YYYY-MM-DD.'));
const instant = z.string().meta(d('Instant, ISO 8601 in UTC.'));
const text = z.string();
const masked = z
  .string()
  .meta(
    d(
      `Free text; names and contact details of other people replaced by "${maskMark}" (Art. 15(4)).`,
    ),
  );
const id = z.string().meta(d('Identifier inside Vivier.'));
const flag = z
  .strictObject({ since: date, requestId: id.nullable() })
  .nullable()
  .meta(
    d(
      'Processing block (restriction Art. 18 or objection Art. 21) and the request that set it, or null.',
    ),
  );

const candidate = z
  .strictObject({
    id,
    identity: z.strictObject({ firstName: text, lastName: text, language: languageCode }),
    contact: z.strictObject({
      emails: z.array(text),
      phones: z.array(text),
      addresses: z.array(text),
    }),
    qualifications: z.array(
      z.strictObject({ title: text, institution: text, year: z.number().int().nullable() }),
    ),
    languages: z.array(z.strictObject({ language: text, level: z.enum(languageLevels) })),
    experience: z.array(
      z.strictObject({
        title: text,
        organisation: text,
        from: date,
        to: date.nullable(),
        description: masked,
      }),
    ),
    profileLinks: z.array(
      z.strictObject({ kind: z.enum(['linkedin', 'xing', 'other']), url: text }),
    ),
    psychometrics: z.array(
      z.strictObject({
        id,
        test: text,
        takenOn: date,
        administeredBy: text,
        summary: masked,
        informedOfMethodOn: date.meta(
          d('When the candidate was told of the method (Code du travail L1221-8).'),
        ),
        attachmentId: id.nullable(),
      }),
    ),
    interviewNotes: z.array(z.strictObject({ id, on: date, author: text, text: masked })),
    notes: masked.meta(d('The firm’s general remarks about the candidate.')),
    source: z.enum(candidateSources).meta(d('Where the data came from (Art. 14(2)(f)).')),
    collectedOn: date,
    notice: z
      .strictObject({ givenOn: date, channel: z.enum(requestChannels), givenBy: text })
      .nullable()
      .meta(d('When and how the privacy notice was given (Art. 14).')),
    deleteOn: date.nullable().meta(d('Computed deletion date under the retention rules.')),
    restricted: flag,
    objected: flag,
    createdAt: instant,
    updatedAt: instant,
  })
  .meta(d('The candidate record.'));

const referee = z
  .strictObject({
    id,
    firstName: text,
    lastName: text,
    relationship: text,
    organisation: text,
    email: text.nullable(),
    phone: text.nullable(),
    statement: masked,
    permissionToContactOn: date.nullable(),
    deleteOn: date.nullable(),
    restricted: flag,
    objected: flag,
    createdAt: instant,
    updatedAt: instant,
  })
  .meta(
    d(
      'The referee record, when the person asking is a referee. The candidate they spoke for is not named.',
    ),
  );

const contact = z
  .strictObject({
    id,
    firstName: text,
    lastName: text,
    jobTitle: text,
    emails: z.array(text),
    phones: z.array(text),
    addresses: z.array(text),
    marketingOptOut: z.boolean().meta(d('Objection to marketing (Art. 21(3)): absolute.')),
    lastContactOn: date,
    deleteOn: date.nullable(),
    restricted: flag,
    objected: flag,
    createdAt: instant,
    updatedAt: instant,
  })
  .meta(d('The client contact record, when the person asking is a client contact.'));

const organisationRef = z.strictObject({
  id,
  name: text,
  kind: z.enum(organisationKinds),
  country: z.string().length(2).meta(d('ISO 3166-1 alpha-2.')),
});
const missionRef = z.strictObject({ id, position: text, client: text });

export const accessExportSchema = z
  .strictObject({
    format: z.literal('vivier-access-export'),
    version: z.literal(1),
    generatedAt: instant,
    language: languageCode.meta(d('Language of index.html.')),
    maskMark: z.literal(maskMark).meta(d('The mark that replaces what was masked (Art. 15(4)).')),
    controller: z.strictObject({
      name: text,
      address: text,
      email: text,
      representative: text,
      registration: text,
    }),
    subject: z.strictObject({ type: personType, id }),
    candidate: candidate.nullable(),
    referee: referee.nullable(),
    contact: contact.nullable(),
    employer: organisationRef.nullable().meta(d("A client contact's organisation.")),
    references: z
      .array(
        z.strictObject({
          id,
          firstName: text,
          lastName: text,
          relationship: text,
          organisation: text,
          statement: masked,
          permissionToContactOn: date.nullable(),
        }),
      )
      .meta(
        d(
          "A candidate's referees: who they are and what they said; never their contact details (Art. 15(4)).",
        ),
      ),
    applications: z.array(
      z.strictObject({
        id,
        mission: missionRef.nullable().meta(d('null: a general application, not for a position.')),
        receivedOn: date,
        status: z.enum(pipelineStatuses),
        events: z.array(
          z.strictObject({ status: z.enum(pipelineStatuses), on: date, note: masked }),
        ),
      }),
    ),
    consents: z.array(
      z.strictObject({
        id,
        mission: missionRef.nullable(),
        recipient: organisationRef.nullable(),
        form: z.enum(['written', 'verbal']),
        givenOn: date,
        script: masked.meta(d('For verbal consent: the wording used.')),
        evidenceNote: masked,
        categories: z.array(z.enum(dataCategories)),
        dataReviewedOn: date.nullable(),
        withdrawnOn: date.nullable(),
        withdrawalChannel: z
          .enum(requestChannels)
          .nullable()
          .meta(d('How the candidate withdrew the consent (Art. 7(1)).')),
        recordedAt: instant,
      }),
    ),
    disclosures: z
      .array(
        z.strictObject({
          id,
          at: instant,
          recipient: organisationRef.nullable(),
          mission: missionRef.nullable(),
          categories: z.array(z.enum(dataCategories)),
          files: z.array(z.strictObject({ name: text, sha256: text, size: z.number().int() })),
        }),
      )
      .meta(d('Who actually received the data, when, for which mission (Art. 15(1)(c)).')),
    processors: z
      .array(
        organisationRef.extend({
          role: z.enum(recipientRoles).nullable(),
          inEea: z.boolean(),
          transferSafeguard: text
            .nullable()
            .meta(d('Art. 46 safeguard for a transfer outside the EU/EEA.')),
        }),
      )
      .meta(d('Internal recipients and processors of the firm (Art. 15(1)(c), 15(2)).')),
    attachments: z.array(
      z.strictObject({
        id,
        ownerType: z.enum(attachmentOwnerTypes),
        kind: z.enum(attachmentKinds),
        name: text,
        type: text,
        size: z.number().int(),
        sha256: text,
        path: text.meta(d('Where the original file is in this zip.')),
      }),
    ),
    rightsRequests: z.array(
      z.strictObject({
        id,
        type: z.enum(requestTypes),
        receivedOn: date,
        channel: z.enum(requestChannels),
        details: masked,
        dueOn: date,
        status: z.enum(requestStatuses),
        extension: z.strictObject({ reason: masked, dueOn: date, toldOn: date }).nullable(),
        identityCheckedOn: date.nullable(),
        refusal: z.strictObject({ ground: z.enum(refusalGrounds), note: masked }).nullable(),
        outcome: masked,
        closedOn: date.nullable(),
      }),
    ),
    holds: z
      .array(
        z.strictObject({
          reason: z.enum(['legal-claim', 'rights-request', 'other']),
          startsOn: date,
          endsOn: date.nullable(),
          liftedOn: date.nullable(),
        }),
      )
      .meta(d('What pauses deletion (legal claim, open request).')),
    history: z
      .array(z.strictObject({ at: instant, action: text, fields: z.array(text) }))
      .meta(d('Changes made to the record: which action and fields, when (from the audit trail).')),
    retention: z.strictObject({
      deleteOn: date.nullable(),
      rules: z.array(z.strictObject({ rule: text, months: z.number().int().nullable() })),
    }),
    facts: z.strictObject({
      source: z
        .string()
        .meta(
          d(
            'A candidate source, "provided-by-candidate" (referee) or "business-relationship" (contact).',
          ),
        ),
      collectedOn: date.nullable(),
      purposes: z.array(text),
      categories: z.array(text),
      recipientCategories: z.array(text),
      automatedDecisionMaking: z
        .literal(false)
        .meta(d('Vivier makes no automated decision and no profiling (P6).')),
    }),
  })
  .meta({
    title: 'Vivier access export',
    description: 'data.json of an access (Art. 15) or portability (Art. 20) export, version 1.',
  });

export type AccessExportData = z.infer<typeof accessExportSchema>;
