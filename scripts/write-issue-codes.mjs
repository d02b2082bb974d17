// Writes docs/issue-codes.md from the packages' issue-code catalogues (`pnpm docs:issue-codes`).
//
// The renderer is tests/support/issue-codes-page.ts. tests/issue-codes.test.ts fails when the file
// is out of date.
import { writeGeneratedPage } from './write-generated-page.mjs';

await writeGeneratedPage({
  page: 'docs/issue-codes.md',
  entry: 'tests/support/issue-codes-page.ts',
  render: 'renderIssueCodesPage',
});
