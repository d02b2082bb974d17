import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInMappings } from '@community-excellence/theory-of-action/import';
import { describe, expect, it } from 'vitest';
import { builtInMappingNames, resolveMapping } from './resolve-mapping.js';
import { tempDirs } from '../testing/temp-dirs.js';

const tempDir = tempDirs('mapping');

describe('resolveMapping', () => {
  it('resolves every built-in name to its mapping', () => {
    expect(builtInMappingNames()).toHaveLength(16);
    expect(builtInMappingNames()).toEqual(Object.keys(builtInMappings).sort());
    for (const name of builtInMappingNames()) {
      const resolved = resolveMapping(name);
      expect(resolved).toEqual({
        ok: true,
        mapping: builtInMappings[name as keyof typeof builtInMappings],
        label: name,
        file: undefined,
        issues: [],
      });
    }
  });

  it('reads and checks a mapping file', () => {
    const dir = tempDir();
    const file = join(dir, 'grad.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(builtInMappings['co-graduation'])}`);
    const resolved = resolveMapping(file);
    expect(resolved.ok).toBe(true);
    if (resolved.ok) {
      expect(resolved.mapping).toEqual(
        JSON.parse(JSON.stringify(builtInMappings['co-graduation'])),
      );
      expect(resolved.label).toBe(file);
      expect(resolved.file).toBe(file);
    }
  });

  it('gives issues located in the file for malformed JSON and for a document that is not a mapping', () => {
    const dir = tempDir();
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{"id": "x",\n "groups": ]}');
    expect(resolveMapping(malformed)).toEqual({
      ok: false,
      reason: 'invalid',
      file: malformed,
      issues: [
        expect.objectContaining({
          code: 'invalid_format',
          location: { file: malformed, row: 2, column: 12 },
        }),
      ],
    });
    const wrong = join(dir, 'wrong.json');
    writeFileSync(
      wrong,
      JSON.stringify({ ...builtInMappings['co-graduation'], groups: 'Data', extra: true }),
    );
    const resolved = resolveMapping(wrong);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok && resolved.reason === 'invalid') {
      expect(resolved.issues.map((i) => [i.code, i.path, i.location?.file])).toEqual(
        expect.arrayContaining([
          ['unrecognized_key', [], wrong],
          ['invalid_type', ['groups'], wrong],
        ]),
      );
    }
    const forbidden = join(dir, 'proto.json');
    writeFileSync(forbidden, '{"__proto__": {"polluted": true}}');
    expect(resolveMapping(forbidden)).toMatchObject({
      ok: false,
      reason: 'invalid',
      file: forbidden,
    });
  });

  it('an unknown name is a usage error listing the built-in names; a missing or unreadable file is an I/O error', () => {
    const unknown = resolveMapping('edfacts');
    expect(unknown).toEqual({
      ok: false,
      reason: 'usage',
      message: `unknown mapping "edfacts": it is neither a built-in mapping nor a file. Built-in mappings: ${builtInMappingNames().join(', ')}`,
    });
    expect(resolveMapping('constructor')).toMatchObject({ ok: false, reason: 'usage' });
    const dir = tempDir();
    expect(resolveMapping(join(dir, 'missing.json'))).toMatchObject({
      ok: false,
      reason: 'io',
      message: expect.stringContaining(`mapping: cannot read ${join(dir, 'missing.json')}`),
    });
    expect(resolveMapping(dir)).toMatchObject({
      ok: false,
      reason: 'io',
      message: `mapping: cannot read ${dir}: it is a directory, not a file`,
    });
  });
});
