import { optionsOf } from '../options-of.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { checkRecognition, type RecognitionCheckOptions } from './check-recognition.js';
import { RecognitionSchema, type Recognition } from './recognition.js';

/**
 * Validates unknown input as a recognition document: forbidden keys, format version, structure
 * ({@link RecognitionSchema}), then {@link checkRecognition} (with `options.levels`, the
 * framework's scopes, the level rule too). Never throws.
 *
 * @example
 * ```ts
 * import { coeCommunity2024 } from '@community-excellence/schemas/data';
 * const result = validateRecognition(input, { levels: coeCommunity2024.scopes ?? [] });
 * if (!result.ok) console.log(result.issues.map((i) => i.code)); // e.g. ['level_prerequisite_missing']
 * ```
 */
export function validateRecognition(
  input: unknown,
  options: RecognitionCheckOptions = {},
): ValidationResult<Recognition> {
  options = optionsOf(options);
  return validateWithSchema(RecognitionSchema, input, {
    kind: 'recognition',
    formatVersions: [1],
    check: (doc) => checkRecognition(doc, options),
  });
}
