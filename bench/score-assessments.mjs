// Benchmark: scoring 10,000 and 100,000 generated Baldrige assessments (17 items, 5 independent
// reviews and a consensus each, from a seeded PRNG) with the scoring engine: scoreAssessment
// (exact points, totals, bands, traces), summarizeReviews (spread, flags, proposals) and
// reviewAgreement (Krippendorff's alpha). Compared in the same run with a hand-written loop that
// only multiplies the consensus percents by the item points (what a user would otherwise write,
// without checks, traces or exact arithmetic). Run with `pnpm bench`; figures go in docs/benchmarks.md.
import {
  baldrige20232024,
  baldrigeScoringGuidelines,
  listScoredItems,
  rangeForPercent,
} from '../packages/schemas/dist/data.js';
import {
  reviewAgreement,
  scoreAssessment,
  summarizeReviews,
} from '../packages/scoring/dist/index.js';
import { measure, table } from './measure.mjs';

const LARGE = Number(process.env.BENCH_ASSESSMENTS ?? 100_000);
const SMALL = Math.round(LARGE / 10);
const REVIEWERS = 5;

// mulberry32: a small deterministic PRNG, so every run scores the same assessments.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const items = listScoredItems(baldrige20232024);
const rangeId = (percent) => rangeForPercent(baldrigeScoringGuidelines, percent).id;
const clampStep = (p) => Math.min(100, Math.max(0, Math.round(p / 5) * 5));
const reviewerIds = Array.from({ length: REVIEWERS }, (_, r) => `rev-${r + 1}`);
const reviewers = reviewerIds.map((id, r) => ({
  id,
  name: `Reviewer ${r + 1}`,
  role: r === 0 ? 'team-leader' : 'examiner',
}));

function generate(n, seed) {
  const random = mulberry32(seed);
  const out = new Array(n);
  for (let a = 0; a < n; a += 1) {
    // A "true" maturity per item; each reviewer lands within +-15 points of it (occasionally 25).
    const truth = items.map(() => clampStep(10 + random() * 70));
    const reviews = reviewerIds.map((reviewerId, r) => ({
      id: `review-${r + 1}`,
      reviewerId,
      status: 'submitted',
      items: items.map((item, k) => {
        const spread = random() < 0.1 ? 25 : 15;
        const percent = clampStep(truth[k] + (random() * 2 - 1) * spread);
        return {
          item: item.code,
          factors: item.kind === 'process' ? 'ADLI' : 'LeTCI',
          range: rangeId(percent),
          percent,
        };
      }),
    }));
    const consensusItems = items.map((item, k) => {
      const percents = reviews.map((review) => review.items[k].percent).sort((x, y) => x - y);
      const percent = percents[2];
      return {
        item: item.code,
        range: rangeId(percent),
        percent,
        rationale: 'Agreed after discussing the evidence.',
        basedOn: reviews.map((review) => review.id),
      };
    });
    out[a] = {
      kind: 'assessment',
      formatVersion: 1,
      id: `bench-${a}`,
      communityId: `community-${a % 1000}`,
      framework: { id: baldrige20232024.id, edition: baldrige20232024.edition },
      cycle: { label: '2026', startDate: '2026-01-15' },
      status: 'consensus',
      reviewers,
      reviews,
      consensus: {
        status: 'agreed',
        agreedOn: '2026-04-01',
        teamLeaderId: 'rev-1',
        items: consensusItems,
      },
    };
  }
  return out;
}

const started = performance.now();
const all = generate(LARGE, 20261123);
const small = all.slice(0, SMALL);
console.log(
  `${LARGE.toLocaleString('en-US')} assessments x ${items.length} items x ${REVIEWERS} reviewers + consensus generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const points = new Map(items.map((item) => [item.code, item.points]));
let sink = 0;
const handWritten = (list) => () => {
  for (const assessment of list) {
    let total = 0;
    for (const entry of assessment.consensus.items)
      total += (entry.percent / 100) * points.get(entry.item);
    sink += total;
  }
};
const score = (list) => () => {
  for (const assessment of list)
    sink += scoreAssessment(assessment, baldrige20232024, { guidelines: baldrigeScoringGuidelines })
      .ok
      ? 1
      : 0;
};
const summarize = (list) => () => {
  for (const assessment of list)
    sink += summarizeReviews(assessment, baldrige20232024).flaggedItems.length;
};
const agreement = (list) => () => {
  for (const assessment of list) {
    const result = reviewAgreement(assessment, baldrige20232024);
    sink += result.defined ? result.alpha : 0;
  }
};

const tasks = [
  ['hand-written loop (consensus percent x points)', handWritten],
  ['scoreAssessment', score],
  ['summarizeReviews', summarize],
  ['reviewAgreement (ordinal alpha)', agreement],
];
const results = [];
const ratios = [];
for (const [name, make] of tasks) {
  const one = measure(`${name} (1x)`, small.length, make(small));
  const ten = measure(`${name} (10x)`, all.length, make(all));
  results.push(one, ten);
  ratios.push(`| ${name} | ${(ten.medianMs / one.medianMs).toFixed(2)} |`);
}

// Sanity: every generated assessment scores; how many items the summaries flag.
const sample = all.slice(0, 1000);
const scored = sample.filter((a) => scoreAssessment(a, baldrige20232024).ok).length;
const flagged = sample.reduce(
  (n, a) => n + summarizeReviews(a, baldrige20232024).flaggedItems.length,
  0,
);
const alphas = sample
  .map((a) => reviewAgreement(a, baldrige20232024))
  .filter((r) => r.defined)
  .map((r) => r.alpha);
console.log(
  `sanity: ${scored} of 1,000 sample assessments scored ok; ${flagged} of ${1000 * items.length} items flagged; mean ordinal alpha ${(alphas.reduce((x, y) => x + y, 0) / alphas.length).toFixed(3)}`,
);
console.log(table(results, 'hand-written loop (consensus percent x points) (1x)'));
console.log('\n| task | time 10x / time 1x |\n|---|---:|');
console.log(ratios.join('\n'));
console.log(`(sink ${sink})`);
