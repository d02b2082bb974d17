export * from './score/index.js';
export * from './consensus/index.js';
export {
  scoringIssueCodes,
  type ScoringIssueCode,
  type ScoringIssueDataByCode,
} from './issue-codes.js';
