import { createIssue, type Issue, type PathSegment } from '@community-excellence/schemas/data';

type Path = readonly PathSegment[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

class ShapeChecker {
  readonly issues: Issue[] = [];

  wrong(path: Path, expected: string, value: unknown): void {
    this.issues.push(createIssue({ code: 'invalid_type', path, expected, received: typeName(value) }));
  }

  object(value: unknown, path: Path): value is Record<string, unknown> {
    if (isObject(value)) return true;
    this.wrong(path, 'object', value);
    return false;
  }

  string(value: unknown, path: Path, optional = false): void {
    if (typeof value === 'string' || (optional && value === undefined)) return;
    this.wrong(path, optional ? 'string or absent' : 'string', value);
  }

  strings(value: unknown, path: Path, optional = true): void {
    if (optional && value === undefined) return;
    if (!Array.isArray(value)) return this.wrong(path, 'array of strings', value);
    value.forEach((entry, i) => this.string(entry, [...path, i]));
  }

  oneOf(value: unknown, allowed: readonly string[], path: Path): void {
    if (typeof value === 'string' && allowed.includes(value)) return;
    this.issues.push(createIssue({ code: 'invalid_value', path, expected: allowed }));
  }

  array(value: unknown, path: Path, each: (entry: unknown, path: Path) => void, optional = false): void {
    if (optional && value === undefined) return;
    if (!Array.isArray(value)) return this.wrong(path, 'array', value);
    value.forEach((entry, i) => each(entry, [...path, i]));
  }

  findings(value: Record<string, unknown>, path: Path): void {
    this.strings(value['keyFactors'], [...path, 'keyFactors']);
    for (const key of ['strengths', 'opportunities']) {
      this.array(value[key], [...path, key], (finding, p) => {
        if (this.object(finding, p)) this.strings(finding['keyFactors'], [...p, 'keyFactors']);
      }, true);
    }
  }

  score(value: Record<string, unknown>, path: Path): void {
    this.string(value['item'], [...path, 'item']);
    this.string(value['range'], [...path, 'range'], true);
    const percent = value['percent'];
    if (percent !== undefined) {
      if (typeof percent !== 'number' || !Number.isFinite(percent)) this.wrong([...path, 'percent'], 'number', percent);
      else if (percent < 0) this.issues.push(createIssue({ code: 'too_small', path: [...path, 'percent'], minimum: 0, origin: 'number', inclusive: true }));
      else if (percent > 100) this.issues.push(createIssue({ code: 'too_big', path: [...path, 'percent'], maximum: 100, origin: 'number', inclusive: true }));
    }
    const na = value['notApplicable'];
    if (na !== undefined && typeof na !== 'boolean') this.wrong([...path, 'notApplicable'], 'boolean', na);
    this.findings(value, path);
  }
}

/**
 * Checks the parts of an assessment that scoring reads (types of ids, arrays, scores) so that
 * any JSON input, however mangled, yields issues instead of an exception. Full structural
 * validation is `validateAssessment` in `@community-excellence/schemas`.
 */
export function checkScorableShape(input: unknown): Issue[] {
  const c = new ShapeChecker();
  if (!c.object(input, [])) return c.issues;
  if (input['kind'] !== 'assessment') c.issues.push(createIssue({ code: 'invalid_value', path: ['kind'], expected: ['assessment'] }));
  if (input['formatVersion'] !== 1) {
    c.issues.push(createIssue({ code: 'unsupported_format_version', path: ['formatVersion'], kind: 'assessment', found: input['formatVersion'], supported: [1] }));
  }
  c.string(input['id'], ['id']);
  c.string(input['communityId'], ['communityId']);
  const framework = input['framework'];
  if (c.object(framework, ['framework'])) {
    c.string(framework['id'], ['framework', 'id']);
    c.string(framework['edition'], ['framework', 'edition'], true);
  }
  const scope = input['scope'];
  if (scope !== undefined && c.object(scope, ['scope'])) {
    c.oneOf(scope['type'], ['scope', 'codes'], ['scope', 'type']);
    if (scope['type'] === 'scope') c.string(scope['scopeId'], ['scope', 'scopeId']);
    if (scope['type'] === 'codes') c.strings(scope['codes'], ['scope', 'codes'], false);
  }
  const cycle = input['cycle'];
  if (c.object(cycle, ['cycle'])) {
    c.string(cycle['startDate'], ['cycle', 'startDate']);
    c.string(cycle['endDate'], ['cycle', 'endDate'], true);
  }
  c.array(input['reviewers'], ['reviewers'], (reviewer, p) => {
    if (!c.object(reviewer, p)) return;
    c.string(reviewer['id'], [...p, 'id']);
    c.strings(reviewer['leadsItems'], [...p, 'leadsItems']);
  });
  c.array(input['keyFactors'], ['keyFactors'], (factor, p) => {
    if (c.object(factor, p)) c.string(factor['id'], [...p, 'id']);
  }, true);
  c.array(input['reviews'], ['reviews'], (review, p) => {
    if (!c.object(review, p)) return;
    c.string(review['id'], [...p, 'id']);
    c.string(review['reviewerId'], [...p, 'reviewerId']);
    c.oneOf(review['status'], ['draft', 'submitted'], [...p, 'status']);
    c.array(review['items'], [...p, 'items'], (evaluation, q) => {
      if (!c.object(evaluation, q)) return;
      c.oneOf(evaluation['factors'], ['ADLI', 'LeTCI'], [...q, 'factors']);
      c.score(evaluation, q);
    });
  });
  const consensus = input['consensus'];
  if (consensus !== undefined && c.object(consensus, ['consensus'])) {
    c.oneOf(consensus['status'], ['in-progress', 'agreed'], ['consensus', 'status']);
    c.string(consensus['teamLeaderId'], ['consensus', 'teamLeaderId'], true);
    c.array(consensus['items'], ['consensus', 'items'], (entry, p) => {
      if (!c.object(entry, p)) return;
      c.score(entry, p);
      c.strings(entry['basedOn'], [...p, 'basedOn'], false);
    });
  }
  return c.issues;
}
