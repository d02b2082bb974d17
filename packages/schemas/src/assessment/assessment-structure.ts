import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { checkShape } from '../shape/check-shape.js';
import { shape, type Shape } from '../shape/shape.js';

const strings: Shape = shape.array('string');
const findings = {
  keyFactors: strings,
  strengths: shape.array(
    shape.looseObject({ id: 'string', text: 'string', keyFactors: strings }, ['id', 'keyFactors']),
  ),
  opportunities: shape.array(
    shape.looseObject(
      {
        id: 'string',
        text: 'string',
        keyFactors: strings,
        priority: shape.enum(['high', 'medium', 'low']),
      },
      ['id', 'keyFactors'],
    ),
  ),
};
const scoreFields = {
  item: 'string',
  range: 'string',
  percent: shape.range(0, 100),
  notApplicable: 'boolean',
  ...findings,
} as const;
const scoreOptional = [
  'range',
  'percent',
  'notApplicable',
  'keyFactors',
  'strengths',
  'opportunities',
];

/**
 * The parts of an assessment that engines read, as a zod-free shape that agrees with
 * `AssessmentSchema` on them (types, enums, integer percents 0..100); other keys are left to
 * `validateAssessment`. A test checks it against the zod schema on the example assessment and
 * mutations of it.
 */
const ENGINE_FIELDS: Shape = shape.looseObject(
  {
    id: 'string',
    communityId: 'string',
    framework: shape.looseObject({ id: 'string', edition: 'string' }, ['edition']),
    scope: shape.variants('type', {
      scope: shape.looseObject({ scopeId: 'string' }),
      codes: shape.looseObject(
        { codes: strings, partScoring: shape.enum(['share-of-item', 'whole-item']) },
        ['partScoring'],
      ),
    }),
    cycle: shape.looseObject({ startDate: 'string', endDate: 'string' }, ['endDate']),
    status: shape.enum([
      'planned',
      'independent-review',
      'consensus',
      'site-visit',
      'feedback',
      'complete',
    ]),
    reviewers: shape.array(
      shape.looseObject(
        {
          id: 'string',
          role: shape.enum([
            'examiner',
            'senior-examiner',
            'team-leader',
            'item-lead',
            'self-assessor',
            'observer',
          ]),
          leadsItems: strings,
        },
        ['leadsItems'],
      ),
    ),
    keyFactors: shape.array(shape.looseObject({ id: 'string' })),
    reviews: shape.array(
      shape.looseObject({
        id: 'string',
        reviewerId: 'string',
        status: shape.enum(['draft', 'submitted']),
        items: shape.array(
          shape.looseObject(
            { factors: shape.enum(['ADLI', 'LeTCI', 'profile']), ...scoreFields },
            scoreOptional,
          ),
        ),
      }),
    ),
    consensus: shape.looseObject(
      {
        status: shape.enum(['in-progress', 'agreed']),
        teamLeaderId: 'string',
        items: shape.array(
          shape.looseObject(
            { ...scoreFields, rationale: 'string', basedOn: strings },
            scoreOptional,
          ),
        ),
      },
      ['teamLeaderId'],
    ),
  },
  ['scope', 'keyFactors', 'consensus'],
);

function checkPercentsAreIntegers(input: unknown, out: Issue[]): void {
  const doc = input as {
    reviews: readonly { items: readonly { percent?: number }[] }[];
    consensus?: { items: readonly { percent?: number }[] };
  };
  const check = (percent: number | undefined, path: readonly PathSegment[]): void => {
    if (percent !== undefined && !Number.isInteger(percent))
      out.push(
        createIssue({
          code: 'invalid_type',
          path: [...path, 'percent'],
          expected: 'int',
          received: 'number',
        }),
      );
  };
  doc.reviews.forEach((review, r) =>
    review.items.forEach((entry, k) => check(entry.percent, ['reviews', r, 'items', k])),
  );
  doc.consensus?.items.forEach((entry, k) => check(entry.percent, ['consensus', 'items', k]));
}

/**
 * The zod-free structure check of an assessment for engines (scoring, review summaries): the
 * kind and format version, and the types, enums and bounds of every field engines read,
 * agreeing with `AssessmentSchema` (a percent of 57.5 is refused as zod refuses it). Full
 * validation, with every field, is `validateAssessment`.
 *
 * Never throws: any input, however mangled, gives issues.
 *
 * @example
 * ```ts
 * checkAssessmentStructure({ kind: 'assessment' }).length > 0; // true
 * ```
 */
export function checkAssessmentStructure(input: unknown): Issue[] {
  try {
    return checkStructureUnchecked(input);
  } catch (error) {
    return [createIssue({ code: 'unexpected_shape', path: [], error: String(error) })];
  }
}

function checkStructureUnchecked(input: unknown): Issue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return checkShape(input, ENGINE_FIELDS);
  const { kind, formatVersion } = input as { kind?: unknown; formatVersion?: unknown };
  const issues: Issue[] = [];
  if (kind !== 'assessment')
    issues.push(createIssue({ code: 'invalid_value', path: ['kind'], expected: ['assessment'] }));
  if (formatVersion !== 1)
    issues.push(
      createIssue({
        code: 'unsupported_format_version',
        path: ['formatVersion'],
        kind: 'assessment',
        found: formatVersion,
        supported: [1],
      }),
    );
  const shaped = checkShape(input, ENGINE_FIELDS);
  issues.push(...shaped);
  if (shaped.length === 0) checkPercentsAreIntegers(input, issues);
  return issues;
}
