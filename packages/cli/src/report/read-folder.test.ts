import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReportDocuments } from './read-folder.js';

const community: unknown = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/community.json', import.meta.url), 'utf8'),
);

describe('checkReportDocuments', () => {
  it('describes each file: kind, validity, its own issues located in its file', () => {
    const { files, documents } = checkReportDocuments(
      [
        { file: 'community.json', value: community },
        { file: 'broken.json', value: { kind: 'assessment' } },
      ],
      (file) => `data/${file}`,
    );
    expect(files.map(({ file, kind, ok }) => ({ file, kind, ok }))).toEqual([
      { file: 'community.json', kind: 'community', ok: true },
      { file: 'broken.json', kind: 'assessment', ok: false },
    ]);
    expect(files[1]!.issues.length).toBeGreaterThan(0);
    expect(files[1]!.issues.every((issue) => issue.location?.file === 'data/broken.json')).toBe(
      true,
    );
    expect(documents.map((d) => d.file)).toEqual(['community.json']);
  });
});
