import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIssue } from '@community-excellence/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { inFile, readDocumentFile } from './read-document-file.js';

const riverbend = (file: string): string =>
  fileURLToPath(new URL(`../../../../examples/riverbend/${file}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coe-read-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inFile', () => {
  it('adds the file and keeps the rest of the location', () => {
    const issue = createIssue({ code: 'sector_label_missing', path: ['a'], location: { row: 3 } });
    expect(inFile(issue, 'x.ndjson').location).toEqual({ row: 3, file: 'x.ndjson' });
  });
});

describe('readDocumentFile', () => {
  it('reads and validates a document of an expected kind', () => {
    const read = readDocumentFile(riverbend('assessment.json'), ['assessment']);
    expect(read.ok && read.document.id).toBe('riverbend-2026-baseline-level-3');
    expect(read.ok && read.issues).toEqual([]);
  });

  it('gives the row and column of malformed JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "kind": "assessment",\n  "id": oops\n}\n');
    const read = readDocumentFile(file, ['assessment']);
    expect(read).toMatchObject({ ok: false, reason: 'invalid' });
    if (read.ok || read.reason !== 'invalid') return;
    expect(read.issues[0]).toMatchObject({
      code: 'invalid_format',
      location: { file, row: 3, column: 9 },
    });
  });

  it('reports invalid documents and documents of another kind with the file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ kind: 'assessment', formatVersion: 1 }));
    const bad = readDocumentFile(file, ['assessment']);
    expect(
      bad.ok === false &&
        bad.reason === 'invalid' &&
        bad.issues.length > 0 &&
        bad.issues.every((i) => i.location?.file === file),
    ).toBe(true);
    const other = readDocumentFile(riverbend('community.json'), ['assessment']);
    expect(
      other.ok === false &&
        other.reason === 'invalid' &&
        other.issues.map((i) => [i.code, i.path, i.location?.file]),
    ).toEqual([['unknown_kind', ['kind'], riverbend('community.json')]]);
  });

  it('reports a missing file as an I/O error', () => {
    expect(readDocumentFile(join(dir, 'missing.json'), ['assessment'])).toMatchObject({
      ok: false,
      reason: 'io',
    });
  });
});
