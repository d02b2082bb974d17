import type {
  Indicator,
  ValueCodecOptions,
  ValueCodecPresetName,
} from '@community-excellence/schemas';

/**
 * A test on one column of a row: the cell (trimmed) equals `equals`, or is one of `oneOf`.
 * `not: true` inverts the test.
 */
export interface RowCondition {
  readonly column: string;
  readonly equals?: string;
  readonly oneOf?: readonly string[];
  readonly not?: boolean;
}

/**
 * A constant text.
 */
export interface ConstantSource {
  readonly value: string;
}

/**
 * The text of one column, optionally translated through a code list (`{ '1': 'White' }`).
 * With a code list, a cell that is not in it is an `unknown_reference` error unless
 * `unknownCodes` is `'keep'`.
 */
export interface ColumnSource {
  readonly column: string;
  readonly codes?: Readonly<Record<string, string>>;
  readonly unknownCodes?: 'keep' | 'error';
}

/**
 * The texts of several columns joined with `separator` (default none), for example a state
 * and a county FIPS code into one five-digit code; optionally translated through a code list.
 */
export interface JoinedColumnsSource {
  readonly columns: readonly string[];
  readonly separator?: string;
  readonly codes?: Readonly<Record<string, string>>;
  readonly unknownCodes?: 'keep' | 'error';
}

/**
 * The value of the first case whose condition holds, otherwise `otherwise`.
 */
export interface CasesSource {
  readonly cases: readonly { readonly when: RowCondition; readonly value: string }[];
  readonly otherwise: string;
}

/**
 * Where a text field of an observation comes from: a constant, a column, joined columns or
 * cases on the row.
 */
export type FieldSource = ConstantSource | ColumnSource | JoinedColumnsSource | CasesSource;

/**
 * The columns that hold one observation's numbers: the value token (read with the value
 * codec) and optionally the confidence interval, numerator, denominator and quality flag.
 */
export interface MeasureColumns {
  readonly value: string;
  readonly ciLow?: string;
  readonly ciHigh?: string;
  /** Confidence level of the interval as a fraction (`0.9`). */
  readonly ciLevel?: number;
  readonly numerator?: string;
  readonly denominator?: string;
  /** A column with `1`, `2`, `3` (read as numbers) or a source's own quality label. */
  readonly quality?: string;
}

/**
 * One observation per row and group. A **long** file (one row per subgroup) has one group
 * whose subgroup comes from columns; a **wide** file (one column group per subgroup) has one
 * group per subgroup with a constant subgroup and its own columns.
 *
 * @example
 * ```ts
 * const long: ImportGroup = { subgroup: { dimension: { value: 'race' }, value: { column: 'Race Ethnicity' } }, columns: { value: 'Data' } };
 * const wide: ImportGroup = { subgroup: { dimension: { value: 'race' }, value: { value: 'black' } }, columns: { value: 'v024black' } };
 * ```
 */
export interface ImportGroup {
  readonly subgroup: { readonly dimension: FieldSource; readonly value: FieldSource };
  readonly columns: MeasureColumns;
  /** Overrides the mapping's `indicatorId` for this group. */
  readonly indicatorId?: FieldSource;
}

/**
 * Which value tokens a file uses: a shipped preset of the value codec and/or codec options
 * (options given here replace the preset's option of the same name).
 *
 * @example
 * ```ts
 * const values: ValueSpec = { preset: 'kidsCount' };
 * const custom: ValueSpec = { options: { suppressedTokens: [{ token: 'N<10', reason: 'small-n' }] } };
 * ```
 */
export interface ValueSpec {
  readonly preset?: ValueCodecPresetName;
  readonly options?: ValueCodecOptions;
}

/**
 * The plausibility check for values off by a factor (default 100) from their neighbours:
 * the other periods of the same indicator, place and subgroup. A value whose ratio to the
 * median of its series lies within `factor / tolerance .. factor * tolerance` (either way)
 * is flagged with a warning; nothing is changed.
 */
export interface ScaleCheckSpec {
  /** The suspicious factor. Default 100. */
  readonly factor?: number;
  /** How far from the factor a ratio may be (multiplicative). Default 3 (so 33..300 for 100). */
  readonly tolerance?: number;
  /** The fewest exact values a series needs before it is checked. Default 3. */
  readonly minSeries?: number;
}

/**
 * How the columns of a file become observation rows: a plain, JSON-serializable object
 * (validate it with {@link validateImportMapping}). See `docs/importing.md`.
 */
export interface ImportMapping {
  /** The mapping's id; also the default id of the observation set. */
  readonly id: string;
  readonly name?: string;
  readonly description?: string;
  /** The source named in the observation set. */
  readonly source?: string;
  /** Citation lines the observation set must carry. */
  readonly citations?: readonly string[];
  /** Field delimiter. Default `,`. */
  readonly delimiter?: string;
  /**
   * For a header name the file has in several columns: which occurrence (1-based) every
   * reference to that name reads, for example `{ Value: 2 }` for the second `Value` column.
   * Reading a duplicated name without it is a `mapping_column_ambiguous` error.
   */
  readonly columnOccurrences?: Readonly<Record<string, number>>;
  /** Indicators the rows measure: put into the set and used for unit checks. */
  readonly indicators?: readonly Indicator[];
  readonly indicatorId: FieldSource;
  readonly place: {
    readonly code: FieldSource;
    readonly name?: FieldSource;
    readonly scheme?: FieldSource;
    readonly level: FieldSource;
  };
  readonly period: {
    readonly label: FieldSource;
    readonly start?: FieldSource;
    readonly end?: FieldSource;
  };
  readonly groups: readonly ImportGroup[];
  /** Value tokens. Default: the codec's defaults. */
  readonly values?: ValueSpec;
  /** Rows are imported only when every condition holds. */
  readonly include?: readonly RowCondition[];
  /** Rows are skipped when any condition holds. */
  readonly exclude?: readonly RowCondition[];
  /** Decode HTML entities (`&amp;`) in text fields. Default `true`. */
  readonly decodeEntities?: boolean;
  /** The factor-100 plausibility check; `false` turns it off. Default on with the defaults of {@link ScaleCheckSpec}. */
  readonly scaleCheck?: ScaleCheckSpec | false;
}
