export * from './score/index.js';
export * from './consensus/index.js';
export {
  scoringIssueCodes,
  scoringIssueDocs,
  type ScoringIssueCode,
  type ScoringIssueDataByCode,
} from './issue-codes.js';
