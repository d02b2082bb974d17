import {
  baldrigeScoringGuidelines,
  rangeForPercent,
  type Assessment,
  type ScoringGuidelines,
} from '@community-excellence/schemas';
import type { Scorecard } from '@community-excellence/scoring';
import type { AssessmentSection } from './assessment-section.js';
import type { GroupedDocuments } from './documents.js';
import { escapeHtml as e, markdownText } from './format.js';
import {
  nextStepActionSentence,
  nextStepOpportunitySentence,
  nextSteps,
  nextStepsSentences,
  roadmap,
  roadmapSentences,
  type NextSteps,
  type RoadmapTarget,
} from '@community-excellence/scoring';
import type { ActionPlan } from '@community-excellence/schemas';

/**
 * What the report shows of an assessment's improvement loop: its next steps (the
 * highest-priority opportunities with points at stake and the open actions of its action plan)
 * and a roadmap toward a target score, both as sentences.
 *
 * @example
 * ```ts
 * declare const section: ImprovementSection;
 * section.roadmap.at(-1); // 'Phase 1 reaches the target of 327 points.'
 * ```
 */
export interface ImprovementSection {
  readonly assessmentId: string;
  readonly name: string;
  /** The action plan used (null without one). */
  readonly planId: string | null;
  readonly steps: NextSteps;
  /** How the roadmap target was chosen, in words (null when there is no roadmap). */
  readonly targetNote: string | null;
  /** The roadmap in sentences (empty when there is no scorecard or no target). */
  readonly roadmap: readonly string[];
}

/**
 * The default roadmap target when `--target` is not given: with points, the total at which the
 * process and the results totals could each reach their next band (the sum of the next bands'
 * lower bounds; the top band's maximum when already there), when both bands are assigned on
 * their tables' scale; without points, the lower bound of the range above the mean item percent.
 * Null when neither applies (give a target).
 *
 * @example
 * ```ts
 * declare const scorecard: Scorecard;
 * defaultRoadmapTarget(scorecard); // { points: 327 } for Riverbend (201 + 126)
 * ```
 */
export function defaultRoadmapTarget(
  scorecard: Scorecard,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): RoadmapTarget | null {
  if (scorecard.points.available) {
    const { process, results } = scorecard.bands;
    if (process.status !== 'assigned' || results.status !== 'assigned') return null;
    if (process.upper === null || results.upper === null) return null;
    return { points: process.upper + results.upper };
  }
  const counted = scorecard.items.filter((i) => i.status === 'scored' || i.status === 'unscored');
  if (counted.length === 0) return null;
  const mean = counted.reduce((sum, i) => sum + (i.percent ?? 0), 0) / counted.length;
  const current = rangeForPercent(guidelines, Math.floor(mean / guidelines.step) * guidelines.step);
  const next = [...guidelines.ranges]
    .sort((a, b) => a.min - b.min)
    .find((r) => r.min > (current?.min ?? mean));
  return next === undefined ? null : { averagePercent: next.min };
}

/**
 * The action plan that answers an assessment: the first plan whose `assessmentIds` name it,
 * else the only plan of the folder when it names no assessment.
 *
 * @example
 * ```ts
 * declare const plans: readonly ActionPlan[];
 * planFor(assessment, plans)?.id; // 'riverbend-plan-2026'
 * ```
 */
export function planFor(
  assessment: Assessment,
  plans: readonly ActionPlan[],
): ActionPlan | undefined {
  const named = plans.find((p) => p.assessmentIds?.includes(assessment.id) === true);
  if (named !== undefined) return named;
  return plans.length === 1 && (plans[0]!.assessmentIds?.length ?? 0) === 0 ? plans[0] : undefined;
}

/**
 * Builds the improvement sections of a report, one per scored assessment: next steps (with the
 * assessment's action plan, see {@link planFor}) and a roadmap toward `target` (points when the
 * framework has points, else a mean item percent), or toward {@link defaultRoadmapTarget}.
 *
 * @example
 * ```ts
 * declare const sections: readonly AssessmentSection[];
 * const improvement = improvementSections(sections, [assessment], [], [], { target: 400 });
 * ```
 */
export function improvementSections(
  sections: readonly AssessmentSection[],
  assessments: readonly Assessment[],
  plans: readonly ActionPlan[],
  guidelines: readonly ScoringGuidelines[],
  options: { readonly target?: number } = {},
): ImprovementSection[] {
  return sections.flatMap((section) => {
    const assessment = assessments.find((a) => a.id === section.id);
    if (assessment === undefined) return [];
    const plan = planFor(assessment, plans);
    const card = section.scorecard;
    const steps = nextSteps(assessment, card, plan === undefined ? {} : { plan });
    let targetNote: string | null = null;
    let lines: readonly string[] = [];
    // No roadmap for a scorecard that counts no item (a Level 1 Profile review).
    if (card !== null && card.total.status === 'counted') {
      const used = guidelines.find((g) => g.id === card.guidelines.id) ?? baldrigeScoringGuidelines;
      const given = options.target;
      const target: RoadmapTarget | null =
        given === undefined
          ? defaultRoadmapTarget(card, used)
          : card.points.available
            ? { points: given }
            : { averagePercent: given };
      if (target === null)
        targetNote = 'No default target for this scorecard: give one with --target.';
      else {
        targetNote =
          given !== undefined
            ? 'Target given with --target.'
            : card.points.available
              ? 'Default target: the process and results totals could each reach their next band (the sum of the next bands\u2019 lower bounds); set another with --target.'
              : 'Default target: the next range above the mean item percent (the framework publishes no points); set another with --target.';
        lines = roadmapSentences(roadmap(card, { target, assessment, guidelines: used }));
      }
    }
    return [
      {
        assessmentId: assessment.id,
        name: section.name,
        planId: plan?.id ?? null,
        steps,
        targetNote,
        roadmap: lines,
      },
    ];
  });
}

/**
 * The action plans of a report folder (none until action plans are a document kind the folder
 * reader groups).
 *
 * @example
 * ```ts
 * declare const docs: GroupedDocuments;
 * actionPlansOf(docs).length; // 1 with the Riverbend action plan
 * ```
 */
export function actionPlansOf(docs: GroupedDocuments): readonly ActionPlan[] {
  return docs['action-plan'];
}

const ORDERING =
  'Each phase raises items one range, largest points per range step first, high-priority opportunities first on a tie (a choice: the framework defines no order).';

function planLine(section: ImprovementSection): string {
  return section.planId === null
    ? 'No action plan in the folder answers this assessment.'
    : `Open actions of action plan ${section.planId}.`;
}

/** The headline of the opportunities and of the open actions, from `nextStepsSentences`. */
function headlines(steps: NextSteps): { steps: string; actions: string } {
  const lines = nextStepsSentences(steps);
  return { steps: lines[0] ?? '', actions: lines[1 + steps.opportunities.length] ?? '' };
}

/**
 * The "Next steps" and "Roadmap" sections in Markdown (lines, blank lines between blocks).
 *
 * @example
 * ```ts
 * declare const section: ImprovementSection;
 * improvementMarkdown(section)[0]; // '## Next steps: Riverbend 2026 baseline'
 * ```
 */
export function improvementMarkdown(section: ImprovementSection): string[] {
  const out = [`## Next steps: ${markdownText(section.name)}`, ''];
  const head = headlines(section.steps);
  out.push(markdownText(head.steps), '');
  if (section.steps.opportunities.length > 0) {
    for (const step of section.steps.opportunities)
      out.push(`- ${markdownText(nextStepOpportunitySentence(step))}`);
    out.push('');
  }
  out.push(`${markdownText(planLine(section))} ${markdownText(head.actions)}`, '');
  if (section.steps.openActions.length > 0) {
    for (const action of section.steps.openActions)
      out.push(`- ${markdownText(nextStepActionSentence(action))}`);
    out.push('');
  }
  if (section.targetNote !== null) {
    out.push(`## Roadmap: ${markdownText(section.name)}`, '');
    out.push(`${markdownText(section.targetNote)} ${markdownText(ORDERING)}`, '');
    for (const line of section.roadmap) out.push(`- ${markdownText(line)}`);
    if (section.roadmap.length > 0) out.push('');
  }
  return out;
}

/**
 * The "Next steps" and "Roadmap" sections in HTML: `<section>` cards with their table-of-contents
 * entries (ids `section-next-steps-<n>` and `section-roadmap-<n>`).
 *
 * @example
 * ```ts
 * declare const section: ImprovementSection;
 * const { sections, toc } = improvementHtml(section, 0);
 * ```
 */
export function improvementHtml(
  section: ImprovementSection,
  index: number,
): { sections: string[]; toc: { id: string; label: string }[] } {
  const list = (lines: readonly string[]): string =>
    lines.length === 0 ? '' : `<ul>\n${lines.map((l) => `<li>${e(l)}</li>`).join('\n')}\n</ul>`;
  const stepsId = `section-next-steps-${index}`;
  const head = headlines(section.steps);
  const sections = [
    `<section class="card" id="${stepsId}">
<h2>Next steps: ${e(section.name)}</h2>
<p>${e(head.steps)}</p>
${list(section.steps.opportunities.map(nextStepOpportunitySentence))}
<p>${e(planLine(section))} ${e(head.actions)}</p>
${list(section.steps.openActions.map(nextStepActionSentence))}
</section>`,
  ];
  const toc = [{ id: stepsId, label: `Next steps: ${section.name}` }];
  if (section.targetNote !== null) {
    const roadmapId = `section-roadmap-${index}`;
    sections.push(`<section class="card" id="${roadmapId}">
<h2>Roadmap: ${e(section.name)}</h2>
<p>${e(section.targetNote)} ${e(ORDERING)}</p>
${list(section.roadmap)}
</section>`);
    toc.push({ id: roadmapId, label: `Roadmap: ${section.name}` });
  }
  return { sections, toc };
}
