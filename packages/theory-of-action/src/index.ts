export * from './metrics/index.js';
export * from './benchmarks/index.js';
export * from './import/index.js';
export {
  theoryOfActionIssueCodes,
  theoryOfActionIssueDocs,
  type TheoryOfActionIssueCode,
  type TheoryOfActionIssueDataByCode,
} from './issue-codes.js';
