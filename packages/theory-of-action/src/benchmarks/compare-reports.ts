import { toText } from '../metrics/metric.js';
import { summarizeGateways } from './highest-gateway.js';
import type { BenchmarkResult, TheoryOfActionReport } from './report.js';
import { GATEWAYS, type BenchmarkFamily, type BenchmarkStatus, type Gateway } from './types.js';

/**
 * A benchmark whose status differs between two reports, with both statuses and the wording of the
 * later report.
 */
export interface BenchmarkStatusChange {
  readonly id: string;
  readonly text: string;
  readonly family: BenchmarkFamily | null;
  readonly gateway: Gateway | null;
  readonly before: BenchmarkStatus;
  readonly after: BenchmarkStatus;
}

/**
 * A benchmark present in only one of the two reports, with its status there.
 */
export interface BenchmarkOnlyInOne {
  readonly id: string;
  readonly text: string;
  readonly status: BenchmarkStatus;
}

/**
 * One gateway in both reports: reached before and after (gateways are cumulative).
 */
export interface GatewayChange {
  readonly gateway: Gateway;
  readonly reachedBefore: boolean;
  readonly reachedAfter: boolean;
}

/**
 * The identity of one of the two reports compared.
 */
export interface ComparedReport {
  readonly partnershipId: string | null;
  readonly evidenceId: string | null;
  readonly asOf: string | null;
  readonly catalogue: { readonly id: string; readonly version: string };
}

/**
 * What changed from one theory-of-action report to a later one (data only; rendering is the CLI's
 * job). `notes` warn when the two are not comparable as they stand (other catalogue, parameters,
 * partnership or place) and say what was left out.
 *
 * @example
 * ```ts
 * declare const c: ReportComparison;
 * c.gatewayMoved; // 'up'
 * c.newlyMet.map((b) => b.id); // ['M.1.1', 'S.1.2', ...]
 * ```
 */
export interface ReportComparison {
  readonly kind: 'theory-of-action-report-comparison';
  readonly before: ComparedReport;
  readonly after: ComparedReport;
  /** Benchmarks in both reports, not met before and met after. */
  readonly newlyMet: readonly BenchmarkStatusChange[];
  /** Benchmarks in both reports, met before and not met after. */
  readonly noLongerMet: readonly BenchmarkStatusChange[];
  /** Other status changes between benchmarks in both reports (neither status is `met`). */
  readonly otherChanges: readonly BenchmarkStatusChange[];
  /** Benchmarks in both reports with the same status. */
  readonly unchanged: number;
  readonly onlyBefore: readonly BenchmarkOnlyInOne[];
  readonly onlyAfter: readonly BenchmarkOnlyInOne[];
  readonly highestGateway: { readonly before: Gateway | null; readonly after: Gateway | null };
  readonly gatewayMoved: 'up' | 'down' | 'same';
  readonly gateways: readonly GatewayChange[];
  readonly counts: {
    readonly before: Readonly<Record<BenchmarkStatus, number>>;
    readonly after: Readonly<Record<BenchmarkStatus, number>>;
  };
  readonly notes: readonly string[];
}

const STATUSES: readonly BenchmarkStatus[] = [
  'met',
  'not-met',
  'insufficient-evidence',
  'not-applicable',
];
const FAMILIES: readonly BenchmarkFamily[] = [
  'gateway',
  'principle',
  'collective-impact',
  'readiness',
  'learning-community-design',
];

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string';
const isStatus = (x: unknown): x is BenchmarkStatus => STATUSES.includes(x as BenchmarkStatus);
const isGateway = (x: unknown): x is Gateway => GATEWAYS.includes(x as Gateway);
const zero = (): Record<BenchmarkStatus, number> => ({
  met: 0,
  'not-met': 0,
  'insufficient-evidence': 0,
  'not-applicable': 0,
});

/** Plain JSON text of a value with its object keys sorted, for comparing parameters. @internal */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (isObj(x))
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
      .join(',')}}`;
  if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
  return x === undefined ? 'undefined' : (JSON.stringify(x) ?? toText(x));
}

interface ReadResult {
  readonly id: string;
  readonly version: string;
  readonly text: string;
  readonly family: BenchmarkFamily | null;
  readonly gateway: Gateway | null;
  readonly status: BenchmarkStatus;
}

/** A report read defensively: what the comparison needs, and what could not be read. @internal */
interface ReadReport {
  readonly identity: ComparedReport;
  readonly valid: boolean;
  readonly results: Map<string, ReadResult>;
  readonly order: readonly string[];
  readonly skipped: number;
  readonly duplicates: readonly string[];
  readonly gateways: ReadonlyMap<Gateway, boolean>;
  readonly highest: Gateway | null;
  readonly counts: Record<BenchmarkStatus, number>;
  readonly parameters: Record<string, unknown>;
  readonly primaryPlace: string | null;
}

function readReport(report: unknown): ReadReport {
  const r = isObj(report) ? report : {};
  const valid = r.kind === 'theory-of-action-report';
  const catalogue = isObj(r.catalogue) ? r.catalogue : {};
  const identity: ComparedReport = {
    partnershipId: str(r.partnershipId) ? r.partnershipId : null,
    evidenceId: str(r.evidenceId) ? r.evidenceId : null,
    asOf: str(r.asOf) ? r.asOf : null,
    catalogue: { id: toText(catalogue.id), version: toText(catalogue.version) },
  };
  const results = new Map<string, ReadResult>();
  const order: string[] = [];
  const duplicates: string[] = [];
  const raw: readonly unknown[] = valid && Array.isArray(r.results) ? r.results : [];
  let skipped = 0;
  for (const x of raw) {
    if (!isObj(x) || !str(x.id) || !isStatus(x.status)) {
      skipped++;
      continue;
    }
    if (results.has(x.id)) {
      duplicates.push(x.id);
      continue;
    }
    results.set(x.id, {
      id: x.id,
      version: toText(x.version),
      text: toText(x.text),
      family: FAMILIES.includes(x.family as BenchmarkFamily) ? (x.family as BenchmarkFamily) : null,
      gateway: isGateway(x.gateway) ? x.gateway : null,
      status: x.status,
    });
    order.push(x.id);
  }
  // The gateways the report states; recomputed from its results when it states none.
  const gateways = new Map<Gateway, boolean>();
  if (valid && Array.isArray(r.gateways))
    for (const g of r.gateways as unknown[])
      if (isObj(g) && isGateway(g.gateway) && typeof g.reached === 'boolean')
        gateways.set(g.gateway, g.reached);
  if (gateways.size === 0)
    for (const g of summarizeGateways(
      raw.filter((x) => isObj(x) && str(x.id) && isStatus(x.status)) as BenchmarkResult[],
    ))
      gateways.set(g.gateway, g.reached);
  let highest: Gateway | null = null;
  if (valid && (r.highestGateway === null || isGateway(r.highestGateway)))
    highest = r.highestGateway as Gateway | null;
  else for (const g of GATEWAYS) if (gateways.get(g) === true) highest = g;
  const counts = zero();
  const stated = valid && isObj(r.counts) ? r.counts : undefined;
  if (stated !== undefined && STATUSES.every((s) => Number.isInteger(stated[s])))
    for (const s of STATUSES) counts[s] = stated[s] as number;
  else for (const x of results.values()) counts[x.status]++;
  const place = isObj(r.primaryPlace) ? r.primaryPlace : undefined;
  return {
    identity,
    valid,
    results,
    order,
    skipped,
    duplicates,
    gateways,
    highest,
    counts,
    parameters: valid && isObj(r.parameters) ? r.parameters : {},
    primaryPlace:
      place !== undefined && str(place.level) && str(place.code)
        ? `${place.level} ${place.code}`
        : null,
  };
}

const emptyComparison = (notes: string[]): ReportComparison => {
  const identity: ComparedReport = {
    partnershipId: null,
    evidenceId: null,
    asOf: null,
    catalogue: { id: '', version: '' },
  };
  return {
    kind: 'theory-of-action-report-comparison',
    before: identity,
    after: identity,
    newlyMet: [],
    noLongerMet: [],
    otherChanges: [],
    unchanged: 0,
    onlyBefore: [],
    onlyAfter: [],
    highestGateway: { before: null, after: null },
    gatewayMoved: 'same',
    gateways: GATEWAYS.map((gateway) => ({ gateway, reachedBefore: false, reachedAfter: false })),
    counts: { before: zero(), after: zero() },
    notes,
  };
};

/** Notes on what makes two reports not comparable as they stand. @internal */
function comparability(before: ReadReport, after: ReadReport, notes: string[]): void {
  const cb = before.identity.catalogue;
  const ca = after.identity.catalogue;
  const named = (c: ComparedReport['catalogue']): string =>
    c.id === '' && c.version === '' ? 'no stated catalogue' : `${c.id} version ${c.version}`;
  if (cb.id !== ca.id || cb.version !== ca.version)
    notes.push(
      `the reports use different catalogues (${named(cb)} before, ${named(ca)} after): a change may come from the benchmarks, not from the partnership`,
    );
  const keys = [
    ...new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)]),
  ].sort();
  const changedParameters = keys.flatMap((k) => {
    const b = canonical(before.parameters[k]);
    const a = canonical(after.parameters[k]);
    return b === a ? [] : [`${k} ${b} -> ${a}`];
  });
  if (changedParameters.length > 0)
    notes.push(
      `the reports use different parameters (${changedParameters.join('; ')}): a change may come from the thresholds, not from the partnership`,
    );
  const pb = before.identity.partnershipId;
  const pa = after.identity.partnershipId;
  if (pb !== null && pa !== null && pb !== pa)
    notes.push(`the reports are about different partnerships (${pb} before, ${pa} after)`);
  if (
    before.primaryPlace !== null &&
    after.primaryPlace !== null &&
    before.primaryPlace !== after.primaryPlace
  )
    notes.push(
      `the reports read the data of different places (${before.primaryPlace} before, ${after.primaryPlace} after)`,
    );
  const db = before.identity.asOf;
  const da = after.identity.asOf;
  if (db !== null && da !== null && da < db)
    notes.push(`the after report (as of ${da}) is dated before the before report (as of ${db})`);
}

/**
 * Year over year: what changed from the theory-of-action report `before` to the report `after`
 * (both as `assessPartnership` returns them, or read back from JSON). Benchmarks are matched by
 * id: those met only after are `newlyMet`, those met only before are `noLongerMet`, other status
 * changes are `otherChanges` (with both statuses), and benchmarks in one report only are listed
 * apart. The highest gateway (as each report states it) moved `up`, `down` or stayed the `same`;
 * each gateway's `reached` is given before and after, and the counts by status of both reports.
 *
 * `notes` warn when a change may come from the comparison rather than from the partnership: the
 * reports use different catalogues (id or version) or parameters (each differing parameter named),
 * a benchmark's wording version changed, the reports are about different partnerships or places, or
 * `after` is dated before `before`; and they say what could not be read (a document that is not a
 * theory-of-action report, results without an id or a known status, duplicate ids, of which the
 * first is used). Never throws.
 *
 * @example
 * ```ts
 * const previous = assessPartnership({ evidence: { ...evidence, reportCards: [] } });
 * const comparison = compareTheoryOfActionReports(previous, report);
 * comparison.gatewayMoved; // 'up'
 * comparison.newlyMet.map((b) => [b.id, b.before, b.after]);
 * ```
 */
export function compareTheoryOfActionReports(
  before: TheoryOfActionReport,
  after: TheoryOfActionReport,
): ReportComparison {
  try {
    return compareUnchecked(before, after);
  } catch {
    return emptyComparison(['the reports could not be read']);
  }
}

function compareUnchecked(
  beforeReport: TheoryOfActionReport,
  afterReport: TheoryOfActionReport,
): ReportComparison {
  const before = readReport(beforeReport);
  const after = readReport(afterReport);
  const notes: string[] = [];

  // What could not be read.
  for (const [label, r] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (!r.valid)
      notes.push(`the ${label} document is not a theory-of-action report: it is read as empty`);
    if (r.skipped > 0)
      notes.push(
        `${r.skipped} result(s) of the ${label} report have no id or no known status and are left out`,
      );
    if (r.duplicates.length > 0)
      notes.push(
        `the ${label} report has more than one result for ${[...new Set(r.duplicates)].join(', ')}: the first is used`,
      );
  }

  // Comparability (of two readable reports).
  if (before.valid && after.valid) comparability(before, after, notes);

  // Benchmarks.
  const newlyMet: BenchmarkStatusChange[] = [];
  const noLongerMet: BenchmarkStatusChange[] = [];
  const otherChanges: BenchmarkStatusChange[] = [];
  const onlyBefore: BenchmarkOnlyInOne[] = [];
  const onlyAfter: BenchmarkOnlyInOne[] = [];
  const reworded: string[] = [];
  let unchanged = 0;
  for (const id of after.order) {
    const a = after.results.get(id) as ReadResult;
    const b = before.results.get(id);
    if (b === undefined) {
      onlyAfter.push({ id, text: a.text, status: a.status });
      continue;
    }
    if (a.version !== b.version) reworded.push(`${id} ${b.version} -> ${a.version}`);
    if (a.status === b.status) {
      unchanged++;
      continue;
    }
    const change: BenchmarkStatusChange = {
      id,
      text: a.text,
      family: a.family,
      gateway: a.gateway,
      before: b.status,
      after: a.status,
    };
    if (a.status === 'met') newlyMet.push(change);
    else if (b.status === 'met') noLongerMet.push(change);
    else otherChanges.push(change);
  }
  for (const id of before.order) {
    if (after.results.has(id)) continue;
    const b = before.results.get(id) as ReadResult;
    onlyBefore.push({ id, text: b.text, status: b.status });
  }
  if (reworded.length > 0)
    notes.push(
      `the wording version of ${reworded.length} benchmark(s) changed (${reworded.join('; ')}): their statuses may not be comparable`,
    );

  // Gateways.
  const rank = (g: Gateway | null): number => (g === null ? -1 : GATEWAYS.indexOf(g));
  const moved = rank(after.highest) - rank(before.highest);
  return {
    kind: 'theory-of-action-report-comparison',
    before: before.identity,
    after: after.identity,
    newlyMet,
    noLongerMet,
    otherChanges,
    unchanged,
    onlyBefore,
    onlyAfter,
    highestGateway: { before: before.highest, after: after.highest },
    gatewayMoved: moved > 0 ? 'up' : moved < 0 ? 'down' : 'same',
    gateways: GATEWAYS.map((gateway) => ({
      gateway,
      reachedBefore: before.gateways.get(gateway) === true,
      reachedAfter: after.gateways.get(gateway) === true,
    })),
    counts: { before: before.counts, after: after.counts },
    notes,
  };
}
