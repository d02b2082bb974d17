import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  baldrigeScoringGuidelines,
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  listScoredItems,
  rangeForPercent,
  type Assessment,
  type Framework,
  type IndicatorSet,
  type ItemEvaluation,
  type ObservationSet,
  type PartnershipEvidence,
} from '@community-excellence/schemas';
import {
  scoreAssessment,
  type ExactNumber,
  type Scorecard,
  type ScorecardTotal,
} from '@community-excellence/scoring';
import {
  analyzeOutcomes,
  gapChangeSentence,
  gapScale,
  trendSentence,
  unitWords,
} from '@community-excellence/theory-of-action/outcomes';
import { artifactPath, collectPageErrors, launchChromium } from './support/chromium.js';

// End-to-end: examples/browser built with Vite against the packages' dist/ (as a user's app would
// resolve them), served as static files and driven in headless Chromium. The expected numbers come
// from the libraries themselves, run here in Node (on the sources, through vitest's aliases).

const EXAMPLE_DIR = fileURLToPath(new URL('../examples/browser/', import.meta.url));
const DIST_DIR = join(EXAMPLE_DIR, 'dist');
const RIVERBEND = new URL('../examples/riverbend/', import.meta.url);
const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(name, RIVERBEND), 'utf8')) as T;

const assessment = readJson<Assessment>('assessment.json');
const indicators = readJson<IndicatorSet>('indicators.json').indicators;
const observations = readJson<ObservationSet>('observations.json').observations;
const evidence = readJson<PartnershipEvidence>('partnership-evidence.json');

/** Riverbend's agreed percents: the form's starting point. */
const riverbendPercents = (): Map<string, number> =>
  new Map(
    (assessment.consensus?.items ?? []).flatMap((item) =>
      item.percent === undefined ? [] : [[item.item, item.percent] as const],
    ),
  );

/** What the page must score: one self-assessor's draft review with a percent (and its range) per filled-in item. */
function expectedScore(
  framework: Framework,
  percents: ReadonlyMap<string, number>,
): ReturnType<typeof scoreAssessment> {
  const items = listScoredItems(framework).flatMap((item): ItemEvaluation[] => {
    const percent = percents.get(item.code);
    if (percent === undefined) return [];
    const range = rangeForPercent(baldrigeScoringGuidelines, percent)?.id;
    return [
      {
        item: item.code,
        factors: item.kind === 'process' ? 'ADLI' : 'LeTCI',
        percent,
        ...(range === undefined ? {} : { range }),
      },
    ];
  });
  return scoreAssessment(
    {
      kind: 'assessment',
      formatVersion: 1,
      id: 'expected',
      communityId: 'expected',
      framework: { id: framework.id, edition: framework.edition },
      cycle: { label: 'expected', startDate: '2026-01-12' },
      status: 'independent-review',
      reviewers: [{ id: 'me', name: 'Me', role: 'self-assessor' }],
      reviews: [{ id: 'my-review', reviewerId: 'me', status: 'draft', items }],
    },
    framework,
  );
}

function scorecardOf(framework: Framework, percents: ReadonlyMap<string, number>): Scorecard {
  const result = expectedScore(framework, percents);
  if (!result.ok)
    throw new Error(`expected a scorecard: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.scorecard;
}

/** Points as the page writes them: the exact decimal (these inputs never give a fraction). */
const points = (value: ExactNumber | null): string => {
  expect(value?.exact ?? '').not.toContain('/');
  return value === null ? '—' : value.exact;
};
const totalText = (total: ScorecardTotal): string =>
  `${points(total.earned)} of ${points(total.max)} (${total.percentOfMax?.value.toFixed(1)}%)`;

// --- static server, build and browser -----------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
let browser: Browser;
let baseUrl: string;
let page: Page;
let errors: string[];

beforeAll(async () => {
  for (const name of ['schemas', 'scoring', 'theory-of-action']) {
    if (!existsSync(fileURLToPath(new URL(`../packages/${name}/dist/index.js`, import.meta.url))))
      throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
  }
  // The example's own Vite (a devDependency of examples/browser), through its JS API.
  const requireFromExample = createRequire(join(EXAMPLE_DIR, 'package.json'));
  const vite = (await import(pathToFileURL(requireFromExample.resolve('vite')).href)) as {
    build: (config: { root: string; logLevel: 'warn' }) => Promise<unknown>;
  };
  await vite.build({ root: EXAMPLE_DIR, logLevel: 'warn' });
  expect(existsSync(join(DIST_DIR, 'index.html'))).toBe(true);

  server = await serve(DIST_DIR);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

async function open(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = collectPageErrors(page);
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  await page.goto(baseUrl);
  await page.locator('#total').waitFor();
}

afterEach(async () => {
  await page?.close();
  expect(errors).toEqual([]);
});

const text = async (selector: string): Promise<string> =>
  ((await page.locator(selector).textContent()) ?? '').trim();

/** Checks the page's scorecard against one computed by the library for the same percents. */
async function expectScorecard(scorecard: Scorecard): Promise<void> {
  expect(await text('#total')).toBe(totalText(scorecard.total));
  expect(await text('#process')).toBe(totalText(scorecard.process));
  expect(await text('#results')).toBe(totalText(scorecard.results));
  expect(await text('#maturity')).toContain(scorecard.maturity.process.stage?.name ?? '—');
  for (const item of scorecard.items) {
    expect(await text(`tr[data-item="${item.code}"] td.earned`), `item ${item.code}`).toBe(
      item.earned === null ? '' : points(item.earned),
    );
  }
  for (const category of scorecard.categories) {
    expect(
      await text(`tr[data-category="${category.code}"] td:nth-of-type(1)`),
      `category ${category.code}`,
    ).toBe(points(category.earned));
  }
}

describe('browser example (examples/browser)', () => {
  it('scores the starting percents, rescoring as a person changes, clears or mistypes an item', async () => {
    await open();
    const percents = riverbendPercents();
    expect(percents.size).toBe(17);

    // Starting point: Riverbend's consensus, on the framework the assessment names.
    const start = scorecardOf(coeBaldrigeDerivedPoints, percents);
    expect(start.complete).toBe(true);
    expect(await page.inputValue('#percent-1\\.1')).toBe(String(percents.get('1.1')));
    await expectScorecard(start);

    // Raise 1.1 from 40 to 70 and 7.1 from 35 to 50: item, category and totals follow.
    await page.fill('#percent-1\\.1', '70');
    await page.fill('#percent-7\\.1', '50');
    percents.set('1.1', 70).set('7.1', 50);
    const changed = scorecardOf(coeBaldrigeDerivedPoints, percents);
    expect(changed.total.earned?.value).toBeGreaterThan(start.total.earned?.value ?? Infinity);
    await expectScorecard(changed);
    expect(await text('tr[data-item="1.1"] td.range')).toBe('70-85');

    // Clear 7.5: it earns nothing, stays in the maximum, and the library's warning shows.
    await page.fill('#percent-7\\.5', '');
    percents.delete('7.5');
    const cleared = expectedScore(coeBaldrigeDerivedPoints, percents);
    if (!cleared.ok) throw new Error('expected a scorecard');
    expect(cleared.scorecard.unscored).toEqual(['7.5']);
    await expectScorecard(cleared.scorecard);
    const warning = cleared.issues.find((i) => i.code === 'incomplete_review');
    expect(await text('.issues')).toContain(warning?.message ?? 'incomplete_review');

    // A percent that is not a multiple of 5: no scorecard, the library's error next to the item.
    await page.fill('#percent-2\\.1', '57');
    const mistyped = expectedScore(coeBaldrigeDerivedPoints, new Map(percents).set('2.1', 57));
    expect(mistyped.ok).toBe(false);
    const error = mistyped.issues.find((i) => i.severity === 'error');
    expect(error?.code).toBe('percent_not_multiple_of_5');
    expect(await text('#total')).toBe('No scorecard: fix the errors below.');
    expect(await text('tr[data-item="2.1"] .error')).toBe(error?.message);
    expect(await page.getAttribute('#percent-2\\.1', 'aria-invalid')).toBe('true');

    // Fixed: the scorecard is back.
    await page.fill('#percent-2\\.1', '55');
    percents.set('2.1', 55);
    await expectScorecard(scorecardOf(coeBaldrigeDerivedPoints, percents));
    expect(await page.getAttribute('#percent-2\\.1', 'aria-invalid')).toBe('false');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifactPath('browser-example.png'), fullPage: true });
  });

  it('keeps the percents when the framework changes; the official COE framework has no points', async () => {
    await open();
    const percents = riverbendPercents();
    await page.fill('#percent-1\\.2', '50');
    percents.set('1.2', 50);

    await page.locator('.form select').selectOption(coeCommunity2024.id);
    const coe = scorecardOf(coeCommunity2024, percents);
    expect(coe.points.available).toBe(false);
    expect(await text('#total')).toBe(`No points: ${coe.points.reason ?? ''}`);
    expect(await page.inputValue('#percent-1\\.2')).toBe('50');
    expect(await text('tr[data-item="1.2"] td.range')).toBe('50-65');

    await page.locator('.form select').selectOption(coeBaldrigeDerivedPoints.id);
    await expectScorecard(scorecardOf(coeBaldrigeDerivedPoints, percents));
  });

  it("renders the outcome analysis of Riverbend's data as it is: place, reference group, trend and gap sentences", async () => {
    await open();
    // The one analysis, run here in Node on the same documents: the page must show its answer.
    const analysis = analyzeOutcomes({ evidence, indicators, observations });
    expect(analysis.place?.basis).toBe('evidence-code');
    const graduation = analysis.indicators.find(
      (a) => a.indicator?.outcomeArea === 'HIGH_SCHOOL_GRADUATION' && a.indicator.role === 'core',
    );
    if (graduation?.indicator === undefined)
      throw new Error('Riverbend has no core graduation indicator');
    const unit = graduation.indicator.unit;
    const scale = gapScale(unit);

    expect(await text('.gap-place')).toBe(
      "Place analysed: Riverbend County (chosen by a code of the partnership evidence's geography).",
    );
    const reference = graduation.references.find((r) => r.dimension === 'race-ethnicity');
    expect(reference?.group).toBe('White');
    expect(await text('.gap-reference')).toBe(
      `Compared with White, the reference group for race-ethnicity: ${reference?.reason}.`,
    );
    expect(await text('.gap-trend')).toBe(
      `${graduation.indicator.name}, whole population: ${trendSentence(graduation.trend!, { unitWords: unitWords(unit) })}.`,
    );
    expect(await text('.gap-trend')).toContain('improving: 87.6 -> 89.6 percent over 4 years');

    const expectGap = async (focal: string): Promise<void> => {
      const gap = graduation.gaps.find(
        (g) => g.dimension === 'race-ethnicity' && g.focal === focal,
      );
      if (gap === undefined) throw new Error(`no ${focal} gap`);
      expect(gap.points.length).toBeGreaterThanOrEqual(2);
      const rows = await page
        .locator('.gap-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')),
        );
      const cells = (group: string) =>
        graduation.series.find((s) => s.dimension === 'race-ethnicity' && s.group === group)
          ?.cells ?? [];
      const byPeriod = new Map(
        gap.points.map((p) => [p.label, (p.focal - p.reference) * scale.factor]),
      );
      expect(rows).toEqual(
        graduation.periods.map((period, i) => [
          period,
          cells(focal)[i]?.display,
          cells('White')[i]?.display,
          byPeriod.get(period)?.toFixed(1) ?? '—',
        ]),
      );
      expect(await text('.gap-summary')).toBe(
        `${focal} − White gap in Riverbend County: ${gapChangeSentence(gap.change, { focal, reference: 'White', unitWords: scale.unitWords, factor: scale.factor })}.`,
      );
      // The chart (ECharts, SVG renderer): one labelled point per period with a gap, as in the table.
      const drawn = rows.filter((row) => row[3] !== '—');
      expect(await page.locator('.gap-line svg').count()).toBe(1);
      const chartTexts = await page.locator('.gap-line svg text').allTextContents();
      for (const row of drawn) expect(chartTexts).toEqual(expect.arrayContaining([row[0], row[3]]));
      expect(await page.locator('.gap-line').getAttribute('aria-label')).toBe(
        `${focal} − White gap by period: ${drawn.map((row) => `${row[0]} ${row[3]}`).join(', ')}`,
      );
    };

    // The default view: the Black - White four-year graduation gap. With the counts of each cohort
    // read as samples (the analysis's default), its change is within uncertainty: the page says so
    // rather than "closing".
    expect(await page.locator('.gap-view select').first().inputValue()).toBe(
      graduation.indicatorId,
    );
    await expectGap('Black');
    expect(await text('.gap-summary')).toBe(
      'Black − White gap in Riverbend County: no change within uncertainty (change 4.7 percentage points, margin ±6.9).',
    );

    // Another group.
    await page.locator('.gap-view select').nth(1).selectOption('Hispanic');
    await expectGap('Hispanic');
  });
});
