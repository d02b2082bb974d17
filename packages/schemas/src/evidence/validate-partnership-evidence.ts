import { checkNotBefore } from '../community/date-order.js';
import { checkReference, idEntries, indexIds, type IdIndex } from '../community/id-index.js';
import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { PartnershipEvidenceSchema, type PartnershipEvidence } from './partnership-evidence.js';
import { errorIssue } from '../error-issue.js';

type DatedFact = { readonly date: string | undefined; readonly path: readonly PathSegment[] };

/** Dates of things that happened: they should not lie after the document's `asOf`. */
const eventDates = (doc: PartnershipEvidence): DatedFact[] => {
  const out: DatedFact[] = [];
  const add = (date: string | undefined, path: readonly PathSegment[]): void => {
    if (date !== undefined) out.push({ date, path });
  };
  add(doc.leadershipTable?.charter?.date, ['leadershipTable', 'charter', 'date']);
  add(doc.accountabilityStructure?.document?.date, ['accountabilityStructure', 'document', 'date']);
  add(doc.sharedVision?.adoptedOn, ['sharedVision', 'adoptedOn']);
  doc.outcomes?.forEach((o, i) => add(o.chosenOn, ['outcomes', i, 'chosenOn']));
  doc.reportCards?.forEach((r, i) => add(r.publishedOn, ['reportCards', i, 'publishedOn']));
  doc.actionNetworks?.forEach((n, i) => add(n.charterDate, ['actionNetworks', i, 'charterDate']));
  doc.dataAgreements?.forEach((a, i) => add(a.signedOn, ['dataAgreements', i, 'signedOn']));
  doc.engagementEvents?.forEach((e, i) => add(e.date, ['engagementEvents', i, 'date']));
  doc.policyChanges?.forEach((p, i) => add(p.adoptedOn, ['policyChanges', i, 'adoptedOn']));
  doc.evidence?.forEach((e, i) => add(e.date, ['evidence', i, 'date']));
  return out;
};

const checkAll = (
  index: IdIndex,
  ids: readonly string[] | undefined,
  target: string,
  path: readonly PathSegment[],
  issues: Issue[],
): void => {
  ids?.forEach((id, at) => checkReference(index, id, target, [...path, at], issues));
};

/**
 * The semantic checks of structurally valid partnership evidence:
 * - ids are unique across all id-carrying items (partners, roles, work groups, outcomes,
 *   report cards, action networks, funding, data agreements, engagement events, policy
 *   changes, evidence items): `duplicate_id`;
 * - references resolve: organization ids to `partners`, outcome ids to `outcomes`,
 *   `evidence[].relatesTo` to any id of the document, and an outcome target's `indicatorId` to
 *   that outcome's core or contributing indicator ids: `unknown_reference`;
 * - action ids are unique across the action networks (`duplicate_id`), and an action's origin,
 *   when given, is `action-network` naming the network that lists it: `origin_mismatch`;
 * - a data agreement expires on or after it is signed and a funding period ends on or
 *   after it starts: `out_of_order` (error);
 * - dated events (adoption, publication, charter, signature, event and claim dates) do not
 *   lie after `asOf`: `out_of_order` warning at `['asOf']`.
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * checkPartnershipEvidence(evidence); // [] when consistent
 * ```
 */
export function checkPartnershipEvidence(doc: PartnershipEvidence): Issue[] {
  try {
    return checkPartnershipEvidenceUnchecked(doc);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkPartnershipEvidenceUnchecked(doc: PartnershipEvidence): Issue[] {
  const issues: Issue[] = [];
  const structure = doc.accountabilityStructure;
  const all = indexIds(
    [
      ...idEntries(doc.partners, ['partners']),
      ...idEntries(structure?.roles, ['accountabilityStructure', 'roles']),
      ...idEntries(structure?.workGroups, ['accountabilityStructure', 'workGroups']),
      ...idEntries(doc.outcomes, ['outcomes']),
      ...idEntries(doc.reportCards, ['reportCards']),
      ...idEntries(doc.actionNetworks, ['actionNetworks']),
      ...idEntries(doc.funding, ['funding']),
      ...idEntries(doc.dataAgreements, ['dataAgreements']),
      ...idEntries(doc.engagementEvents, ['engagementEvents']),
      ...idEntries(doc.policyChanges, ['policyChanges']),
      ...idEntries(doc.evidence, ['evidence']),
    ],
    issues,
  );
  const partners = indexIds(idEntries(doc.partners, ['partners']), []);
  const outcomes = indexIds(idEntries(doc.outcomes, ['outcomes']), []);
  const ORG = 'partner';
  const OUTCOME = 'outcome';

  checkAll(
    partners,
    doc.leadershipTable?.memberOrganizationIds,
    ORG,
    ['leadershipTable', 'memberOrganizationIds'],
    issues,
  );
  structure?.roles?.forEach((role, i) =>
    checkReference(
      partners,
      role.organizationId,
      ORG,
      ['accountabilityStructure', 'roles', i, 'organizationId'],
      issues,
    ),
  );
  structure?.workGroups?.forEach((group, i) => {
    const path = ['accountabilityStructure', 'workGroups', i];
    checkReference(
      partners,
      group.leadOrganizationId,
      ORG,
      [...path, 'leadOrganizationId'],
      issues,
    );
    checkAll(outcomes, group.outcomeIds, OUTCOME, [...path, 'outcomeIds'], issues);
  });
  doc.outcomes?.forEach((outcome, i) => {
    if (outcome.targets === undefined) return;
    const indicators = indexIds(
      [...(outcome.coreIndicatorIds ?? []), ...(outcome.contributingIndicatorIds ?? [])].map(
        (id) => ({ id, path: [] }),
      ),
      [],
    );
    outcome.targets.forEach((target, t) =>
      checkReference(
        indicators,
        target.indicatorId,
        `indicator of outcome ${outcome.id}`,
        ['outcomes', i, 'targets', t, 'indicatorId'],
        issues,
      ),
    );
  });
  doc.reportCards?.forEach((card, i) =>
    checkAll(outcomes, card.outcomeIds, OUTCOME, ['reportCards', i, 'outcomeIds'], issues),
  );
  doc.actionNetworks?.forEach((network, i) => {
    checkReference(
      outcomes,
      network.focusOutcomeId,
      OUTCOME,
      ['actionNetworks', i, 'focusOutcomeId'],
      issues,
    );
    network.members?.forEach((member, m) =>
      checkReference(
        partners,
        member.organizationId,
        ORG,
        ['actionNetworks', i, 'members', m, 'organizationId'],
        issues,
      ),
    );
    network.actions?.forEach((action, a) => {
      const path = ['actionNetworks', i, 'actions', a];
      const origin = action.origin;
      if (origin === undefined) return;
      if (origin.type !== 'action-network')
        issues.push(
          createIssue({
            code: 'origin_mismatch',
            path: [...path, 'origin', 'type'],
            expected: 'action-network',
            found: origin.type,
          }),
        );
      else if (origin.actionNetworkId !== network.id)
        issues.push(
          createIssue({
            code: 'origin_mismatch',
            path: [...path, 'origin', 'actionNetworkId'],
            expected: network.id,
            found: origin.actionNetworkId,
          }),
        );
    });
  });
  // Network actions have their own id namespace: they roll up with the community's action plan.
  indexIds(
    (doc.actionNetworks ?? []).flatMap((network, i) =>
      idEntries(network.actions, ['actionNetworks', i, 'actions']),
    ),
    issues,
  );
  checkAll(
    partners,
    doc.anchorEntity?.organizationIds,
    ORG,
    ['anchorEntity', 'organizationIds'],
    issues,
  );
  doc.funding?.forEach((fund, i) => {
    checkReference(partners, fund.funderId, ORG, ['funding', i, 'funderId'], issues);
    checkNotBefore(
      fund.endsOn,
      ['funding', i, 'endsOn'],
      fund.startsOn,
      ['funding', i, 'startsOn'],
      issues,
    );
  });
  doc.dataAgreements?.forEach((agreement, i) => {
    checkAll(partners, agreement.partyIds, ORG, ['dataAgreements', i, 'partyIds'], issues);
    checkNotBefore(
      agreement.expiresOn,
      ['dataAgreements', i, 'expiresOn'],
      agreement.signedOn,
      ['dataAgreements', i, 'signedOn'],
      issues,
    );
  });
  doc.policyChanges?.forEach((change, i) => {
    checkReference(
      partners,
      change.organizationId,
      ORG,
      ['policyChanges', i, 'organizationId'],
      issues,
    );
    checkAll(outcomes, change.outcomeIds, OUTCOME, ['policyChanges', i, 'outcomeIds'], issues);
  });
  doc.evidence?.forEach((item, i) =>
    checkAll(all, item.relatesTo, 'evidence item', ['evidence', i, 'relatesTo'], issues),
  );

  for (const fact of eventDates(doc))
    checkNotBefore(doc.asOf, ['asOf'], fact.date, fact.path, issues, 'warning');
  return issues;
}

/**
 * Validates unknown input as a partnership-evidence document: forbidden keys, format
 * version, structure ({@link PartnershipEvidenceSchema}), then
 * {@link checkPartnershipEvidence}. Never throws.
 *
 * @example
 * ```ts
 * const result = validatePartnershipEvidence(JSON.parse(text));
 * if (result.ok) runBenchmarks(result.value);
 * ```
 */
export function validatePartnershipEvidence(input: unknown): ValidationResult<PartnershipEvidence> {
  return validateWithSchema(PartnershipEvidenceSchema, input, {
    kind: 'partnership-evidence',
    formatVersions: [1],
    check: checkPartnershipEvidence,
  });
}
