import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cohortMachine } from '@community-excellence/cohorts';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshotFile } from './read-snapshot-file.js';

const riverbend = (file: string): string =>
  fileURLToPath(new URL(`../../../../examples/riverbend/${file}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coe-read-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const persisted = (): string => {
  const start = cohortMachine.initialSnapshot({ cohortId: 'coe-nlc-2026-10' });
  if (!start.ok) throw new Error('expected a snapshot');
  const moved = cohortMachine.transition(start.value, {
    type: 'enroll',
    communityId: 'riverbend',
    at: '2026-08-01',
  });
  if (!moved.ok) throw new Error('expected a transition');
  return cohortMachine.persist(moved.snapshot);
};

describe('readSnapshotFile', () => {
  it("restores a machine's persisted snapshot by its machine id", () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, persisted());
    const read = readSnapshotFile(file);
    if (!read.ok) throw new Error('expected a snapshot');
    expect(read.source).toBe('snapshot');
    expect(read.machine).toBe(cohortMachine);
    expect(read.snapshot.state).toBe('forming');
    expect(read.label).toBe('nlc-cohort coe-nlc-2026-10');
  });

  it('replays a cohort document', () => {
    const read = readSnapshotFile(riverbend('cohort.json'));
    if (!read.ok) throw new Error('expected a snapshot');
    expect(read.source).toBe('cohort-document');
    expect(read.label).toBe('National Learning Collaborative, October 2025 cohort');
    expect(read.snapshot.state).toBe('phase-one');
  });

  it('reports documents of another kind, unknown machines and invalid snapshots with the file', () => {
    const other = readSnapshotFile(riverbend('participation.json'));
    expect(
      other.ok === false && other.reason === 'invalid' && other.issues.map((i) => [i.code, i.path]),
    ).toEqual([['unknown_kind', ['kind']]]);
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ ...JSON.parse(persisted()), machine: 'door' }));
    const wrong = readSnapshotFile(unknown);
    expect(
      wrong.ok === false &&
        wrong.reason === 'invalid' &&
        wrong.issues.map((i) => [i.code, i.path, i.location?.file]),
    ).toEqual([['invalid_value', ['machine'], unknown]]);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(persisted()), state: 'alumni' }));
    const invalid = readSnapshotFile(broken);
    expect(
      invalid.ok === false && invalid.reason === 'invalid' && invalid.issues.map((i) => i.path[0]),
    ).toContain('state');
    const array = join(dir, 'array.json');
    writeFileSync(array, '[]');
    expect(readSnapshotFile(array)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reports a cohort document whose replay is refused', () => {
    const file = join(dir, 'full-cohort.json');
    const cohort = JSON.parse(readFileSync(riverbend('cohort.json'), 'utf8')) as {
      communities: unknown[];
      capacity: number;
    };
    writeFileSync(file, JSON.stringify({ ...cohort, kickoffOn: '2025-07-01' }));
    const read = readSnapshotFile(file);
    expect(read.ok === false && read.reason === 'invalid' && read.issues[0]?.message).toMatch(
      /^Replaying the cohort in the cohort machine: kick-off at 2025-07-01 refused: /,
    );
  });

  it('gives malformed JSON with row and column, and a missing file as I/O', () => {
    const file = join(dir, 'malformed.json');
    writeFileSync(file, '{\n  "machine": nlc\n}');
    const read = readSnapshotFile(file);
    // `nlc` starts like `null`: the first character that cannot continue it is the `l` in column 15.
    expect(read.ok === false && read.reason === 'invalid' && read.issues[0]?.location).toEqual({
      file,
      row: 2,
      column: 15,
    });
    expect(readSnapshotFile(join(dir, 'missing.json'))).toMatchObject({ ok: false, reason: 'io' });
  });
});
