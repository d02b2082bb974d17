import type {
  IssueCode,
  IssueDataByCode,
  IssueOf,
  IssueSeverity,
  PathSegment,
  SourceLocation,
} from './issue.js';

/**
 * What a catalogue says about one code at run time: the severity its issues get unless the site
 * says otherwise, and its English message template. The template renders from the code's data
 * alone, so a locale catalogue keyed by the same codes can replace it; the data never depends on
 * rendered text.
 */
export interface IssueCodeSpec<D> {
  readonly severity: IssueSeverity;
  readonly message: (data: D) => string;
}

/** Specs keyed by code: one package's issue vocabulary. */
export type IssueCatalogue<C extends IssueCode> = {
  readonly [K in C]: IssueCodeSpec<IssueDataByCode[K]>;
};

/**
 * What one code means (one sentence) and example data for its message: a row of
 * `docs/issue-codes.md`. Kept beside the catalogue, in its own object, so that bundles leave it out.
 */
export interface IssueCodeDoc<D> {
  readonly meaning: string;
  readonly example: D;
}

/** Docs keyed by code, for every code of one package. */
export type IssueCodeDocs<C extends IssueCode> = {
  readonly [K in C]: IssueCodeDoc<IssueDataByCode[K]>;
};

/**
 * The input of a catalogue's `create`: the code, its data and where it was found. There is no
 * `message`: it is always rendered from the code and its data.
 */
export type CatalogueIssueInput<C extends IssueCode> = {
  readonly code: C;
  readonly path?: readonly PathSegment[];
  readonly severity?: IssueSeverity;
  readonly location?: SourceLocation;
} & IssueDataByCode[C];

/** A package's issue codes: its catalogue and the functions that create and render its issues. */
export interface IssueCodes<C extends IssueCode> {
  /** The package that declares these codes, for example `scoring`. */
  readonly packageName: string;
  readonly catalogue: IssueCatalogue<C>;
  /** The codes in declaration order. */
  readonly codes: readonly C[];
  /** True when `code` is one of these codes. */
  readonly has: (code: unknown) => code is C;
  /**
   * Builds an issue from its code and data, filling in `path` (`[]`), the code's default
   * severity and its message rendered from the data.
   */
  readonly create: <K extends C>(input: CatalogueIssueInput<K>) => IssueOf<K>;
  /** Renders the English message of one code's data. */
  readonly message: <K extends C>(data: { readonly code: K } & IssueDataByCode[K]) => string;
}

/**
 * Declares one package's issue codes: give the codes' data by declaration merging into
 * `IssueDataByCode`, then their specs here (and their meanings and examples in an
 * {@link IssueCodeDocs} object beside it). Returns the package's `create` and `message`.
 *
 * Never throws, and neither do `create` and `message`: a catalogue that is not an object counts
 * as empty, a code without a template gets a plain message, and input that cannot be read gives
 * an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * declare module '@community-excellence/schemas' {
 *   interface IssueDataByCode {
 *     approvals_missing: { readonly have: number };
 *   }
 * }
 * const reviewIssues = defineIssueCodes<'approvals_missing'>('review', {
 *   approvals_missing: {
 *     severity: 'error',
 *     message: (d) => `Two approvals are needed; ${d.have} given.`,
 *   },
 * });
 * reviewIssues.create({ code: 'approvals_missing', have: 1 }).message; // 'Two approvals are needed; 1 given.'
 * ```
 */
export function defineIssueCodes<C extends IssueCode>(
  packageName: string,
  catalogue: IssueCatalogue<C>,
): IssueCodes<C> {
  let specs: Partial<IssueCatalogue<C>> = {};
  let codes: C[] = [];
  try {
    if (typeof catalogue === 'object' && catalogue !== null) {
      codes = Object.keys(catalogue) as C[];
      specs = catalogue;
    }
  } catch {
    // A catalogue whose keys cannot be read (a Proxy) counts as empty.
  }
  const known = new Set<string>(codes);
  const spec = <K extends C>(code: K): IssueCodeSpec<IssueDataByCode[K]> | undefined =>
    known.has(code) ? (specs[code] as IssueCodeSpec<IssueDataByCode[K]>) : undefined;
  const message = <K extends C>(data: { readonly code: K } & IssueDataByCode[K]): string => {
    try {
      const template = spec(data.code)?.message;
      return typeof template === 'function' ? template(data) : fallbackMessage(data.code);
    } catch {
      return 'Invalid value.';
    }
  };
  const create = <K extends C>(input: CatalogueIssueInput<K>): IssueOf<K> => {
    try {
      const { path, severity, location, ...data } = input;
      const issue = {
        ...data,
        path: path ?? [],
        severity: severity ?? spec(input.code)?.severity ?? 'error',
        message: message(input as unknown as { readonly code: K } & IssueDataByCode[K]),
        ...(location === undefined ? {} : { location }),
      };
      return issue as unknown as IssueOf<K>;
    } catch (error) {
      return unexpectedShape(error) as unknown as IssueOf<K>;
    }
  };
  return {
    packageName,
    catalogue: specs as IssueCatalogue<C>,
    codes,
    has: (code: unknown): code is C => typeof code === 'string' && known.has(code),
    create,
    message,
  };
}

/** The message of a code that has no template in the catalogue. Never throws. */
function fallbackMessage(code: unknown): string {
  return typeof code === 'string' ? `Issue ${code}.` : 'Invalid value.';
}

/** The issue `create` answers when its input cannot be read. Never throws. */
function unexpectedShape(error: unknown): IssueOf<'unexpected_shape'> {
  let text = 'unknown error';
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    // keep the generic text
  }
  return {
    code: 'unexpected_shape',
    error: text,
    path: [],
    severity: 'error',
    message: `Input does not have the shape this function reads; validate it first (${text}).`,
  };
}
