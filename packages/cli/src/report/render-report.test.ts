import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  validateDocumentSet,
  type CommunityExcellenceDocument,
} from '@community-excellence/schemas';
import {
  builtInMappings,
  importCsv,
  type BuiltInMappingName,
} from '@community-excellence/theory-of-action/import';
import type { ReportDocument } from './documents.js';
import { renderReport } from './render-report.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

// Real files are read in place from /work/shared/data (never copied into the repository).
const data = (file: string): string =>
  fileURLToPath(new URL(`../../../../../shared/data/${file}`, import.meta.url));
const CHRR =
  'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';

/** A folder's worth of documents from one real CSV file: its indicator set and observation set. */
function imported(file: string, mapping: BuiltInMappingName): ReportDocument[] {
  const m = builtInMappings[mapping];
  const result = importCsv(readFileSync(data(file), 'utf8'), m, { file });
  if (result.set === undefined) throw new Error(`nothing imported from ${file}`);
  const inputs: unknown[] = [
    {
      kind: 'indicator-set',
      formatVersion: 1,
      id: `${mapping}-indicators`,
      name: m.name,
      indicators: m.indicators,
    },
    result.set,
  ];
  const set = validateDocumentSet(inputs);
  expect(set.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return set.documents.map((d, i) => ({
    file: `${mapping}-${i}.json`,
    document: (d.result.ok ? d.result.value : undefined) as CommunityExcellenceDocument,
  }));
}

describe('renderReport on the Riverbend example', () => {
  const report = renderReport({ documents: exampleReportDocuments() });
  const svgs = report.html.match(/<svg /g) ?? [];

  it('is one self-contained page: inline style and SVG, no scripts, no external resources', () => {
    expect(report.html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(report.html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(report.html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http|src=/i);
    // The only absolute URLs are the SVG and XLink namespace names, which browsers never fetch.
    const urls = new Set(report.html.match(/https?:\/\/[^\s"')<]+/g) ?? []);
    expect([...urls].sort()).toEqual([
      'http://www.w3.org/1999/xlink',
      'http://www.w3.org/2000/svg',
    ]);
  });

  it('has every chart: scorecard, review spread, outcome trends and gaps, gateways', () => {
    const charts = [...report.html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]);
    expect(charts.slice(0, 2)).toEqual(['scorecard-1', 'reviews-1']);
    expect(charts.at(-1)).toBe('gateways-1');
    expect(charts).toContain('outcome-hs-graduation-4yr-trend');
    expect(charts).toContain('outcome-hs-graduation-4yr-gap');
    expect(svgs.length).toBe(charts.length);
    expect(charts.length).toBe(22);
  });

  it('shows the numbers the scoring and theory-of-action packages compute', () => {
    expect(report.html).toContain('278 / 1000');
    expect(report.html).toContain('Highest gateway reached (self-assessed): EMERGING.');
    // The analysis reads the graduation gap's narrowing against the cohorts' counts: within
    // uncertainty, not closing (the old label recomputed the gap without its uncertainty).
    expect(report.html).toContain(
      'Black \u2212 White: no change within uncertainty (change 4.7 percentage points, margin \u00b16.9).',
    );
    expect(report.markdown).toContain('Total 278 of 1000 points (27.8%).');
    expect(report.markdown).toContain(
      '| 4.1 Measurement, Analysis, and Improvement of Community Performance |',
    );
  });

  it('carries the same sections in HTML and Markdown', () => {
    const htmlHeadings = [...report.html.matchAll(/<h[23][^>]*>([^<]+)<\/h[23]>/g)].map((m) =>
      m[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'"),
    );
    const mdHeadings = [...report.markdown.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
      m[1]?.replace(/\\(.)/g, '$1'),
    );
    expect(mdHeadings).toEqual(htmlHeadings);
  });

  it('carries the data set\u2019s citation line', () => {
    expect(report.html).toContain(
      '<blockquote class="citation">Riverbend Thrives (2025). Riverbend Cradle-to-Career Data Book',
    );
    expect(report.markdown).toContain(
      '> Riverbend Thrives (2025). Riverbend Cradle-to-Career Data Book',
    );
  });

  it('is deterministic, and dated only when a date is given', () => {
    const again = renderReport({ documents: exampleReportDocuments() });
    expect(again.html).toBe(report.html);
    expect(again.markdown).toBe(report.markdown);
    expect(report.html).not.toMatch(/Prepared on|20\d\d-\d\d-\d\dT/);
    const dated = renderReport({ documents: exampleReportDocuments(), date: '2026-05-01' });
    expect(dated.html).toContain('Prepared on 2026-05-01.');
    expect(dated.markdown).toContain('Prepared on 2026-05-01.');
  });

  it('shows percents per item for a framework that publishes no points', () => {
    const documents = exampleReportDocuments().map((d) =>
      d.document.kind === 'assessment'
        ? {
            ...d,
            document: {
              ...d.document,
              framework: { ...d.document.framework, id: 'coe-community-2024' },
            },
          }
        : d,
    );
    const report = renderReport({ documents });
    expect(report.markdown).toContain(
      'No points: The framework coe-community-2024 publishes no points',
    );
    expect(report.markdown).toContain('| Item | Name | Range | Percent |');
    expect(report.markdown).toContain('| 7.4 | Leadership and Governance Results | 30-45 | 30% |');
    expect(report.markdown).toContain('| Item | Name | Now | Target | Percent to gain |');
    expect(report.markdown).not.toMatch(/\+-|Total - of -/);
    expect(report.html).toContain(
      'Percent per item (coe-level-3); the framework publishes no points.',
    );
    expect(report.html).toContain('<div class="value">17 of 17</div>');
  });

  it('escapes text from the documents', () => {
    const documents = exampleReportDocuments().map((d) =>
      d.document.kind === 'community'
        ? {
            ...d,
            document: { ...d.document, name: 'Riverbend <script>alert(1)</script> *County*' },
          }
        : d,
    );
    const escaped = renderReport({ documents });
    expect(escaped.html).not.toContain('<script>');
    expect(escaped.html).toContain(
      '<h1>Riverbend &lt;script&gt;alert(1)&lt;/script&gt; *County*</h1>',
    );
    expect(escaped.markdown).toContain(
      '# Riverbend &lt;script&gt;alert(1)&lt;/script&gt; \\*County\\*: community excellence report',
    );
  });
});

describe('renderReport on real data', () => {
  it('carries the County Health Rankings citation line on a report built from CHR&R data', () => {
    const report = renderReport({
      documents: imported(
        'county-health-rankings/v024_subgroup_how.csv',
        'chrr-v024-children-in-poverty',
      ),
      place: { code: '39061' },
    });
    expect(report.html).toContain(
      `<blockquote class="citation">${CHRR.replace('&', '&amp;')}</blockquote>`,
    );
    expect(report.markdown).toContain(`> ${CHRR}`);
    expect(report.markdown.split(CHRR).length - 1).toBe(1);
    expect(report.model.outcomes?.indicators.map((i) => i.id)).toEqual(['v024']);
    expect(report.html).toContain('data-chart="outcome-v024-trend"');
  });

  it('reads the indicators an imported observation set carries, without a separate indicator set', () => {
    const place = { code: 'Colorado' };
    const withSet = renderReport({
      documents: imported('colorado-kids-count/high-school-graduation-rates.csv', 'co-graduation'),
      place,
    });
    const alone =
      withSet.model.documents.length === 2
        ? imported('colorado-kids-count/high-school-graduation-rates.csv', 'co-graduation').filter(
            (d) => d.document.kind === 'observation-set',
          )
        : [];
    expect(alone).toHaveLength(1);
    const set = alone[0]?.document;
    expect(set?.kind === 'observation-set' ? set.indicators?.map((i) => i.id) : undefined).toEqual([
      'co-graduation',
    ]);
    const report = renderReport({ documents: alone, place });
    expect(report.model.outcomes?.indicators.map((i) => i.id)).toEqual(['co-graduation']);
    expect(report.model.outcomes?.indicators).toEqual(withSet.model.outcomes?.indicators);
    expect(report.html).toContain('data-chart="outcome-co-graduation-trend"');
  });

  it('says so, rather than showing an empty section, when no indicator defines the observations', () => {
    const [doc] = imported(
      'colorado-kids-count/high-school-graduation-rates.csv',
      'co-graduation',
    ).filter((d) => d.document.kind === 'observation-set');
    if (doc === undefined || doc.document.kind !== 'observation-set')
      throw new Error('no observation set');
    const { indicators: _dropped, ...bare } = doc.document;
    const report = renderReport({
      documents: [{ file: doc.file, document: bare }],
      place: { code: 'Colorado' },
    });
    expect(report.model.outcomes?.indicators).toEqual([]);
    expect(report.markdown).toContain('No indicator definition matches these observations');
    expect(report.html).toContain('No indicator definition matches these observations');
  });

  it('charts Colorado reading proficiency by race over the years, with gaps and the KIDS COUNT attribution', () => {
    const report = renderReport({
      documents: imported(
        'colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv',
        'co-proficiency-by-race-reading',
      ),
      place: { code: 'Colorado' },
    });
    const reading = report.model.outcomes?.indicators[0];
    expect(report.model.outcomes?.place?.code).toBe('Colorado');
    expect(reading?.periods).toEqual(['2011', '2012', '2013', '2014']);
    expect(reading?.dimension).toBe('race');
    expect(reading?.series.length).toBeGreaterThan(3);
    expect(reading?.gaps.length).toBeGreaterThan(0);
    expect(report.html).toContain('data-chart="outcome-co-proficiency-reading-gap"');
    expect(report.markdown).toContain(
      'Colorado KIDS COUNT district data 2004-2014, originally from the Annie E. Casey Foundation KIDS COUNT data',
    );
  });
});
