import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score/score-assessment.js';
import type { BandAssignment, Scorecard } from '../score/scorecard.js';
import { describeBand, describeMaturityStage } from './explain-band.js';

const riverbend = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../examples/riverbend/assessment.json', import.meta.url)),
    'utf8',
  ),
) as Assessment;
const scored = scoreAssessment(riverbend, coeBaldrigeDerivedPoints);
if (!scored.ok) throw new Error('the Riverbend example must score');
const card: Scorecard = scored.scorecard;

const INFERRED_BANDS =
  'is inferred data [inferred]: band bounds are from recollection, not from the NIST Scoring Band Descriptors; replace them when you have the source; read it as indicative.';

describe('describeBand', () => {
  it('explains Riverbend\u2019s process band 2 of 8 (170 of 550) with the next band and its inferred status', () => {
    const band = describeBand(card.bands.process);
    expect(band).toMatchObject({
      band: 2,
      bandCount: 8,
      lower: 151,
      upper: 201,
      confidence: 'inferred',
    });
    expect(band.next).toEqual({
      band: 3,
      lower: 201,
      description: 'Effective basic approaches in some areas.',
    });
    expect(band.sentence).toBe(
      `Process band 2 of 8 (151 to under 201 of 550 points) means early systematic approaches to the basic questions. The next band, 3, starts at 201 points: effective basic approaches in some areas. The process band table ${INFERRED_BANDS}`,
    );
  });

  it('explains Riverbend\u2019s results band 1 of 8 (108 of 450)', () => {
    expect(describeBand(card.bands.results).sentence).toBe(
      `Results band 1 of 8 (0 to under 126 of 450 points) means few or no results. The next band, 2, starts at 126 points: early results. The results band table ${INFERRED_BANDS}`,
    );
  });

  it('says when a band is the top band, and leaves out the certainty sentence for verified data', () => {
    const top: BandAssignment = {
      ...card.bands.process,
      band: 8,
      lower: 481,
      upper: 550,
      description: 'Role-model, fully integrated approaches.',
      confidence: 'verified',
      note: null,
    };
    expect(describeBand(top).sentence).toBe(
      'Process band 8 of 8 (481 to 550 of 550 points) means role-model, fully integrated approaches. It is the top band.',
    );
  });

  it('says why there is no band when the band is refused', () => {
    const refused: BandAssignment = {
      ...card.bands.process,
      status: 'refused',
      band: null,
      reason: 'Bands are defined on the full 550-point process scale.',
    };
    expect(describeBand(refused).sentence).toBe(
      'Process band: none. Bands are defined on the full 550-point process scale.',
    );
  });

  it('never throws', () => {
    expect(describeBand(null as never).sentence).toBe(
      'No band: the band assignment could not be read.',
    );
  });
});

describe('describeMaturityStage', () => {
  it('explains Riverbend\u2019s stage, its span and its inferred status', () => {
    const stage = describeMaturityStage(card.maturity.process);
    expect(stage).toMatchObject({
      name: 'Early Systematic Approaches',
      minPercent: 30,
      maxPercent: 45,
      confidence: 'inferred',
    });
    // 170 of 550 = 30.909...%
    expect(stage.sentence).toBe(
      'Process maturity stage Early Systematic Approaches (the process total is 30.9% of its maximum), the stage for 30-45%, means: repeatable processes emerge with some evaluation; early coordination between units. The maturity stage table is inferred data [inferred]: the stage names and spans are inferred, not a published table; read it as indicative.',
    );
  });

  it('says why there is no stage, and never throws', () => {
    expect(
      describeMaturityStage({
        appliedTo: 'process-total-percent',
        status: 'unavailable',
        stage: null,
        basis: null,
        reason: 'The process maximum is 0.',
      }).sentence,
    ).toBe('Process maturity stage: none. The process maximum is 0.');
    expect(describeMaturityStage(undefined as never).sentence).toBe(
      'No maturity stage: the assignment could not be read.',
    );
  });
});
