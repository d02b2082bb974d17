import { createIssue, type Issue } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { CommunitySchema, type Community } from './community.js';
import { checkReference, idEntries, indexIds } from './id-index.js';
import { errorIssue } from '../error-issue.js';

const otherSectorWarning = (path: readonly (string | number)[]): Issue =>
  createIssue({ code: 'sector_label_missing', path, severity: 'warning' });

/**
 * The semantic checks of a structurally valid community:
 * - ids are unique across partners, backbone organizations, group members and key
 *   factors (assets, challenges, advantages, success factors): `duplicate_id`. A backbone
 *   organization may reuse the id of a partner (it is the same organization listed twice);
 * - a member's `organizationId` names a partner or backbone organization, and the
 *   point of contact's `memberId` names a member: `unknown_reference`;
 * - population breakdown counts do not exceed the total of the same year:
 *   `inconsistent_counts`;
 * - sector `other` without a `sectorLabel`: `sector_label_missing` warning.
 *
 * The "at least one backbone organization" rule is structural (`too_small`).
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * const issues = checkCommunity(community); // [] when everything resolves
 * ```
 */
export function checkCommunity(community: Community): Issue[] {
  try {
    return checkCommunityUnchecked(community);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkCommunityUnchecked(community: Community): Issue[] {
  const issues: Issue[] = [];
  const partnerEntries = idEntries(community.partners, ['partners']);
  const partnerIds = new Set(partnerEntries.map((entry) => entry.id));
  // A backbone organization may also be listed as a partner under the same id: it is the same entity.
  const backboneEntries = idEntries(community.backbone.organizations, [
    'backbone',
    'organizations',
  ]);
  const members = community.excellenceGroup?.members ?? [];
  const memberEntries = idEntries(members, ['excellenceGroup', 'members']);
  indexIds(
    [
      ...partnerEntries,
      ...backboneEntries.filter((entry) => !partnerIds.has(entry.id)),
      ...memberEntries,
      ...idEntries(community.keyAssets, ['keyAssets']),
      ...idEntries(community.keyChallenges, ['keyChallenges']),
      ...idEntries(community.keyAdvantages, ['keyAdvantages']),
      ...idEntries(community.keySuccessFactors, ['keySuccessFactors']),
    ],
    issues,
  );
  // Repeats among backbone organizations are reported even when a partner shares the id.
  indexIds(
    backboneEntries.filter((entry) => partnerIds.has(entry.id)),
    issues,
  );
  const organizations = indexIds([...partnerEntries, ...backboneEntries], []);
  const memberIndex = indexIds(memberEntries, []);

  members.forEach((member, index) => {
    checkReference(
      organizations,
      member.organizationId,
      'organization',
      ['excellenceGroup', 'members', index, 'organizationId'],
      issues,
    );
    if (member.sector === 'other' && member.sectorLabel === undefined)
      issues.push(otherSectorWarning(['excellenceGroup', 'members', index, 'sectorLabel']));
  });
  (community.partners ?? []).forEach((partner, index) => {
    if (partner.sector === 'other' && partner.sectorLabel === undefined)
      issues.push(otherSectorWarning(['partners', index, 'sectorLabel']));
  });
  checkReference(
    memberIndex,
    community.backbone.pointOfContact?.memberId,
    'excellence group member',
    ['backbone', 'pointOfContact', 'memberId'],
    issues,
  );

  const population = community.population;
  population?.breakdowns?.forEach((group, index) => {
    const sameYear = group.year === undefined || group.year === population.year;
    if (sameYear && group.count !== undefined && group.count > population.total) {
      issues.push(
        createIssue({
          code: 'inconsistent_counts',
          path: ['population', 'breakdowns', index, 'count'],
          numerator: group.count,
          denominator: population.total,
        }),
      );
    }
  });
  return issues;
}

/**
 * Validates unknown input as a community document: forbidden keys, format version,
 * structure ({@link CommunitySchema}), then {@link checkCommunity}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateCommunity(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.code, issue.path);
 * ```
 */
export function validateCommunity(input: unknown): ValidationResult<Community> {
  return validateWithSchema(CommunitySchema, input, {
    kind: 'community',
    formatVersions: [1],
    check: checkCommunity,
  });
}
