import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, collectPageErrors, launchChromium } from './support/chromium.js';

// End-to-end: the built executable (after `pnpm --filter @community-excellence/cli build`) writes the
// example community's report with `demo --out`; headless Chromium opens it from disk (file://) with
// the network unused, and a full-page screenshot is kept in test-artifacts/report.png.
const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const CHARTS = 22;

let outDir = '';
let reportFile = '';
let browser: Browser;
let page: Page;
let errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'coe-report-chromium-'));
  const demo = spawnSync(process.execPath, [bin, 'demo', '--out', outDir], { encoding: 'utf8' });
  expect(demo.stderr).toBe('');
  expect(demo.status).toBe(0);
  reportFile = join(outDir, 'report.html');
  expect(demo.stdout).toContain(`\n  ${reportFile}\n`);

  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = collectPageErrors(page);
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(reportFile).href, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
});

describe('the HTML report in headless Chromium', () => {
  it('opens from disk without errors and requests nothing but itself', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(reportFile).href]);
  });

  it('has the sections, in order', async () => {
    const headings = await page.locator('section.card > h2').allTextContents();
    expect(headings).toEqual([
      'Feedback: Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Feedback by category: Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Feedback: Riverbend County 2024 Level 1 review (Community Profile)',
      'Scorecard: Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Independent reviews: Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Scorecard: Riverbend County 2024 Level 1 review (Community Profile)',
      'Next steps: Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Roadmap: Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Next steps: Riverbend County 2024 Level 1 review (Community Profile)',
      'Outcomes in Riverbend County',
      'Results evidence (LeTCI)',
      'Theory of action: Riverbend Thrives cradle-to-career partnership',
      'Action plan: Riverbend Thrives action plan 2026-27: answering the baseline assessment',
      'Documents',
      'Data sources and citations',
    ]);
    expect(await page.locator('h1').textContent()).toBe('Riverbend County');
    expect(await page.title()).toBe('Riverbend County: community excellence report');
  });

  it('draws every chart as a visible SVG with its caption', async () => {
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBe(CHARTS);
    expect(await page.locator('figure[data-chart] > svg').count()).toBe(CHARTS);
    const charts = await figures.evaluateAll((nodes) =>
      nodes.map((node) => {
        const svg = node.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return {
          id: node.getAttribute('data-chart'),
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          shapes: svg?.querySelectorAll('path').length ?? 0,
          caption: node.querySelector('figcaption')?.textContent ?? '',
          label: svg?.getAttribute('aria-label') ?? '',
        };
      }),
    );
    for (const chart of charts) {
      expect(chart.width, chart.id ?? '').toBeGreaterThan(300);
      expect(chart.height, chart.id ?? '').toBeGreaterThan(200);
      expect(chart.shapes, chart.id ?? '').toBeGreaterThan(10);
      expect(chart.caption.length, chart.id ?? '').toBeGreaterThan(10);
      expect(chart.label).toBe(chart.caption);
    }
    expect(
      charts
        .map((c) => c.id)
        .filter((id) => id?.startsWith('outcome-') === true && id.endsWith('-gap')),
    ).toContain('outcome-hs-graduation-4yr-gap');
  });

  it('shows the numbers: total points, category labels, reviewers, subgroup legends, gateways', async () => {
    const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(body).toContain('278 / 1000');
    expect(body).toContain('Total 278 of 1000 points (27.8%).');
    expect(body).toContain('Highest gateway reached (self-assessed): EMERGING.');
    // The graduation gap narrows 14.1 -> 9.4 points, inside the margin of about 290 students a
    // year: the analysis says so rather than "closing".
    expect(body).toContain(
      'Black \u2212 White: no change within uncertainty (change 4.7 percentage points, margin \u00b16.9).',
    );
    expect(body).toContain(
      'Suggested range: 10-25 (a suggestion an examiner can accept or override, never a score).',
    );
    const svgText = async (id: string): Promise<string> =>
      (await page.locator(`figure[data-chart="${id}"] svg`).textContent()) ?? '';
    expect(await svgText('scorecard-1')).toContain('108 / 450');
    expect(await svgText('scorecard-1')).toContain('Community Leadership');
    expect(await svgText('reviews-1')).toContain('Maria Santos');
    expect(await svgText('reviews-1')).toContain('Consensus');
    const trend = await svgText('outcome-hs-graduation-4yr-trend');
    for (const legend of [
      'All',
      'White',
      'Black',
      'Hispanic',
      'Asian',
      'Two or more races',
      '2020-21',
      '2024-25',
    ])
      expect(trend).toContain(legend);
    expect(await svgText('outcome-hs-graduation-4yr-gap')).toContain('Black \u2212 White');
    const gateways = await svgText('gateways-1');
    for (const label of [
      '\u2713 Exploring',
      '\u2713 Emerging',
      'Sustaining',
      'Met',
      'Insufficient evidence',
    ])
      expect(gateways).toContain(label);
  });

  it('carries the data citation line', async () => {
    expect(await page.locator('blockquote.citation').allTextContents()).toEqual([
      'Riverbend Thrives (2025). Riverbend Cradle-to-Career Data Book, tables 1-12. Fictional example data created for the community-excellence library; not real statistics about any place.',
    ]);
  });

  it('fits the window: no horizontal scrolling, legends inside their charts', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
    const overflowing = await page.locator('figure[data-chart] svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent ?? '', r: text.getBoundingClientRect() }))
          .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1)
          .map(({ text }) => `${svg.closest('figure')?.getAttribute('data-chart') ?? ''}: ${text}`);
      }),
    );
    expect(overflowing).toEqual([]);
  });

  it('saves a full-page screenshot', async () => {
    const file = artifactPath('report.png');
    await page.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBeGreaterThan(5000);
  });
});
