import { z } from 'zod';
import { GeographySchema } from '../community/geography.js';
import { PartnerSchema } from '../community/partner.js';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { AccountabilityStructureSchema } from './accountability-structure.js';
import { ActionNetworkSchema } from './action-network.js';
import { AnchorEntitySchema } from './anchor-entity.js';
import { DataAgreementSchema } from './data-agreement.js';
import { EngagementEventSchema } from './engagement-event.js';
import { EvidenceItemSchema } from './evidence-item.js';
import { FundingSourceSchema } from './funding-source.js';
import { LeadershipTableSchema } from './leadership-table.js';
import { OutcomeCommitmentSchema } from './outcome-commitment.js';
import { PolicyChangeSchema } from './policy-change.js';
import { ReportCardSchema } from './report-card.js';
import { SharedVisionSchema } from './shared-vision.js';

/**
 * A partnership-evidence document (`kind: "partnership-evidence"`): the facts about a
 * cradle-to-career partnership that theory-of-action benchmarks are judged on, as of one
 * date. Every fact is optional but typed; a missing fact is "no evidence", not "false".
 *
 * @example
 * ```ts
 * PartnershipEvidenceSchema.safeParse({
 *   kind: 'partnership-evidence', formatVersion: 1, id: 'riverbend-evidence-2026', partnershipId: 'riverbend-promise',
 *   name: 'Riverbend Promise', asOf: '2026-09-30',
 * }).success; // true
 * ```
 */
export const PartnershipEvidenceSchema = z
  .strictObject({
    kind: z.literal('partnership-evidence'),
    formatVersion: z.literal(1),
    id: IdSchema.describe(
      'Id of this evidence document (one partnership can have one per as-of date).',
    ),
    partnershipId: IdSchema.describe('Stable id of the partnership.'),
    name: LabelSchema.describe('Name of the partnership.'),
    asOf: IsoDateSchema.describe('The date the evidence describes.'),
    geography: GeographySchema.optional().describe('The defined geography the partnership serves.'),
    communityId: IdSchema.optional().describe(
      'Id of a community document for the same place, if any.',
    ),
    partners: z
      .array(PartnerSchema)
      .optional()
      .describe('Partner organizations that other items refer to by id.'),
    leadershipTable: LeadershipTableSchema.optional(),
    accountabilityStructure: AccountabilityStructureSchema.optional(),
    sharedVision: SharedVisionSchema.optional(),
    outcomes: z
      .array(OutcomeCommitmentSchema)
      .optional()
      .describe('Community-level outcomes chosen, with their indicators.'),
    reportCards: z.array(ReportCardSchema).optional(),
    actionNetworks: z.array(ActionNetworkSchema).optional(),
    anchorEntity: AnchorEntitySchema.optional(),
    funding: z.array(FundingSourceSchema).optional(),
    dataAgreements: z.array(DataAgreementSchema).optional(),
    engagementEvents: z.array(EngagementEventSchema).optional(),
    policyChanges: z.array(PolicyChangeSchema).optional(),
    evidence: z
      .array(EvidenceItemSchema)
      .optional()
      .describe('Free evidence claims with source, date and confidence.'),
    notes: ProseSchema.optional(),
  })
  .describe('Facts about a partnership that theory-of-action benchmarks are judged on.');

/** A partnership-evidence document (see {@link PartnershipEvidenceSchema}). */
export type PartnershipEvidence = z.infer<typeof PartnershipEvidenceSchema>;
