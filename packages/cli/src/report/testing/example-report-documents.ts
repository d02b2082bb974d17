import { validateDocumentSet } from '@community-excellence/schemas';
import { exampleDocuments } from '../../demo/example-documents.js';
import type { ReportDocument } from '../documents.js';

/**
 * The built-in Riverbend example as validated report documents, for tests.
 *
 * @example
 * ```ts
 * const model = buildReportModel({ documents: exampleReportDocuments() });
 * ```
 */
export function exampleReportDocuments(): ReportDocument[] {
  const set = validateDocumentSet(exampleDocuments.map((d) => d.json));
  if (!set.ok) throw new Error('the built-in example documents are invalid');
  return exampleDocuments.flatMap((d, index) => {
    const result = set.documents[index]?.result;
    return result?.ok === true ? [{ file: d.file, document: result.value }] : [];
  });
}
