export { shape, describeShape, type Shape, type ShapeFields } from './shape.js';
export { checkShape } from './check-shape.js';
export { isTimestamp } from './is-timestamp.js';
