/** One package entry point: its import specifier, source file and report file (absolute paths). */
export interface EntryPoint {
  readonly specifier: string;
  readonly source: string;
  readonly report: string;
}

/** One export of an entry point: its name and kind (`function`, `value`, `type`, ...). */
export interface ExportedName {
  readonly name: string;
  readonly kind: string;
}

/** Every package entry point, from the package.json `exports` maps. */
export function listEntryPoints(): EntryPoint[];
/** The exports of each entry point, by name and kind, sorted by name. */
export function collectExports(
  entries?: readonly EntryPoint[],
): (EntryPoint & { readonly exports: ExportedName[] })[];
/** The text of one entry point's report. */
export function renderReport(entry: EntryPoint & { readonly exports: ExportedName[] }): string;
/** Every report as it should be; `path` is relative to the repository root. */
export function renderApiReports(): { readonly path: string; readonly text: string }[];
