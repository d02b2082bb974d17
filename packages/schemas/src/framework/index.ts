export { FrameworkCodeSchema, SourceKeySchema, type FrameworkCode } from './code.js';
export {
  FrameworkSubAreaSchema,
  FrameworkAreaSchema,
  ItemKindSchema,
  FrameworkItemSchema,
  FrameworkCategorySchema,
  ProfileSectionSchema,
  type FrameworkSubArea,
  type FrameworkArea,
  type ItemKind,
  type FrameworkItem,
  type FrameworkCategory,
  type ProfileSection,
} from './framework-parts.js';
export { FrameworkScopeSchema, type FrameworkScope } from './scope.js';
export {
  PointsStatusSchema,
  CoreValueSchema,
  FrameworkSourceSchema,
  FrameworkSchema,
  type PointsStatus,
  type CoreValue,
  type FrameworkSource,
  type Framework,
} from './framework.js';
export {
  listFrameworkCodes,
  type FrameworkCodeEntry,
  type FrameworkCodeType,
} from './framework-codes.js';
export { findItem, listScoredItems, itemsInScope } from './find-item.js';
export { checkFramework, validateFramework } from './validate-framework.js';
export { baldrige20232024 } from './baldrige-2023-2024.js';
export { coeCommunity2024, coeLevel2PreviousScope } from './coe-community.js';
export {
  BALDRIGE_DERIVED_LABEL,
  withBaldrigeDerivedPoints,
  coeBaldrigeDerivedPoints,
} from './coe-baldrige-derived-points.js';
export {
  RangeIdSchema,
  ScoringRangeSchema,
  ScoringBandSchema,
  BandTableSchema,
  MaturityStageSchema,
  EvaluationFactorSchema,
  ScoringGuidelinesSchema,
  type RangeId,
  type ScoringRange,
  type ScoringBand,
  type BandTable,
  type MaturityStage,
  type EvaluationFactor,
  type ScoringGuidelines,
} from './scoring-guidelines.js';
export {
  checkScoringGuidelines,
  validateScoringGuidelines,
} from './validate-scoring-guidelines.js';
export { rangeForPercent } from './range-for-percent.js';
export { parseRangeId } from './parse-range-id.js';
export { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
