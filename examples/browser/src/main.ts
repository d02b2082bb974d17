import {
  baldrige20232024,
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  type Framework,
} from '@community-excellence/schemas/data';
import { scoreAssessment } from '@community-excellence/scoring';
import { selfAssessment } from './assessment.js';
import { h, select } from './dom.js';
import { gapView } from './gap-view.js';
import { itemsTable, type ItemsTable } from './items-table.js';
import { evidence, indicators, observations, riverbendPercents } from './riverbend.js';
import { showScorecard } from './scorecard-summary.js';

// The built-in frameworks, from the zod-free '/data' entry (the main entry's BUILT_IN_FRAMEWORKS
// lists the same three, but importing it would bundle the zod validators too).
const FRAMEWORKS: readonly Framework[] = [
  coeBaldrigeDerivedPoints,
  baldrige20232024,
  coeCommunity2024,
];
const POINTS = {
  official: 'official points',
  derived: 'unofficial Baldrige-derived points',
  none: 'percents only, no points',
} as const;

// Start from Riverbend's agreed consensus; the person changes percents from there.
const percents = new Map(riverbendPercents);
let framework: Framework = coeBaldrigeDerivedPoints;

const assessmentSection = document.querySelector<HTMLElement>('#assessment');
const gapSection = document.querySelector<HTMLElement>('#gaps');
if (assessmentSection === null || gapSection === null)
  throw new Error('index.html lacks #assessment or #gaps');

const formArea = h('div', { class: 'form' });
const scorecardArea = h('aside', { class: 'scorecard', 'aria-live': 'polite' });

/** Scores the form as it is now and shows the result: runs on every keystroke. */
function rescore(table: ItemsTable): void {
  const assessment = selfAssessment(framework, percents);
  const result = scoreAssessment(assessment, framework);
  table.show(assessment, result);
  showScorecard(scorecardArea, result);
}

/** (Re)builds the item table for the chosen framework. */
function showForm(): void {
  const table = itemsTable(framework, percents, () => rescore(table));
  const frameworkSelect = select(
    'Framework',
    FRAMEWORKS.map((f) => ({
      value: f.id,
      text: `${f.name} ${f.edition}, ${POINTS[f.pointsStatus]}`,
    })),
    framework.id,
    (id) => {
      framework = FRAMEWORKS.find((f) => f.id === id) ?? framework;
      showForm();
    },
  );
  formArea.replaceChildren(
    frameworkSelect,
    h(
      'p',
      { class: 'note' },
      "Type a percent per item (0, 5, 10 ... 100; blank = not scored yet). The form starts from Riverbend's agreed consensus.",
    ),
    table.element,
  );
  rescore(table);
}

showForm();
assessmentSection.append(h('div', { class: 'columns' }, formArea, scorecardArea));
gapSection.append(gapView(evidence, indicators, observations));
