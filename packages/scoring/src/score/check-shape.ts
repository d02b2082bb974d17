import {
  checkShape,
  createIssue,
  shape,
  type Issue,
  type Shape,
} from '@community-excellence/schemas/data';

const strings: Shape = shape.array('string');
const findings = {
  keyFactors: strings,
  strengths: shape.array(shape.looseObject({ keyFactors: strings }, ['keyFactors'])),
  opportunities: shape.array(shape.looseObject({ keyFactors: strings }, ['keyFactors'])),
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

/** The parts of an assessment that scoring reads; other keys are left to `validateAssessment`. */
const SCORABLE: Shape = shape.looseObject(
  {
    id: 'string',
    communityId: 'string',
    framework: shape.looseObject({ id: 'string', edition: 'string' }, ['edition']),
    scope: shape.variants('type', {
      scope: shape.looseObject({ scopeId: 'string' }),
      codes: shape.looseObject({ codes: strings }),
    }),
    cycle: shape.looseObject({ startDate: 'string', endDate: 'string' }, ['endDate']),
    reviewers: shape.array(
      shape.looseObject({ id: 'string', leadsItems: strings }, ['leadsItems']),
    ),
    keyFactors: shape.array(shape.looseObject({ id: 'string' })),
    reviews: shape.array(
      shape.looseObject({
        id: 'string',
        reviewerId: 'string',
        status: shape.enum(['draft', 'submitted']),
        items: shape.array(
          shape.looseObject(
            { factors: shape.enum(['ADLI', 'LeTCI']), ...scoreFields },
            scoreOptional,
          ),
        ),
      }),
    ),
    consensus: shape.looseObject(
      {
        status: shape.enum(['in-progress', 'agreed']),
        teamLeaderId: 'string',
        items: shape.array(shape.looseObject({ ...scoreFields, basedOn: strings }, scoreOptional)),
      },
      ['teamLeaderId'],
    ),
  },
  ['scope', 'keyFactors', 'consensus'],
);

/**
 * Checks the parts of an assessment that scoring reads (types of ids, arrays, scores) so that
 * any JSON input, however mangled, yields issues instead of an exception. Full structural
 * validation is `validateAssessment` in `@community-excellence/schemas`.
 */
export function checkScorableShape(input: unknown): Issue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return checkShape(input, SCORABLE);
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
  issues.push(...checkShape(input, SCORABLE));
  return issues;
}
