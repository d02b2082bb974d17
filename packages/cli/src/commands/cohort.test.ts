import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cohortMachine } from '@community-excellence/cohorts';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { runCohort } from './cohort.js';
import { tempDirs } from '../testing/temp-dirs.js';

const cohortDocument = fileURLToPath(
  new URL('../../../../examples/riverbend/cohort.json', import.meta.url),
);

const tempDir = tempDirs('cohort');

const run = async (...args: string[]): Promise<{ code: ExitCode; out: string; err: string }> => {
  const io = captureIo();
  const code = await runCli(['cohort', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

/** A snapshot file of the example cohort in phase one, written by the command itself. */
const snapshotFile = async (dir: string): Promise<string> => {
  const file = join(dir, 'cohort.snapshot.json');
  const { code } = await run(cohortDocument, '--out', file);
  expect(code).toBe(ExitCode.Ok);
  return file;
};

interface StatusJson {
  ok: boolean;
  asOf: string | null;
  snapshot: { state: string; history: { event: string; at: string }[]; lastEventAt: string };
  transition: {
    entry: { event: string; at: string; from: string; to: string };
    effects: { type: string }[];
  } | null;
  allowedEvents: { type: string; allowed: boolean }[];
  written: string | null;
}

describe('cohort', () => {
  it('replays a cohort document and prints its state and allowed events (exit 0)', async () => {
    const { code, out, err } = await run(cohortDocument);
    expect(code).toBe(ExitCode.Ok);
    expect(out.split('\n').slice(0, 3)).toEqual([
      'National Learning Collaborative, October 2025 cohort: state phase-one after 24 recorded events (as of 2026-04-14)',
      '  machine nlc-cohort, entered from kickoff',
      'Events now:',
    ]);
    expect(out).toContain(
      '  advance            not yet: phase-one runs until 2026-10-14; the cohort cannot move on 2026-04-14.\n',
    );
    expect(err).toBe('');
  });

  it('writes the persisted snapshot with --out, which restores in the machine', async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const restored = cohortMachine.restore(readFileSync(file, 'utf8'));
    expect(restored.ok && restored.value.state).toBe('phase-one');
    expect(readdirSync(dir)).toEqual(['cohort.snapshot.json']);
  });

  it('applies an event and writes the new snapshot to --out, leaving the input as it was', async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const before = readFileSync(file, 'utf8');
    const next = join(dir, 'next.json');
    const { code, out, err } = await run(
      file,
      '--event',
      '{"type":"advance","at":"2026-10-14","actor":"program staff"}',
      '--out',
      next,
      '--format',
      'json',
    );
    expect(code).toBe(ExitCode.Ok);
    const status = JSON.parse(out) as StatusJson;
    expect(status.transition?.entry).toMatchObject({
      event: 'advance',
      at: '2026-10-14',
      from: 'phase-one',
      to: 'phase-two',
    });
    expect(status.transition?.effects.map((e) => e.type)).toEqual(['phase-started']);
    expect(status.written).toBe(next);
    expect(status.asOf).toBe('2026-10-14');
    expect(err).toBe(`community-excellence cohort: wrote ${next}\n`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const written = cohortMachine.restore(readFileSync(next, 'utf8'));
    expect(written.ok && written.value.state).toBe('phase-two');
  });

  it('refuses to overwrite without --force and leaves the file untouched (exit 2)', async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const before = readFileSync(file, 'utf8');
    const inPlace = await run(file, '--event', 'advance', '--at', '2026-10-14');
    expect(inPlace.code).toBe(ExitCode.UsageOrIo);
    expect(inPlace.err).toContain(
      `${file} exists; nothing was written (use --force to overwrite, or --out <file>)`,
    );
    expect(inPlace.out).toBe('');
    const other = join(dir, 'other.json');
    writeFileSync(other, 'keep me');
    const onto = await run(file, '--event', 'advance', '--at', '2026-10-14', '--out', other);
    expect(onto.code).toBe(ExitCode.UsageOrIo);
    expect(readFileSync(other, 'utf8')).toBe('keep me');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['cohort.snapshot.json', 'other.json']);
  });

  it('writes back to the input snapshot with --force; an event without at takes --at', async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const { code } = await run(file, '--event', 'advance', '--at', '2026-10-14', '--force');
    expect(code).toBe(ExitCode.Ok);
    const restored = cohortMachine.restore(readFileSync(file, 'utf8'));
    expect(restored.ok && restored.value.state).toBe('phase-two');
    expect(restored.ok && restored.value.lastEventAt).toBe('2026-10-14');
  });

  it('takes the time from the injected clock when neither the event nor --at has one', async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const io = captureIo();
    const code = await runCohort(
      io,
      file,
      {
        format: 'json',
        event: '{"type":"record-activity","kind":"session"}',
        out: join(dir, 'next.json'),
      },
      () => '2026-05-05T10:00:00Z',
    );
    expect(code).toBe(ExitCode.Ok);
    const status = JSON.parse(io.out()) as StatusJson;
    expect(status.transition?.entry.at).toBe('2026-05-05T10:00:00Z');
  });

  it('never replaces a cohort document by a snapshot (exit 2)', async () => {
    const before = readFileSync(cohortDocument, 'utf8');
    const { code, err } = await run(cohortDocument, '--event', 'advance', '--force');
    expect(code).toBe(ExitCode.UsageOrIo);
    expect(err).toContain(
      'is a cohort document; write the snapshot to another file with --out <file>',
    );
    expect(readFileSync(cohortDocument, 'utf8')).toBe(before);
  });

  it("reports a refused event with the machine's reasons and writes nothing (exit 1)", async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const next = join(dir, 'next.json');
    const text = await run(file, '--event', 'advance', '--at', '2026-06-01', '--out', next);
    expect(text.code).toBe(ExitCode.InvalidData);
    expect(text.err).toContain(
      'event advance refused in state phase-one:\n  phase_not_finished: phase-one runs until 2026-10-14; the cohort cannot move on 2026-06-01.\n',
    );
    expect(existsSync(next)).toBe(false);
    const json = await run(
      file,
      '--event',
      '{"type":"graduate","at":"2026-06-01"}',
      '--out',
      next,
      '--format',
      'json',
    );
    expect(json.code).toBe(ExitCode.InvalidData);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, reasons: [{ code: 'unknown_event' }] });
  });

  it('judges the allowed events at --at, and is byte-identical across runs', async () => {
    const first = await run(cohortDocument, '--at', '2026-10-14', '--format', 'json');
    const status = JSON.parse(first.out) as StatusJson;
    expect(status.asOf).toBe('2026-10-14');
    expect(status.allowedEvents.find((e) => e.type === 'advance')?.allowed).toBe(true);
    expect((await run(cohortDocument, '--at', '2026-10-14', '--format', 'json')).out).toBe(
      first.out,
    );
    const markdown = await run(cohortDocument, '--format', 'markdown');
    expect(markdown.out).toContain(
      '| advance | no | phase-two | phase-one runs until 2026-10-14; the cohort cannot move on 2026-04-14. |',
    );
    expect((await run(cohortDocument, '--format', 'markdown')).out).toBe(markdown.out);
  });

  it('refuses a malformed --event or --at (exit 2)', async () => {
    const event = await run(
      cohortDocument,
      '--event',
      '{"type":',
      '--out',
      join(tempDir(), 'x.json'),
    );
    expect(event.code).toBe(ExitCode.UsageOrIo);
    expect(event.err).toMatch(/--event: malformed JSON at column 9/);
    expect((await run(cohortDocument, '--at', 'tomorrow')).code).toBe(ExitCode.UsageOrIo);
  });

  it('reports invalid snapshots, malformed JSON (row and column) and unknown machines (exit 1)', async () => {
    const dir = tempDir();
    const file = await snapshotFile(dir);
    const broken = join(dir, 'broken.json');
    writeFileSync(
      broken,
      readFileSync(file, 'utf8').replace('"state": "phase-one"', '"state": "alumni"'),
    );
    const invalid = await run(broken, '--format', 'json');
    expect(invalid.code).toBe(ExitCode.InvalidData);
    expect(
      (JSON.parse(invalid.out) as { issues: { path: string[]; location: { file: string } }[] })
        .issues[0],
    ).toMatchObject({ path: ['state'], location: { file: broken } });
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{\n  "formatVersion": 1,\n  "machine": "nlc-cohort",,\n}');
    const syntax = await run(malformed);
    expect(syntax.code).toBe(ExitCode.InvalidData);
    // The second comma (column 27) is where a property name was expected.
    expect(syntax.err).toContain(`${malformed}:3:27 error (root) invalid_format`);
    const door = join(dir, 'door.json');
    writeFileSync(door, JSON.stringify({ formatVersion: 1, machine: 'door', state: 'open' }));
    const unknown = await run(door);
    expect(unknown.code).toBe(ExitCode.InvalidData);
    expect(unknown.err).toContain(
      'error machine invalid_value: Expected a machine snapshot of one of nlc-cohort, nlc-community',
    );
  });

  it('reports a missing file as an I/O error (exit 2)', async () => {
    expect((await run(join(tempDir(), 'missing.json'))).code).toBe(ExitCode.UsageOrIo);
  });
});
