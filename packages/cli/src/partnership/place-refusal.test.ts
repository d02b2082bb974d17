import { readFileSync } from 'node:fs';
import type { PartnershipEvidence } from '@community-excellence/schemas';
import { analyzeOutcomes } from '@community-excellence/theory-of-action/outcomes';
import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';
import { describe, expect, it } from 'vitest';
import { placeRefusal } from './place-refusal.js';
import { referenceWarnings } from './reference-check.js';

// County Health Rankings' children in poverty by race: every US county, its state and the nation.
const mapping = builtInMappings['chrr-v024-children-in-poverty'];
const file = new URL(
  '../../../../../shared/data/county-health-rankings/v024_subgroup_how.csv',
  import.meta.url,
);
const imported = importCsv(readFileSync(file, 'utf8'), mapping, { file: 'v024_subgroup_how.csv' });
const input = {
  indicators: mapping.indicators ?? [],
  observations: imported.set?.observations ?? [],
};
const evidence = JSON.parse(
  readFileSync(
    new URL('../../../../examples/riverbend/partnership-evidence.json', import.meta.url),
    'utf8',
  ),
) as PartnershipEvidence;

describe('placeRefusal on a real file of many places', () => {
  it('refuses with the candidates and their row counts, and a hint naming --place, when nothing chooses a place', () => {
    const refusal = placeRefusal(
      analyzeOutcomes({
        ...input,
        evidence: { ...evidence, geography: { name: 'Cincinnati area', type: 'county' } },
      }),
    );
    expect(refusal?.issue.code).toBe('place_ambiguous');
    expect(refusal?.message).toMatch(
      /^the outcome data hold 3152 candidate places and none is selected: county 01001 Autauga County \(5 rows\); .*; and 3142 more\. Choose one with the place option \(--place <code>\)/,
    );
    expect(refusal?.hint).toBe(
      "hint: choose the place with --place <code> (for example --place 01001; level:code when a code is used at several levels), or give the partnership evidence's geography the place's code (geography.codes).",
    );
  });

  it('refuses a --place the data do not hold, listing the places', () => {
    const refusal = placeRefusal(analyzeOutcomes(input, { place: { code: '99999' } }));
    expect(refusal?.issue.code).toBe('place_not_found');
    expect(refusal?.message).toMatch(
      /^the place 99999 is not in the outcome data; its places are: county 01001 Autauga County \(5 rows\);/,
    );
    expect(refusal?.hint).toBe(
      "hint: pass --place with one of the codes listed (for example --place 01001), or correct the code in the partnership evidence's geography.",
    );
  });

  it('does not refuse when --place or the evidence names the place, or when there is no outcome data', () => {
    const byOption = analyzeOutcomes(input, { place: { code: '39061' } });
    expect(byOption.place?.name).toBe('Hamilton County');
    expect(placeRefusal(byOption)).toBeNull();
    const byEvidence = analyzeOutcomes({
      ...input,
      evidence: {
        ...evidence,
        geography: {
          name: 'Cincinnati area',
          type: 'county',
          codes: [{ system: 'FIPS', value: '39061' }],
        },
      },
    });
    expect(byEvidence.place?.basis).toBe('evidence-code');
    expect(placeRefusal(byEvidence)).toBeNull();
    expect(placeRefusal(analyzeOutcomes({ indicators: [], observations: [] }))).toBeNull();
  });
});

describe('referenceWarnings', () => {
  const hamilton = analyzeOutcomes(input, { place: { code: '39061' } });

  it('warns about a group the dimension does not have, listing the groups it has', () => {
    // CHR&R's race groups are lower case: race=White is the typo a user makes.
    expect(referenceWarnings(hamilton, { race: 'White' })).toEqual([
      '--reference race=White: the data have no group "White" for race (did you mean race=white?); its groups are: aian, asian, black, hispanic, white. No gaps are measured for race.',
    ]);
    expect(referenceWarnings(hamilton, { race: 'Latino' })).toEqual([
      '--reference race=Latino: the data have no group "Latino" for race; its groups are: aian, asian, black, hispanic, white. No gaps are measured for race.',
    ]);
  });

  it('warns about a dimension the data at the place do not have', () => {
    expect(referenceWarnings(hamilton, { sex: 'Female', race: 'white' })).toEqual([
      '--reference sex=Female: the data at the analysed place have no dimension "sex"; their dimensions are: race. The choice has no effect.',
    ]);
  });

  it('is silent for groups the data have, without --reference, and without a place', () => {
    expect(referenceWarnings(hamilton, { race: 'white' })).toEqual([]);
    expect(referenceWarnings(hamilton, undefined)).toEqual([]);
    expect(referenceWarnings(analyzeOutcomes(input), { race: 'nobody' })).toEqual([]);
  });
});
