import type { Indicator, PartnershipEvidence } from '@community-excellence/schemas';

/**
 * The place a starter evidence document is written for: its code (as the data write it), the
 * coding scheme, a name and the level, when known.
 *
 * @example
 * ```ts
 * const place: StarterPlace = { code: '01001', scheme: 'fips', name: 'Autauga County', level: 'county' };
 * ```
 */
export interface StarterPlace {
  readonly code?: string;
  readonly scheme?: string;
  readonly name?: string;
  readonly level?: string;
}

/**
 * The marker that starts every placeholder text of a starter document.
 *
 * @example
 * ```ts
 * starterEvidence({ code: '08' }, [], '2026-05-01').name.startsWith(PLACEHOLDER); // true
 * ```
 */
export const PLACEHOLDER = 'TODO:';

type GeographyType = NonNullable<PartnershipEvidence['geography']>['type'];
const GEOGRAPHY_TYPES: Readonly<Record<string, GeographyType>> = {
  county: 'county',
  district: 'school-district',
  state: 'state',
  city: 'city',
  neighborhood: 'neighborhood',
  'zip-code': 'zip-codes',
  region: 'region',
  community: 'other',
  school: 'other',
  'census-tract': 'other',
  nation: 'other',
  other: 'other',
};

const slug = (text: string): string => {
  const s = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '')
    .join('-')
    .slice(0, 60);
  return s === '' ? 'place' : s;
};

/**
 * A starter partnership-evidence document for a place (`coe init evidence`): valid against the
 * schema, with the place's geography (name, type from the level, the code in its scheme, so that
 * the outcome analysis finds the place in the data) and one outcome commitment per outcome area
 * of the given indicators (their core and contributing indicator ids). Everything the data
 * cannot tell is a placeholder whose text starts with `TODO:` (the partnership's name), and the
 * notes list the sections to add for the theory-of-action check.
 *
 * @example
 * ```ts
 * const starter = starterEvidence({ code: '01001', scheme: 'fips', name: 'Autauga County', level: 'county' }, indicators, '2026-05-01');
 * starter.geography?.codes; // [{ system: 'fips', value: '01001' }]
 * ```
 */
export function starterEvidence(
  place: StarterPlace,
  indicators: readonly Indicator[],
  asOf: string,
): PartnershipEvidence {
  const name = place.name ?? `${PLACEHOLDER} name of the place ${place.code ?? ''}`.trim();
  const key = slug(place.name ?? place.code ?? 'place');
  const type = GEOGRAPHY_TYPES[place.level ?? 'other'] ?? 'other';
  const byArea = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const list = byArea.get(indicator.outcomeArea);
    if (list === undefined) byArea.set(indicator.outcomeArea, [indicator]);
    else list.push(indicator);
  }
  const outcomes: NonNullable<PartnershipEvidence['outcomes']> = [...byArea].map(([area, list]) => {
    const core = list.filter((i) => i.role === 'core').map((i) => i.id);
    const contributing = list.filter((i) => i.role !== 'core').map((i) => i.id);
    return {
      id: `out-${slug(area)}`,
      area: list[0]!.outcomeArea,
      label: list.map((i) => i.name).join('; '),
      ...(core.length === 0 ? {} : { coreIndicatorIds: core }),
      ...(contributing.length === 0 ? {} : { contributingIndicatorIds: contributing }),
    };
  });
  return {
    kind: 'partnership-evidence',
    formatVersion: 1,
    id: `${key}-evidence-${asOf}`,
    partnershipId: `${key}-partnership`,
    name: `${PLACEHOLDER} name of the partnership serving ${name}`,
    asOf,
    geography: {
      name,
      type,
      ...(type === 'other' && place.level !== undefined && place.level !== 'other'
        ? { typeLabel: place.level }
        : {}),
      ...(place.code === undefined
        ? {}
        : { codes: [{ system: place.scheme ?? 'code', value: place.code }] }),
    },
    ...(outcomes.length === 0 ? {} : { outcomes }),
    notes: `Starter written by coe init evidence. Every text that starts with "${PLACEHOLDER}" is a placeholder: replace it. The theory-of-action check judges what the partnership has in place: add leadershipTable, accountabilityStructure, sharedVision, reportCards, actionNetworks, dataAgreements, engagementEvents and evidence (see docs/theory-of-action.md and examples/riverbend/partnership-evidence.json). Check the outcomes: they list every outcome area of the data, with its indicators.`,
  };
}
