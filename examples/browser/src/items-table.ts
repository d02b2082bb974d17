import {
  baldrigeScoringGuidelines,
  listScoredItems,
  rangeForPercent,
  type Assessment,
  type Framework,
} from '@community-excellence/schemas/data';
import type { ScoreResult } from '@community-excellence/scoring';
import { h } from './dom.js';
import { formatPoints } from './format.js';

/** The item table of the form: one percent input per scored item, and the points it earns. */
export interface ItemsTable {
  readonly element: HTMLTableElement;
  /** Shows what scoring the form's assessment gave: points per item, and errors next to their input. */
  show(assessment: Assessment, result: ScoreResult): void;
}

interface Row {
  readonly input: HTMLInputElement;
  readonly range: HTMLTableCellElement;
  readonly earned: HTMLTableCellElement;
  readonly error: HTMLElement;
}

/**
 * Builds the table. Typing a percent (a multiple of 5, or blank for "not scored yet") writes it
 * into `percents` and calls `onChange`.
 */
export function itemsTable(
  framework: Framework,
  percents: Map<string, number>,
  onChange: () => void,
): ItemsTable {
  const rows = new Map<string, Row>();
  const body = h('tbody');
  for (const category of framework.categories) {
    body.append(
      h(
        'tr',
        { class: 'category' },
        h('th', { colspan: '6', scope: 'colgroup' }, `${category.code}. ${category.name}`),
      ),
    );
    for (const item of category.items) {
      const value = percents.get(item.code);
      const input = h('input', {
        type: 'number',
        min: '0',
        max: '100',
        step: '5',
        inputmode: 'numeric',
        id: `percent-${item.code}`,
        'aria-label': `Percent for item ${item.code}`,
        value: value === undefined ? '' : String(value),
      });
      input.addEventListener('input', () => {
        if (input.value.trim() === '' || !Number.isFinite(input.valueAsNumber))
          percents.delete(item.code);
        else percents.set(item.code, input.valueAsNumber);
        onChange();
      });
      const row: Row = {
        input,
        range: h('td', { class: 'range' }),
        earned: h('td', { class: 'num earned' }),
        error: h('div', { class: 'error', role: 'alert' }),
      };
      rows.set(item.code, row);
      body.append(
        h(
          'tr',
          { 'data-item': item.code },
          h('th', { scope: 'row' }, item.code),
          h('td', {}, h('label', { for: input.id }, item.name), row.error),
          h('td', { class: 'num' }, item.points === null ? '—' : String(item.points)),
          h('td', { class: 'num' }, input),
          row.range,
          row.earned,
        ),
      );
    }
  }
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      ...['Item', 'Name', 'Max', 'Percent', 'Range', 'Points'].map((text) =>
        h('th', { scope: 'col' }, text),
      ),
    ),
  );

  return {
    element: h('table', { class: 'items' }, head, body),
    show(assessment, result) {
      const evaluated = assessment.reviews[0]?.items ?? [];
      for (const item of listScoredItems(framework)) {
        const row = rows.get(item.code);
        if (row === undefined) continue;
        const percent = percents.get(item.code);
        const scored = result.ok
          ? result.scorecard.items.find((i) => i.code === item.code)
          : undefined;
        row.range.textContent =
          percent === undefined
            ? ''
            : (rangeForPercent(baldrigeScoringGuidelines, percent)?.id ?? '?');
        row.earned.textContent = scored === undefined ? '' : formatPoints(scored.earned);
        // Errors point into the review: ['reviews', 0, 'items', k, 'percent'] is the k-th evaluation.
        const errors = result.issues.filter((issue) => {
          const k = issue.path[3];
          return (
            issue.severity === 'error' &&
            issue.path[0] === 'reviews' &&
            typeof k === 'number' &&
            evaluated[k]?.item === item.code
          );
        });
        row.error.textContent = errors.map((issue) => issue.message).join(' ');
        row.input.setAttribute('aria-invalid', String(errors.length > 0));
      }
    },
  };
}
