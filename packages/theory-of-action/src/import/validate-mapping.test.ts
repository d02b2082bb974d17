import { describe, expect, it } from 'vitest';
import { builtInMappings, validateImportMapping, type ImportMapping } from './index.js';

const minimal: ImportMapping = {
  id: 'm',
  indicatorId: { value: 'i' },
  place: { code: { column: 'Location' }, level: { value: 'district' } },
  period: { label: { column: 'TimeFrame' } },
  groups: [
    {
      subgroup: { dimension: { value: 'all' }, value: { value: 'all' } },
      columns: { value: 'Data' },
    },
  ],
};

describe('validateImportMapping', () => {
  it.each(Object.entries(builtInMappings))(
    'the built-in mapping %s is valid and survives JSON',
    (_name, mapping) => {
      const result = validateImportMapping(JSON.parse(JSON.stringify(mapping)));
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toEqual(mapping);
    },
  );

  it('accepts a minimal mapping', () => {
    expect(validateImportMapping(minimal).ok).toBe(true);
  });

  it('reports every problem with its path', () => {
    const result = validateImportMapping({
      ...minimal,
      id: '',
      extra: 1,
      place: { code: { colum: 'Location' }, level: { value: 'district' } },
      groups: [
        {
          subgroup: { dimension: { value: 'all' }, value: { value: 'all' } },
          columns: { value: 'Data', ciLow: 'lo', ciLevel: 90 },
        },
      ],
      values: { preset: 'nope', options: { decimalSeparator: ',', groupSeparator: ',' } },
      include: [{ column: 'x' }],
      scaleCheck: { factor: 0 },
    });
    expect(result.ok).toBe(false);
    const found = result.issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['too_small', 'id'],
        ['unrecognized_key', ''],
        ['invalid_union', 'place.code'],
        ['mapping_interval_incomplete', 'groups.0.columns'],
        ['too_big', 'groups.0.columns.ciLevel'],
        ['invalid_value', 'values.preset'],
        ['mapping_condition_ambiguous', 'include.0'],
        ['too_small', 'scaleCheck.factor'],
      ]),
    );
  });

  it('reports contradictory codec options', () => {
    const result = validateImportMapping({
      ...minimal,
      values: { options: { decimalSeparator: ',', groupSeparator: ',' } },
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'mapping_value_options_contradictory',
        path: ['values', 'options'],
      }),
    ]);
  });

  it('checks the indicators it carries', () => {
    const result = validateImportMapping({ ...minimal, indicators: [{ id: 'i', name: 'I' }] });
    expect(result.ok).toBe(false);
    expect(result.issues.every((issue) => issue.path[0] === 'indicators')).toBe(true);
  });

  it('refuses prototype-polluting keys and non-objects without throwing', () => {
    expect(validateImportMapping(JSON.parse('{"__proto__": {"x": 1}}')).issues).toEqual([
      expect.objectContaining({ code: 'forbidden_key' }),
    ]);
    for (const input of [null, 1, 'x', [], undefined])
      expect(validateImportMapping(input).ok).toBe(false);
  });

  it('checks columnOccurrences: whole numbers from 1, by column name', () => {
    expect(validateImportMapping({ ...minimal, columnOccurrences: { Data: 2 } }).ok).toBe(true);
    const result = validateImportMapping({
      ...minimal,
      columnOccurrences: { Data: 0, Value: 1.5, Note: '2' },
    });
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'columnOccurrences.Data'],
      ['too_small', 'columnOccurrences.Value'],
      ['invalid_type', 'columnOccurrences.Note'],
    ]);
    expect(
      validateImportMapping({ ...minimal, columnOccurrences: ['Data'] }).issues.map((i) => [
        i.code,
        i.path.join('.'),
      ]),
    ).toEqual([['invalid_type', 'columnOccurrences']]);
  });
});
