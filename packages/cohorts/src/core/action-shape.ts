import { createIssue, shape } from '@community-excellence/schemas/data';
import type {
  Action,
  Issue,
  PathSegment,
  PdsaCycleRecord,
  Shape,
} from '@community-excellence/schemas/data';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'dropped'] as const;
const DECISIONS = ['adopt', 'adapt', 'abandon'] as const;

/**
 * The zod-free shape of a Plan-Do-Study-Act cycle record (`PdsaCycleRecord` of
 * `@community-excellence/schemas`), for event payloads and machine contexts.
 *
 * @example
 * ```ts
 * import { checkShape } from '@community-excellence/schemas/data';
 * checkShape({ id: 'pdsa-1', change: 'Reminders', prediction: 'Fewer absences', startedOn: '2026-10-01' }, pdsaCycleRecordShape); // []
 * ```
 */
export const pdsaCycleRecordShape: Shape = /* @__PURE__ */ shape.object(
  {
    id: 'string',
    aim: 'string',
    change: 'string',
    prediction: 'string',
    startedOn: 'timestamp',
    observations: 'string',
    study: 'string',
    decision: /* @__PURE__ */ shape.enum(DECISIONS),
    decidedOn: 'timestamp',
  },
  ['aim', 'observations', 'study', 'decision', 'decidedOn'],
);

const originShape: Shape = /* @__PURE__ */ shape.variants('type', {
  assessment: /* @__PURE__ */ shape.object({ type: 'string', assessmentId: 'string' }, [
    'assessmentId',
  ]),
  'practice-session': /* @__PURE__ */ shape.object(
    { type: 'string', seasonId: 'string', session: 'integer', teamId: 'string' },
    ['seasonId'],
  ),
  collaborative: /* @__PURE__ */ shape.object(
    { type: 'string', collaborativeId: 'string', teamId: 'string' },
    ['collaborativeId'],
  ),
  'action-network': /* @__PURE__ */ shape.object({ type: 'string', actionNetworkId: 'string' }),
});

const servesShape: Shape = /* @__PURE__ */ shape.object(
  {
    findings: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({ assessmentId: 'string', findingId: 'string' }, [
        'assessmentId',
      ]),
    ),
    items: /* @__PURE__ */ shape.array('string'),
    indicators: /* @__PURE__ */ shape.array('string'),
    targets: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({ indicatorId: 'string', period: 'string' }, ['period']),
    ),
  },
  ['findings', 'items', 'indicators', 'targets'],
);

/**
 * The zod-free shape of one action (`Action` of `@community-excellence/schemas`, the action-plan
 * action type), written once for every machine that takes actions in its events (the
 * community-of-practice season, the Breakthrough-Series collaborative). Strict: keys the action
 * type does not have, and keys such as `__proto__`, are refused. What a shape cannot say (id
 * characters, non-empty titles, calendar dates) {@link actionIssues} checks.
 *
 * @example
 * ```ts
 * import { checkShape } from '@community-excellence/schemas/data';
 * checkShape({ id: 'a1', title: 'Pilot reminders', status: 'planned', serves: {} }, actionShape); // []
 * ```
 */
export const actionShape: Shape = /* @__PURE__ */ shape.object(
  {
    id: 'string',
    title: 'string',
    description: 'string',
    owner: 'string',
    dueDate: 'timestamp',
    status: /* @__PURE__ */ shape.enum(STATUSES),
    startedOn: 'timestamp',
    completedOn: 'timestamp',
    priority: /* @__PURE__ */ shape.enum(['high', 'medium', 'low']),
    phase: 'string',
    origin: originShape,
    serves: servesShape,
    expectedEffect: /* @__PURE__ */ shape.object(
      { description: 'string', item: 'string', range: 'string', byDate: 'timestamp' },
      ['item', 'range', 'byDate'],
    ),
    pdsaCycles: /* @__PURE__ */ shape.array(pdsaCycleRecordShape),
    note: 'string',
  },
  [
    'description',
    'owner',
    'dueDate',
    'startedOn',
    'completedOn',
    'priority',
    'phase',
    'origin',
    'expectedEffect',
    'pdsaCycles',
    'note',
  ],
);

/**
 * The zod-free shape of one report in a report-back event: the action reported on, what was
 * done and learned, and optionally the status it leaves the action in and who reported. The
 * machine adds the date (the event's time) to make a `ReportBack`.
 *
 * @example
 * ```ts
 * import { checkShape } from '@community-excellence/schemas/data';
 * checkShape({ actionId: 'a1', text: 'Pilot ran in two classes.', status: 'done' }, actionReportShape); // []
 * ```
 */
export const actionReportShape: Shape = /* @__PURE__ */ shape.object(
  {
    actionId: 'string',
    text: 'string',
    status: /* @__PURE__ */ shape.enum(STATUSES),
    by: 'string',
  },
  ['status', 'by'],
);

/**
 * The zod-free shape of a report-back (`ReportBack` of `@community-excellence/schemas`), for
 * machine contexts that keep the report-backs they received.
 *
 * @example
 * ```ts
 * import { checkShape } from '@community-excellence/schemas/data';
 * checkShape({ actionId: 'a1', date: '2026-10-21', text: 'Pilot ran.' }, reportBackShape); // []
 * ```
 */
export const reportBackShape: Shape = /* @__PURE__ */ shape.object(
  {
    id: 'string',
    actionId: 'string',
    date: 'timestamp',
    text: 'string',
    status: /* @__PURE__ */ shape.enum(STATUSES),
    by: 'string',
  },
  ['id', 'status', 'by'],
);

/** One report of a report-back event: the action reported on, what was done, and the status it leaves. */
export interface ActionReport {
  readonly actionId: string;
  readonly text: string;
  readonly status?: Action['status'];
  readonly by?: string;
}

type Check = (issues: Issue[]) => void;

const idCheck =
  (value: string | undefined, path: readonly PathSegment[]): Check =>
  (issues) => {
    if (value !== undefined && !ID.test(value))
      issues.push(
        createIssue({
          code: 'invalid_format',
          path,
          format: 'id (letters, digits, ".", "_", ":" or "-")',
        }),
      );
  };
const textCheck =
  (value: string | undefined, path: readonly PathSegment[]): Check =>
  (issues) => {
    if (value !== undefined && value.length === 0)
      issues.push(
        createIssue({ code: 'too_small', path, minimum: 1, origin: 'string', inclusive: true }),
      );
  };
const dateCheck =
  (value: string | undefined, path: readonly PathSegment[]): Check =>
  (issues) => {
    if (value !== undefined && !DATE.test(value))
      issues.push(createIssue({ code: 'invalid_format', path, format: 'date (YYYY-MM-DD)' }));
  };

/**
 * Adds an `invalid_format` issue at `path` when `value` is not an id (letters, digits, `.`, `_`,
 * `:` or `-`, starting with a letter or digit, as the action-plan schema requires).
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * checkId('cycle 1', ['cycleId'], issues); // issues[0].code === 'invalid_format'
 * ```
 */
export function checkId(value: string, path: readonly PathSegment[], issues: Issue[]): void {
  idCheck(value, path)(issues);
}

/**
 * Adds a `too_small` issue at `path` when `value` is an empty string (titles, changes,
 * predictions and report texts must say something).
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * checkText('', ['change'], issues); // issues[0].code === 'too_small'
 * ```
 */
export function checkText(value: string, path: readonly PathSegment[], issues: Issue[]): void {
  textCheck(value, path)(issues);
}

function cycleChecks(cycle: PdsaCycleRecord, path: readonly PathSegment[]): Check[] {
  return [
    idCheck(cycle.id, [...path, 'id']),
    textCheck(cycle.change, [...path, 'change']),
    textCheck(cycle.prediction, [...path, 'prediction']),
    dateCheck(cycle.startedOn, [...path, 'startedOn']),
    dateCheck(cycle.decidedOn, [...path, 'decidedOn']),
  ];
}

/**
 * What the action type requires beyond {@link actionShape}: ids made of letters, digits, `.`,
 * `_`, `:` or `-`; a non-empty title (and PDSA change and prediction); calendar dates
 * (`YYYY-MM-DD`). Returns the library's `invalid_format` and `too_small` issues under `path`;
 * give it only an action that passed {@link actionShape}.
 *
 * Never throws: a value it cannot read gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * actionIssues({ id: 'a 1', title: '', status: 'planned', serves: {} }, ['actions', 0]).map((i) => i.code);
 * // ['invalid_format', 'too_small']
 * ```
 */
export function actionIssues(action: Action, path: readonly PathSegment[]): Issue[] {
  try {
    return actionIssuesUnchecked(action, path);
  } catch (error) {
    return [
      createIssue({
        code: 'unexpected_shape',
        path,
        error: error instanceof Error ? error.message : 'unreadable action',
      }),
    ];
  }
}

function actionIssuesUnchecked(action: Action, path: readonly PathSegment[]): Issue[] {
  const checks: Check[] = [
    idCheck(action.id, [...path, 'id']),
    textCheck(action.title, [...path, 'title']),
    dateCheck(action.dueDate, [...path, 'dueDate']),
    dateCheck(action.startedOn, [...path, 'startedOn']),
    dateCheck(action.completedOn, [...path, 'completedOn']),
    dateCheck(action.expectedEffect?.byDate, [...path, 'expectedEffect', 'byDate']),
  ];
  const origin = action.origin;
  if (origin !== undefined) {
    const at = [...path, 'origin'];
    if (origin.type === 'practice-session') {
      checks.push(idCheck(origin.seasonId, [...at, 'seasonId']));
      checks.push(idCheck(origin.teamId, [...at, 'teamId']));
      if (origin.session < 1)
        checks.push((issues) =>
          issues.push(
            createIssue({
              code: 'too_small',
              path: [...at, 'session'],
              minimum: 1,
              origin: 'number',
              inclusive: true,
            }),
          ),
        );
    } else if (origin.type === 'collaborative') {
      checks.push(idCheck(origin.collaborativeId, [...at, 'collaborativeId']));
      checks.push(idCheck(origin.teamId, [...at, 'teamId']));
    } else if (origin.type === 'action-network')
      checks.push(idCheck(origin.actionNetworkId, [...at, 'actionNetworkId']));
    else checks.push(idCheck(origin.assessmentId, [...at, 'assessmentId']));
  }
  action.serves.findings?.forEach((f, i) => {
    checks.push(idCheck(f.assessmentId, [...path, 'serves', 'findings', i, 'assessmentId']));
    checks.push(idCheck(f.findingId, [...path, 'serves', 'findings', i, 'findingId']));
  });
  action.serves.indicators?.forEach((id, i) =>
    checks.push(idCheck(id, [...path, 'serves', 'indicators', i])),
  );
  action.pdsaCycles?.forEach((cycle, i) =>
    checks.push(...cycleChecks(cycle, [...path, 'pdsaCycles', i])),
  );
  const issues: Issue[] = [];
  for (const check of checks) check(issues);
  return issues;
}

/**
 * A deep copy of an action made of plain data (the event's action must not be shared with the
 * machine's context). Keys are copied into fresh objects one by one; give it only an action that
 * passed {@link actionShape}, which refuses keys such as `__proto__`.
 *
 * @example
 * ```ts
 * declare const action: Action;
 * const copy = copyAction(action); // copy !== action, same content
 * ```
 */
export function copyAction(action: Action): Action {
  return JSON.parse(JSON.stringify(action)) as Action;
}
