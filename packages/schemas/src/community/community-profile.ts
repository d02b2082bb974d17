import { z } from 'zod';
import { ProseSchema } from '../identifiers.js';

/**
 * The answer to one Community Profile area: a narrative and/or a list of points.
 *
 * @example
 * ```ts
 * ProfileAnswerSchema.parse({ narrative: 'Two small cities and their rural county.', points: ['Rural', 'Aging population'] });
 * ```
 */
export const ProfileAnswerSchema = z.strictObject({
  narrative: ProseSchema.optional().describe('The answer in prose.'),
  points: z.array(ProseSchema).optional().describe('The answer as a list of short points.'),
});

/** An answer to one profile area (see {@link ProfileAnswerSchema}). */
export type ProfileAnswer = z.infer<typeof ProfileAnswerSchema>;

/**
 * P.1 a. Community Environment, with its five areas [verified]: (1) definition and
 * identity, (2) community offerings, (3) residents, other customers and stakeholders,
 * (4) people resources, (5) regulatory environment.
 *
 * @example
 * ```ts
 * CommunityEnvironmentSchema.parse({ definitionAndIdentity: { narrative: 'Kanawha County and its 13 municipalities.' } });
 * ```
 */
export const CommunityEnvironmentSchema = z.strictObject({
  definitionAndIdentity: ProfileAnswerSchema.optional().describe(
    'P.1a(1) Community Definition and Identity.',
  ),
  offerings: ProfileAnswerSchema.optional().describe(
    'P.1a(2) Community Offerings: key offerings, programs and services.',
  ),
  residentsAndStakeholders: ProfileAnswerSchema.optional().describe(
    'P.1a(3) Residents, Other Customers, and Stakeholders.',
  ),
  peopleResources: ProfileAnswerSchema.optional().describe(
    'P.1a(4) People Resources (older editions: People and Organizational Resources).',
  ),
  regulatoryEnvironment: ProfileAnswerSchema.optional().describe('P.1a(5) Regulatory Environment.'),
});

/**
 * P.1 Community Description: a. Community Environment and b. Community Relationships
 * (the sub-questions of b. were not found in the sources, so it is one answer [partial]).
 *
 * @example
 * ```ts
 * CommunityDescriptionSchema.parse({ relationships: { points: ['Hospital and school district share a data agreement'] } });
 * ```
 */
export const CommunityDescriptionSchema = z.strictObject({
  environment: CommunityEnvironmentSchema.optional().describe('P.1a Community Environment.'),
  relationships: ProfileAnswerSchema.optional().describe(
    'P.1b Community Relationships [partial: sub-questions not published].',
  ),
});

/**
 * P.2 Community Situation (also called "Community Strategic Situation"). Its sub-areas are
 * [inferred] from Baldrige P.2: strategic challenges, advantages and opportunities,
 * comparative context, and the performance improvement system.
 *
 * @example
 * ```ts
 * CommunitySituationSchema.parse({ strategicChallenges: { points: ['Out-migration of young adults'] } });
 * ```
 */
export const CommunitySituationSchema = z.strictObject({
  strategicChallenges: ProfileAnswerSchema.optional().describe(
    'P.2 strategic challenges [inferred sub-area].',
  ),
  strategicAdvantages: ProfileAnswerSchema.optional().describe(
    'P.2 strategic advantages [inferred sub-area].',
  ),
  strategicOpportunities: ProfileAnswerSchema.optional().describe(
    'P.2 strategic opportunities [inferred sub-area].',
  ),
  comparativeContext: ProfileAnswerSchema.optional().describe(
    'P.2 comparative context: peer communities and sources of comparisons [inferred sub-area].',
  ),
  performanceImprovementSystem: ProfileAnswerSchema.optional().describe(
    'P.2 performance improvement system [inferred sub-area].',
  ),
});

/**
 * The Community Profile: P.1 Community Description and P.2 Community Situation. Every part
 * is optional so that a profile can be written step by step.
 *
 * @example
 * ```ts
 * CommunityProfileSchema.parse({ description: { environment: { offerings: { narrative: 'Schools, clinics, parks.' } } } });
 * ```
 */
export const CommunityProfileSchema = z.strictObject({
  description: CommunityDescriptionSchema.optional().describe('P.1 Community Description.'),
  situation: CommunitySituationSchema.optional().describe('P.2 Community Situation.'),
});

/** A Community Profile (see {@link CommunityProfileSchema}). */
export type CommunityProfile = z.infer<typeof CommunityProfileSchema>;
