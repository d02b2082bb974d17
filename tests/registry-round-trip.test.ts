import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES } from '../scripts/registry/consumer.mjs';
import {
  EXPECTED_FLOW,
  EXPECTED_JSON_SCHEMA_ID,
  expectedModuleSystem,
  runProblems,
} from '../scripts/registry/expected.mjs';
import {
  NODE_MAJORS,
  roundTrip,
  type ConsumerOutcome,
  type RoundTrip,
} from '../scripts/registry/round-trip.mjs';

// The packages where users install them: verdaccio on 127.0.0.1 (no uplinks, temporary storage),
// every public package published with `changeset publish` (the publish half of `pnpm release`),
// then fresh npm consumers on Node.js 20, 22 and 24 that use the packages as ESM, CommonJS,
// TypeScript (node16) and TypeScript (bundler), and run the installed executable. Needs `pnpm build`
// first (as `pnpm test` does) and the npm registry for the packages' own dependencies, TypeScript
// and the Node.js binaries. Everything lives in a temporary folder, deleted afterwards.
const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = [
  '@community-excellence/cli',
  '@community-excellence/cohorts',
  '@community-excellence/schemas',
  '@community-excellence/scoring',
  '@community-excellence/theory-of-action',
];

let tmp = '';
let trip: RoundTrip | undefined;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'community-excellence-registry-'));
  trip = await roundTrip({ root, tmp });
  // Installs and nine tsc runs take minutes on 2 cores; the limit only guards against a hang.
}, 3_600_000);

afterAll(async () => {
  await trip?.registry.stop();
  if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
});

function done(): RoundTrip {
  if (trip === undefined) throw new Error('the round trip did not run');
  return trip;
}

function consumer(major: number): ConsumerOutcome {
  const outcome = done().consumers.find((c) => c.major === major);
  if (outcome === undefined) throw new Error(`no consumer for Node.js ${major}`);
  return outcome;
}

const versionOf = (name: string): string => {
  const pkg = done().packages.find((p) => p.name === name);
  if (pkg === undefined) throw new Error(`${name} is not a workspace package`);
  return pkg.version;
};

describe('publishing with changeset publish to a local registry', () => {
  it('publishes every public workspace package', () => {
    const { packages, publish, published, registry } = done();
    expect(packages.map((p) => p.name)).toEqual(PACKAGES);
    expect(`${publish.stdout}\n${publish.stderr}`).toContain('packages published successfully');
    for (const { name, version } of packages) {
      const doc = published[name] as
        | {
            'dist-tags': Record<string, string>;
            versions: Record<string, { dist: { tarball: string } }>;
          }
        | undefined;
      expect(doc, name).toBeDefined();
      expect(doc?.['dist-tags']['latest'], name).toBe(version);
      expect(doc?.versions[version]?.dist.tarball.startsWith(registry.url), name).toBe(true);
    }
  });

  it('rewrites workspace:* dependencies to the published versions (all packages share one version)', () => {
    const { packages, published } = done();
    expect(new Set(packages.map((p) => p.version)).size).toBe(1);
    for (const { name, version } of packages) {
      const manifest = (
        published[name] as { versions: Record<string, { dependencies?: Record<string, string> }> }
      ).versions[version];
      const deps = Object.entries(manifest?.dependencies ?? {});
      expect(
        deps.filter(([, range]) => range.startsWith('workspace:')),
        name,
      ).toEqual([]);
      for (const [dep, range] of deps)
        if (dep.startsWith('@community-excellence/'))
          expect(range, `${name} -> ${dep}`).toBe(versionOf(dep));
    }
    const cli = (
      published['@community-excellence/cli'] as {
        versions: Record<string, { dependencies?: Record<string, string> }>;
      }
    ).versions[versionOf('@community-excellence/cli')];
    expect(
      Object.keys(cli?.dependencies ?? {})
        .filter((dep) => dep.startsWith('@community-excellence/'))
        .sort(),
    ).toEqual(PACKAGES.filter((p) => p !== '@community-excellence/cli'));
  });

  it('serves nothing but the project scope (no uplinks)', async () => {
    const response = await fetch(`${done().registry.url}zod`);
    expect(response.status).toBe(404);
  });
});

describe.each(NODE_MAJORS)('a fresh npm consumer on Node.js %i', (major) => {
  it(`has a Node.js ${major} binary`, () => {
    const outcome = consumer(major);
    expect(outcome.error).toBeUndefined();
    expect(outcome.node?.version.startsWith(`v${major}.`)).toBe(true);
  });

  it('installs the project scope from the local registry and its dependencies from the normal registry', () => {
    const { install } = consumer(major);
    const { published, registry } = done();
    expect(install).toBeDefined();
    for (const name of PACKAGES) {
      const entry = install?.lockEntries[name];
      const dist = (
        published[name] as { versions: Record<string, { dist: { integrity: string } }> }
      ).versions[versionOf(name)]?.dist;
      expect(entry?.version, name).toBe(versionOf(name));
      expect(
        entry?.resolved?.startsWith(registry.url),
        `${name} resolved from ${entry?.resolved}`,
      ).toBe(true);
      expect(entry?.integrity, name).toBe(dist?.integrity);
      const deps = Object.values(install?.installedManifests[name]?.dependencies ?? {});
      expect(
        deps.filter((range) => range.startsWith('workspace:')),
        name,
      ).toEqual([]);
    }
    for (const dependency of ['zod', 'immer', 'commander', 'echarts', 'papaparse', 'typescript']) {
      const resolved = install?.lockEntries[dependency]?.resolved;
      expect(resolved, dependency).toMatch(/^https:\/\//);
      expect(resolved?.startsWith(registry.url), dependency).toBe(false);
    }
  });

  it.each(MODES)(
    'uses the packages (%s): validate, score, theory of action, cohort, CLI',
    (mode) => {
      const { node, modes } = consumer(major);
      const outcome = modes[mode];
      expect(outcome?.error).toBeUndefined();
      const runs = outcome?.runs ?? [];
      expect(runs.map((r) => r.label)).toEqual(
        {
          esm: ['esm.mjs'],
          cjs: ['cjs.cjs'],
          'ts-node16': ['ts/node16-esm/flow.mts', 'ts/node16-cjs/flow.cts'],
          'ts-bundler': ['ts/bundler/flow.ts'],
        }[mode],
      );
      for (const run of runs) {
        const { node: ranOn, moduleSystem, entries, jsonSchema, ...flow } = run.result;
        expect(ranOn, run.label).toBe(node?.version);
        expect(moduleSystem, run.label).toBe(expectedModuleSystem(run.label));
        expect(flow, run.label).toEqual(EXPECTED_FLOW);
        expect(flow['score']).toMatchObject({ total: '278', totalMax: '1000' });
        if (mode === 'esm' || mode === 'cjs') {
          const extension = mode === 'esm' ? '.js' : '.cjs';
          expect(entries, run.label).toHaveLength(6);
          for (const entry of entries as string[]) {
            expect(entry).toMatch(
              /[\\/]node_modules[\\/]@community-excellence[\\/](schemas|scoring|cohorts|theory-of-action|cli)[\\/]dist[\\/]/,
            );
            expect(entry.endsWith(extension), entry).toBe(true);
          }
          expect(jsonSchema).toBe(EXPECTED_JSON_SCHEMA_ID);
        } else {
          // tsc read the declarations of the condition it resolves: "import" (.d.ts) or "require" (.d.cts).
          expect(run.typeFiles?.length, run.label).toBeGreaterThan(5);
          expect(
            run.typeFiles?.filter((file) => !file.endsWith(run.expectedTypes ?? '?')),
            run.label,
          ).toEqual([]);
          expect(run.typeFiles, run.label).toEqual(
            expect.arrayContaining([
              'cli/dist/index' + run.expectedTypes,
              'schemas/dist/data' + run.expectedTypes,
            ]),
          );
        }
        expect(runProblems(run, node?.version ?? '?'), run.label).toEqual([]);
      }
    },
  );

  it('runs the installed community-excellence and coe executables', () => {
    const { node, executables } = consumer(major);
    expect(executables?.error).toBeUndefined();
    const bins = executables?.value;
    expect(bins?.nodeOnPath).toBe(node?.version);
    expect(bins?.version).toMatchObject({
      code: 0,
      stdout: versionOf('@community-excellence/cli'),
    });
    expect(bins?.coeVersion).toMatchObject({
      code: 0,
      stdout: versionOf('@community-excellence/cli'),
    });
    expect(bins?.validate.code, bins?.validate.stderr).toBe(0);
    for (const file of [
      'assessment',
      'cohort',
      'community',
      'indicators',
      'observations',
      'participation',
      'partnership-evidence',
    ]) {
      expect(bins?.validate.stdout).toContain(`${file}.json`);
    }
    expect(bins?.validateInvalid.code).toBe(1);
    expect(bins?.validateInvalid.stdout).toContain('reviewers');
  });
});

it('succeeds in every combination of Node.js 20, 22, 24 with ESM, CJS, TS node16 and TS bundler', () => {
  const matrix = Object.fromEntries(
    done().consumers.map((c) => [
      c.node?.version ?? `Node.js ${c.major}: ${c.error ?? 'missing'}`,
      Object.fromEntries(
        MODES.map((mode) => {
          const outcome = c.modes[mode];
          const problems =
            outcome?.error !== undefined
              ? [outcome.error.split('\n')[0] ?? '']
              : (outcome?.runs ?? []).flatMap((run) => runProblems(run, c.node?.version ?? '?'));
          return [
            mode,
            outcome === undefined ? 'not run' : problems.length === 0 ? 'ok' : problems.join('; '),
          ];
        }),
      ),
    ]),
  );
  const ok = Object.fromEntries(MODES.map((mode) => [mode, 'ok']));
  expect(Object.keys(matrix).map((v) => v.split('.')[0])).toEqual(NODE_MAJORS.map((m) => `v${m}`));
  expect(Object.values(matrix)).toEqual(NODE_MAJORS.map(() => ok));
});
