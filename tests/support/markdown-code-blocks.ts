import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The comment that marks the next TypeScript block as a deliberate fragment: type-checked, not run. */
export const PARTIAL_MARKER = '<!-- docs:partial -->';

/** One ```ts (or ```typescript) block of a Markdown page. */
export interface MarkdownCodeBlock {
  /** The page, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** The 1-based line of the opening fence. */
  readonly line: number;
  /** The code between the fences, with the fence's indentation removed. */
  readonly code: string;
  /** True when {@link PARTIAL_MARKER} is the last non-blank line before the fence. */
  readonly partial: boolean;
}

const FENCE = /^( *)(`{3,}|~{3,})\s*([^\s`]*)/;
const TYPESCRIPT = new Set(['ts', 'typescript']);

/** The TypeScript blocks of one Markdown page, in page order. */
export function markdownCodeBlocks(markdown: string, file: string): MarkdownCodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: MarkdownCodeBlock[] = [];
  let lastNonBlank = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const open = FENCE.exec(line);
    if (open === null) {
      if (line.trim() !== '') lastNonBlank = line.trim();
      continue;
    }
    const indent = open[1]?.length ?? 0;
    const fence = open[2] ?? '```';
    const language = (open[3] ?? '').toLowerCase();
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const inner = lines[j] ?? '';
      const trimmed = inner.trimStart();
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '') break;
      body.push(inner.slice(Math.min(indent, inner.length - trimmed.length)));
    }
    if (TYPESCRIPT.has(language))
      blocks.push({
        file,
        line: i + 1,
        code: body.join('\n') + '\n',
        partial: lastNonBlank === PARTIAL_MARKER,
      });
    lastNonBlank = '';
    i = j;
  }
  return blocks;
}

/** The pages whose TypeScript blocks are checked: docs/*.md, the READMEs of the root, packages and examples. */
export function documentationPages(root: string): string[] {
  const markdownIn = (dir: string): string[] =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => (dir === '' ? name : `${dir}/${name}`))
      : [];
  const readmesIn = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${dir}/${entry.name}/README.md`)
      .filter((file) => existsSync(join(root, file)))
      .sort();
  return ['README.md', ...markdownIn('docs'), ...readmesIn('packages'), ...readmesIn('examples')];
}

/** Every TypeScript block of every documentation page. */
export function documentationCodeBlocks(root: string): MarkdownCodeBlock[] {
  return documentationPages(root).flatMap((file) =>
    markdownCodeBlocks(readFileSync(join(root, file), 'utf8'), file),
  );
}
