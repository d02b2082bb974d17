import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  validateDocumentSet,
  type CommunityExcellenceDocument,
  type Indicator,
  type Observation,
} from '@community-excellence/schemas';
import {
  builtInMappings,
  importCsv,
  type BuiltInMappingName,
} from '@community-excellence/theory-of-action/import';
import type { ReportDocument } from './documents.js';
import { renderReport, type RenderedReport } from './render-report.js';
import type { ReportInput } from './model.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

// Every label the Outcomes and Results evidence sections print, read from the RENDERED text of
// both reports (HTML and Markdown), on real files and on small constructed series.

const data = (file: string): string =>
  fileURLToPath(new URL(`../../../../../shared/data/${file}`, import.meta.url));

/** The text a reader sees: HTML without tags and entities, Markdown without escapes. */
function texts(report: RenderedReport): { html: string; markdown: string } {
  const html = report.html
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const markdown = report.markdown
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/\\(.)/g, '$1');
  return { html, markdown };
}

/** Expects every text in both renderings. */
function expectBoth(report: RenderedReport, ...wanted: string[]): void {
  const { html, markdown } = texts(report);
  for (const w of wanted) {
    expect(html).toContain(w);
    expect(markdown).toContain(w);
  }
}

function documents(inputs: unknown[]): ReportDocument[] {
  const set = validateDocumentSet(inputs);
  expect(set.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return set.documents.map((d, i) => ({
    file: `doc-${i}.json`,
    document: (d.result.ok ? d.result.value : undefined) as CommunityExcellenceDocument,
  }));
}

function imported(file: string, mapping: BuiltInMappingName): ReportDocument[] {
  const m = builtInMappings[mapping];
  const result = importCsv(readFileSync(data(file), 'utf8'), m, { file });
  if (result.set === undefined) throw new Error(`nothing imported from ${file}`);
  return documents([
    {
      kind: 'indicator-set',
      formatVersion: 1,
      id: `${mapping}-set`,
      name: m.name,
      indicators: m.indicators,
    },
    result.set,
  ]);
}

const indicator = (
  id: string,
  direction: Indicator['direction'] = 'higher-is-better',
  unit: Indicator['unit'] = { type: 'percent' },
): Indicator => ({
  id,
  name: `Indicator ${id}`,
  outcomeArea: 'OTHER',
  unit,
  direction,
  role: 'core',
});

const row = (
  indicatorId: string,
  period: string,
  group: string,
  value: number,
  counts?: { numerator: number; denominator: number },
): Observation => ({
  indicatorId,
  place: { code: 'p1', level: 'county', name: 'Testville' },
  period: { label: period },
  subgroup:
    group === 'all' ? { dimension: 'all', value: 'all' } : { dimension: 'race', value: group },
  value: { kind: 'exact', raw: String(value), value },
  ...(counts ?? {}),
});

/** A report on constructed series: each indicator's rows, with Ref as the reference group. */
function constructed(
  series: Record<
    string,
    { direction?: Indicator['direction']; unit?: Indicator['unit']; rows: Observation[] }
  >,
  extra: Partial<ReportInput> = {},
): RenderedReport {
  const indicators = Object.entries(series).map(([id, s]) => indicator(id, s.direction, s.unit));
  return renderReport({
    documents: documents([
      { kind: 'indicator-set', formatVersion: 1, id: 'set', name: 'Constructed', indicators },
      {
        kind: 'observation-set',
        formatVersion: 1,
        id: 'obs',
        name: 'Constructed data',
        observations: Object.values(series).flatMap((s) => s.rows),
      },
    ]),
    referenceGroups: { race: 'Ref' },
    ...extra,
  });
}

const whole = (id: string, values: number[], first = 2018): Observation[] =>
  values.map((v, i) => row(id, String(first + i), 'all', v));

describe('trend labels, on constructed series', () => {
  const report = constructed({
    up: { rows: whole('up', [70, 72, 75, 77]) },
    down: { rows: whole('down', [77, 75, 72, 70]) },
    // K-3 chronic absence (lower is better): a V shape whose end is still above its start.
    vshape: { direction: 'lower-is-better', rows: whole('vshape', [14.2, 22.6, 20.1, 17.4, 15.8]) },
    flat: { rows: whole('flat', [80, 80, 80, 80]) },
    short: { rows: whole('short', [60, 65]) },
  });

  it('prints improving, worsening, mixed (naming the peak and the baseline), flat and not enough data', () => {
    expectBoth(
      report,
      'Trend: improving: 70.0 -> 77.0 over 3 years',
      'Trend: worsening: 77.0 -> 70.0 over 3 years',
      'Trend: mixed: improving since the 2019 peak (22.6 -> 15.8); still worse than the 2018 baseline (14.2)',
      'Trend: flat: 80.0 -> 80.0 over 3 years',
      'Trend: not enough data for a trend: 2 periods with a value (3 needed); 2018 60.0 -> 2019 65.0',
    );
  });

  it('states the trend method once, in the section intro', () => {
    const { html, markdown } = texts(report);
    for (const text of [html, markdown])
      expect(text.split('How a trend is read: the least-squares slope').length - 1).toBe(1);
    expectBoth(report, 'at least 3 periods with a value are needed');
  });

  it('names the place analysed in the heading, and how it was chosen', () => {
    expectBoth(
      report,
      'Outcomes in Testville',
      'Place analysed: Testville (county p1), the only place in the data (apart from state and national comparisons).',
    );
  });
});

describe('gap labels, on constructed series that try to fool the rule', () => {
  const pair = (id: string, focal: [number, number], ref: [number, number]): Observation[] => [
    row(id, '2021', 'Focal', focal[0]),
    row(id, '2021', 'Ref', ref[0]),
    row(id, '2024', 'Focal', focal[1]),
    row(id, '2024', 'Ref', ref[1]),
  ];
  const report = constructed({
    closing: { rows: pair('closing', [70, 76], [80, 80]) },
    levelling: { rows: pair('levelling', [80, 80], [90, 84]) },
    crossed: { rows: pair('crossed', [75, 83], [80, 80]) },
    shrinking: { rows: pair('shrinking', [95, 92], [90.1, 90.6]) },
    mixed: { rows: pair('mixed', [20, 36], [40, 60]) },
    widening: { rows: pair('widening', [70, 65], [80, 80]) },
    noisy: {
      rows: [
        row('noisy', '2021', 'Focal', 40, { numerator: 40, denominator: 100 }),
        row('noisy', '2021', 'Ref', 60, { numerator: 60, denominator: 100 }),
        row('noisy', '2024', 'Focal', 46, { numerator: 46, denominator: 100 }),
        row('noisy', '2024', 'Ref', 60, { numerator: 60, denominator: 100 }),
      ],
    },
  });

  it('prints each gap status in its own words; levelling down, crossing and a shrinking lead never read as closing', () => {
    expectBoth(
      report,
      'Focal \u2212 Ref: closing: 6.0 of 10.0 percentage points closed (60.0%)',
      'Focal \u2212 Ref: narrowing because the reference group worsened (levelling down): Ref fell 6.0 percentage points while Focal stayed at 80.0',
      'Focal \u2212 Ref: crossed: the gap of 5.0 percentage points closed and Focal is now 3.0 ahead',
      "Focal \u2212 Ref: lead shrinking: Focal's lead over Ref fell from 4.9 to 1.4 percentage points (not a closing gap)",
      'Focal \u2212 Ref: mixed: the gap widened from 20.0 to 24.0 percentage points while the rate ratio moved toward parity (0.50 -> 0.60)',
      'Focal \u2212 Ref: widening: the gap grew from 10.0 to 15.0 percentage points (50.0% added)',
      'Focal \u2212 Ref: no change within uncertainty (change 6.0 percentage points, margin \u00b1',
    );
    const { markdown } = texts(report);
    const closing = markdown.split('\n').filter((l) => l.includes('Focal \u2212 Ref: closing'));
    expect(closing).toHaveLength(1);
  });

  it('says which group is the reference and why, and shows gap rows in the table', () => {
    expectBoth(
      report,
      'Reference group for race: Ref. Why: named by the caller.',
      "Gaps by race are measured to Ref, the report's reference group.",
      'Gap: Focal \u2212 Ref, percentage points',
    );
  });

  it('prints the gaps of proportion data in percentage points, never as a proportion', () => {
    const proportions = constructed({
      share: {
        unit: { type: 'proportion' },
        rows: [
          row('share', '2021', 'Focal', 0.7),
          row('share', '2021', 'Ref', 0.8),
          row('share', '2024', 'Focal', 0.76),
          row('share', '2024', 'Ref', 0.8),
        ],
      },
    });
    expectBoth(
      proportions,
      'Focal \u2212 Ref: closing: 6.0 of 10.0 percentage points closed (60.0%)',
      'Gap: Focal \u2212 Ref, percentage points',
    );
    expect(texts(proportions).markdown).toContain(
      '| Gap: Focal \u2212 Ref, percentage points | -10 | -4 |',
    );
    expect(texts(proportions).markdown).not.toMatch(/-0\.1 proportion|-0\.333/);
  });
});

describe('the Riverbend example: targets, forecast, place basis, notes, results evidence', () => {
  const report = renderReport({ documents: exampleReportDocuments() });

  it('prints met, missed, on-track and off-track targets with their sentences', () => {
    expectBoth(
      report,
      'Target for All, 2023-24: met: 52.7 in 2023-24 against a target of 52.',
      'Target for All, 2024-25: missed: 89.6 in 2024-25, 0.4 short of 90.',
      'Target for All, 2027-28: on track: forecast 91.1 in 2027-28 against a target of 90.',
      'Target for Black, 2027-28: off track: forecast 42.3 in 2027-28, 2.7 short of 45.',
      'Target for All, 2027-28: off track: forecast 17.0 in 2027-28, 5.0 above the target of 12 (lower is better).',
    );
  });

  it('draws targets as markers and the baseline forecast to the target period', () => {
    const svg = /<figure id="figure-outcome-hs-graduation-4yr-trend"[\s\S]*?<\/figure>/.exec(
      report.html,
    )?.[0];
    expect(svg).toContain('>Target</text>');
    expect(svg).toContain('>Baseline forecast</text>');
    expect(svg).toContain('>2027-28</text>');
    expect(svg).toContain('stroke-dasharray');
  });

  it('says the place was chosen by a code of the partnership evidence, and the K-3 V shape is mixed', () => {
    expectBoth(
      report,
      'Outcomes in Riverbend County',
      'Place analysed: Riverbend County (county riverbend-county), chosen by a place code in the partnership evidence.',
      'Trend: mixed: improving since the 2021-22 peak (22.6 -> 15.8); still worse than the 2020-21 baseline (14.2)',
      'No state or national comparison is in the data.',
    );
  });

  it('keeps bounds, suppressed cells and source footnotes, with numbered notes under the table', () => {
    const { html, markdown } = texts(report);
    expect(markdown).toContain('| Asian | 93.3% | >=95% [1] | >=95% [1] |');
    expect(markdown).toContain('- [1] Top-coded by the state report card at 95 percent.');
    expect(html).toContain('>=95%[1]');
    expect(html).toContain('[1] Top-coded by the state report card at 95 percent.');
    expectBoth(report, 'S (suppressed)', 'LNE (suppressed)', 'Quality: use with caution (flag 2)');
  });

  it('reads the graduation gap within the uncertainty of its counts, and closing with --gap-uncertainty intervals', () => {
    expectBoth(
      report,
      'Black \u2212 White: no change within uncertainty (change 4.7 percentage points, margin \u00b16.9).',
    );
    const exact = renderReport({
      documents: exampleReportDocuments(),
      gapUncertainty: 'intervals',
    });
    expectBoth(
      exact,
      'Black \u2212 White: closing: 4.7 of 14.1 percentage points closed (33.3%); Black rose 5.5 percentage points while White rose 0.8.',
    );
  });

  it('shows the results evidence per category-7 item as a suggestion, never a score', () => {
    expectBoth(
      report,
      'Results evidence (LeTCI)',
      '7.4(1) Key Community Outcomes',
      'Suggested range: 10-25 (a suggestion an examiner can accept or override, never a score).',
      'Trend over 3 or more periods: 11 of 11 indicators',
      'With a comparison (state, nation, peer or benchmark): 0 of 11 indicators.',
    );
    for (const factor of ['Levels', 'Trends', 'Comparisons', 'Integration'])
      expect(texts(report).markdown).toMatch(new RegExp(`^\\| ${factor} \\| \\d+-\\d+ \\| `, 'm'));
  });

  it('never titles another place\u2019s numbers with the community\u2019s name', () => {
    const elsewhere = exampleReportDocuments().map((d) =>
      d.document.kind === 'observation-set'
        ? {
            ...d,
            document: {
              ...d.document,
              observations: d.document.observations.map((o) => ({
                ...o,
                place: { code: 'elsewhere', level: 'county' as const, name: 'Elsewhere County' },
              })),
            },
          }
        : d,
    );
    const other = renderReport({ documents: elsewhere, place: { code: 'elsewhere' } });
    expect(other.html).toContain('<h1>Elsewhere County</h1>');
    expect(other.markdown.startsWith('# Elsewhere County: community excellence report')).toBe(true);
    expectBoth(
      other,
      'Outcomes in Elsewhere County',
      'Place analysed: Elsewhere County (county elsewhere), chosen with --place.',
    );
  });
});

describe('real multi-place files', () => {
  it('EDFacts: one district chosen with place shows its bound as >=95, never as missing', () => {
    const report = renderReport({
      documents: imported('county-health-rankings/edfactsdownload.csv', 'edfacts-acgr'),
      place: { code: '0100060' },
    });
    expectBoth(report, 'Outcomes in Andalusia City', 'chosen with --place', '>=95');
    expect(texts(report).markdown).toMatch(/^\| All \| >=95% \|$/m);
  });

  it('EDFacts without a place: no silent pick, the candidates are listed', () => {
    const report = renderReport({
      documents: imported('county-health-rankings/edfactsdownload.csv', 'edfacts-acgr'),
    });
    expectBoth(
      report,
      'Outcomes: no place analysed',
      'Name one with --place <code>',
      'Places in the data: Not Applicable (district 0000000): 3 rows',
    );
  });

  it('Colorado: the 81.6* footnote is kept as a note of its cell, and the state is a comparison with values', () => {
    const report = renderReport({
      documents: imported(
        'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
        'co-3rd-grade-proficient',
      ),
      place: { code: 'DOUGLAS COUNTY RE 1' },
    });
    const { markdown } = texts(report);
    // 81.6 sits among proportions (0.82 ...): kept and shown with its footnote, left out of the
    // trend by the scale rule, and both notes say so.
    expect(markdown).toContain('| 81.6 [1] [2] |');
    expect(markdown).toContain('- [1] Marked "*" in the source (81.6*)');
    expect(markdown).toContain(
      '- [2] Left out of trends and gaps: about 100 times off the median of its series',
    );
    expect(markdown).toContain(
      'Cells not used in any reading (never read as 0): 1 scale-suspected.',
    );
    expect(markdown).toContain('| state Colorado | 0.697 | 0.691 | 0.706 |');
    expectBoth(report, 'Compared with state Colorado, the state.');
  });

  it('CHR&R v024: a chosen county with its state and the nation; proportions read in three decimals', () => {
    const report = renderReport({
      documents: imported(
        'county-health-rankings/v024_subgroup_how.csv',
        'chrr-v024-children-in-poverty',
      ),
      place: { code: '39061' },
    });
    expectBoth(
      report,
      'Outcomes in Hamilton County',
      'Place analysed: Hamilton County (county 39061), chosen with --place.',
      'Compared with Ohio (state 39000), the state and United States (nation 00000), the nation.',
    );
    expect(texts(report).markdown).toContain('| black | 0.382 |');
    // v024 has race rows only: no whole-population comparison, so the table compares each race
    // with the same race in Ohio and the nation (Black children in poverty: 0.382 vs 0.376).
    expectBoth(
      report,
      'Ohio and United States: no whole-population value for this indicator in the data; the table compares the same groups there.',
    );
    expect(texts(report).markdown).toContain('| Ohio (state): black | 0.376 |');
    expect(texts(report).markdown).toMatch(/\| United States \(nation\): black \| 0\.\d{3} \|/);
  });

  it('CHR&R v021: the county with its state and the nation as comparison rows with values', () => {
    const report = renderReport({
      documents: imported('county-health-rankings/v021_how.csv', 'chrr-v021-graduation'),
      place: { code: '39061' },
    });
    const { markdown } = texts(report);
    expect(markdown).toContain('## Outcomes in county 39061');
    expect(markdown).toMatch(/^\| All \| 0\.838 \|$/m);
    expect(markdown).toMatch(/^\| state 39000 \| 0\.868 \|$/m);
    expect(markdown).toMatch(/^\| nation 00000 \| 0\.87 \|$/m);
  });
});
