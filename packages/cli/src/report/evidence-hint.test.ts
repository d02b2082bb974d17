import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evidenceHint } from './evidence-hint.js';
import { buildReportModel } from './model.js';
import { readReportFolder } from './read-folder.js';

const riverbend = fileURLToPath(new URL('../../../../examples/riverbend', import.meta.url));

describe('evidenceHint', () => {
  const read = readReportFolder(riverbend);
  if (!read.ok) throw new Error('the example folder is valid');
  const documents = read.documents;

  it('is empty with partnership evidence, or without outcome data', () => {
    expect(evidenceHint(buildReportModel({ documents }))).toEqual([]);
    const noData = documents.filter(
      (d) => d.document.kind !== 'partnership-evidence' && d.document.kind !== 'observation-set',
    );
    expect(evidenceHint(buildReportModel({ documents: noData }))).toEqual([]);
  });

  it('names the document, its fields and the starter command for the analysed place', () => {
    const withoutEvidence = documents.filter((d) => d.document.kind !== 'partnership-evidence');
    // Without evidence the data's four places leave the place open: the command says <code>.
    expect(evidenceHint(buildReportModel({ documents: withoutEvidence }))[2]).toContain(
      'coe init evidence --place <code> <data files>',
    );
    const hint = evidenceHint(
      buildReportModel({ documents: withoutEvidence, place: { code: 'riverbend-county' } }),
    );
    expect(hint).toHaveLength(3);
    expect(hint[0]).toBe(
      'No partnership evidence was given, so this report covers the outcomes only: the theory-of-action check (gateways and benchmarks) needs a partnership-evidence document.',
    );
    expect(hint[1]).toContain("geography with the place's code (geography.codes)");
    expect(hint[2]).toBe(
      'Write a starter with: coe init evidence --place riverbend-county <data files> --out partnership-evidence.json. Fill in its TODO placeholders, then pass it to coe report (or coe check) with the data.',
    );
  });
});
