import { describe, expect, it } from 'vitest';
import type { IndicatorSet, ObservationSet } from '@community-excellence/schemas';
import { collectCitations, KNOWN_SOURCE_CITATIONS, parseCitationTable } from './citations.js';
import { groupDocuments } from './documents.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

const CHRR =
  'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';
const observationSet = (source: string | undefined, citations?: string[]): ObservationSet => ({
  kind: 'observation-set',
  formatVersion: 1,
  id: 'set',
  ...(source === undefined ? {} : { source }),
  ...(citations === undefined ? {} : { citations }),
  observations: [],
});

describe('KNOWN_SOURCE_CITATIONS', () => {
  it('carries the exact County Health Rankings line the data README requires', () => {
    expect(KNOWN_SOURCE_CITATIONS['county-health-rankings']?.lines).toEqual([CHRR]);
    expect(KNOWN_SOURCE_CITATIONS['county-health-rankings']?.required).toBe(true);
  });
});

describe('collectCitations', () => {
  it("keeps the Riverbend data book's own citation line", () => {
    const docs = groupDocuments(exampleReportDocuments());
    const citations = collectCitations(docs['observation-set'], docs['indicator-set']);
    expect(citations.datasets).toHaveLength(1);
    expect(citations.lines).toEqual([
      expect.stringContaining('Riverbend Thrives (2025). Riverbend Cradle-to-Career Data Book'),
    ]);
    expect(citations.sources).toEqual([]);
  });

  it('adds the County Health Rankings line when a source label names it, once', () => {
    const citations = collectCitations(
      [observationSet('County Health Rankings & Roadmaps 2025 (chrr_measure_calcs)', [CHRR])],
      [],
    );
    expect(citations.sources.map((s) => s.key)).toEqual(['county-health-rankings']);
    expect(citations.lines).toEqual([CHRR]);
  });

  it('finds sources in row and indicator labels, case-insensitively', () => {
    const set = observationSet(undefined);
    const withRow: ObservationSet = {
      ...set,
      observations: [
        {
          indicatorId: 'x',
          place: { code: '01', level: 'state' },
          period: { label: '2021-2022' },
          subgroup: { dimension: 'all', value: 'all' },
          value: { kind: 'exact', raw: '90', value: 90 },
          source: 'edfacts data group 695',
        },
      ],
    };
    const indicators: IndicatorSet = {
      kind: 'indicator-set',
      formatVersion: 1,
      id: 'i',
      indicators: [
        {
          id: 'x',
          name: 'X',
          outcomeArea: 'OTHER',
          unit: { type: 'percent' },
          direction: 'higher-is-better',
          role: 'core',
          source: 'Colorado KIDS COUNT',
        },
      ],
    };
    const citations = collectCitations([withRow], [indicators]);
    expect(citations.sources.map((s) => s.key)).toEqual(['edfacts', 'kids-count-colorado']);
    expect(citations.lines[0]).toBe(CHRR);
  });

  it('uses the table it is given, so users can add their own sources', () => {
    const table = {
      ...KNOWN_SOURCE_CITATIONS,
      survey: {
        name: 'Our survey',
        match: ['youth survey'],
        lines: ['Youth Survey 2024, Riverbend.'],
        required: true,
      },
    };
    expect(collectCitations([observationSet('Riverbend Youth Survey')], [], table).lines).toEqual([
      'Youth Survey 2024, Riverbend.',
    ]);
  });
});

describe('parseCitationTable', () => {
  it('accepts a table keyed by source', () => {
    const result = parseCitationTable({
      survey: { name: 'Survey', match: ['survey'], lines: ['Cite.'], required: false, note: 'n' },
    });
    expect(result).toEqual({
      ok: true,
      table: {
        survey: { name: 'Survey', match: ['survey'], lines: ['Cite.'], required: false, note: 'n' },
      },
    });
  });

  it('lists every problem instead of throwing', () => {
    expect(parseCitationTable([])).toEqual({
      ok: false,
      problems: ['the citation table must be a JSON object keyed by source'],
    });
    const result = parseCitationTable({
      a: { name: '', match: 'x', lines: [1], required: 'yes' },
      b: 3,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        'a.name: must be a non-empty string',
        'a.match: must be an array of strings',
        'a.lines: must be an array of strings',
        'a.required: must be true or false',
        'b: must be an object with name, match, lines and required',
      ]);
  });

  it('refuses a __proto__ key', () => {
    const result = parseCitationTable(
      JSON.parse('{"__proto__": {"name": "x", "match": [], "lines": [], "required": true}}'),
    );
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['name']).toBeUndefined();
  });
});
