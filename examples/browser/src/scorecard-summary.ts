import type {
  BandAssignment,
  ScoreResult,
  Scorecard,
  ScorecardTotal,
} from '@community-excellence/scoring';
import { h } from './dom.js';
import { formatPercent, formatPoints } from './format.js';

const pointsOf = (total: ScorecardTotal): string =>
  total.earned === null
    ? 'N/A'
    : `${formatPoints(total.earned)} of ${formatPoints(total.max)} (${formatPercent(total.percentOfMax)})`;

const bandOf = (band: BandAssignment): string =>
  band.band === null
    ? (band.reason ?? 'No band')
    : `Band ${band.band} of ${band.bandCount ?? '?'}${band.confidence === null ? '' : ` (${band.confidence} data)`}: ${band.description ?? ''}`;

function totals(scorecard: Scorecard): HTMLElement {
  const { total, process, results, bands, maturity, points } = scorecard;
  const stage = maturity.process.stage;
  const entries: [string, string, string][] = [
    ['total', 'Total', points.available ? pointsOf(total) : `No points: ${points.reason ?? ''}`],
    ['process', 'Process (categories 1-6)', pointsOf(process)],
    ['process-band', 'Process band', bandOf(bands.process)],
    [
      'maturity',
      'Maturity stage',
      stage === null
        ? (maturity.process.reason ?? '—')
        : `${stage.name} (${stage.confidence} data)`,
    ],
    ['results', 'Results (category 7)', pointsOf(results)],
    ['results-band', 'Results band', bandOf(bands.results)],
  ];
  return h(
    'dl',
    { class: 'totals' },
    ...entries.flatMap(([id, term, value]) => [h('dt', {}, term), h('dd', { id }, value)]),
  );
}

function categories(scorecard: Scorecard): HTMLTableElement {
  return h(
    'table',
    { class: 'categories' },
    h('caption', {}, 'Points by category'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Category'),
        h('th', { scope: 'col', class: 'num' }, 'Points'),
        h('th', { scope: 'col', class: 'num' }, 'Max'),
      ),
    ),
    h(
      'tbody',
      {},
      ...scorecard.categories.map((c) =>
        h(
          'tr',
          { 'data-category': c.code },
          h('th', { scope: 'row' }, `${c.code}. ${c.name}`),
          h('td', { class: 'num' }, formatPoints(c.earned)),
          h('td', { class: 'num' }, formatPoints(c.max)),
        ),
      ),
    ),
  );
}

/** Renders the scorecard of a {@link ScoreResult} (or why there is none) and its issues into `target`. */
export function showScorecard(target: HTMLElement, result: ScoreResult): void {
  const issues = result.issues.filter((issue) => issue.severity !== 'info');
  target.replaceChildren(
    h('h3', {}, 'Scorecard'),
    result.ok
      ? h(
          'div',
          {},
          h(
            'p',
            { class: 'note' },
            `Points: ${result.scorecard.points.label ?? 'none'}. ${result.scorecard.complete ? 'Every item is scored.' : `${result.scorecard.unscored.length} item(s) not scored yet: they earn 0.`}`,
          ),
          totals(result.scorecard),
          categories(result.scorecard),
        )
      : h('p', { id: 'total', class: 'blocked' }, 'No scorecard: fix the errors below.'),
    ...(issues.length === 0
      ? []
      : [
          h(
            'ul',
            { class: 'issues' },
            ...issues.map((issue) =>
              h('li', { class: issue.severity }, `${issue.severity}: ${issue.message}`),
            ),
          ),
        ]),
  );
}
