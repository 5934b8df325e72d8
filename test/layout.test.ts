// The layout keeps itself: lint refuses a feature reaching into another's files, and src/ has no import cycle.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.join(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import and re-export of a file, type-only ones included, resolved to a file of src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*'(\.{1,2}(?:\/[^']*)?)'/g),
  ].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    return found ? [found] : [];
  });
}

// Each lint starts a Node process of its own: given time on a busy machine.
describe('the layout of src/', () => {
  /** The rules the project's lint (its own config, run as `npx eslint` runs it) reports on `code` placed at `file`. */
  const lint = async (file: string, code: string): Promise<(string | null)[]> => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/eslint/bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        file,
        '--format',
        'json',
      ],
      { cwd: root, input: code, encoding: 'utf8' },
    );
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
    return result!.messages.map((m) => m.ruleId);
  };

  it('refuses a feature importing another feature’s file, and allows its index', async () => {
    expect(
      await lint('src/features/status/scratch.ts', "export { whenText } from '../invitations/views';\n"),
    ).toEqual(['layout/feature-boundaries']);
    expect(
      await lint('src/features/status/scratch.ts', "export { whenText } from '../invitations';\n"),
    ).toEqual([]);
    expect(
      await lint('src/features/status/scratch.ts', "export { grantsOf } from '../shared/access';\n"),
    ).toEqual([]);
  }, 60_000);

  it('refuses web/ and features/shared/ importing a feature', async () => {
    expect(
      await lint('src/web/scratch.ts', "export { WebRsvp } from '../features/invitations/web-rsvp';\n"),
    ).toEqual(['layout/feature-boundaries']);
    expect(
      await lint('src/features/shared/scratch.ts', "export { meetingTitle } from '../scheduling';\n"),
    ).toEqual(['layout/feature-boundaries']);
  }, 60_000);

  it('has no import cycle, counting type imports', () => {
    const graph = new Map(sources(path.join(root, 'src')).map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          const from = trail.indexOf(next);
          cycles.push([...trail.slice(from), file, next].map((f) => path.relative(root, f)).join(' → '));
        } else if (!state.has(next)) visit(next, [...trail, file]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });
});

describe('the build', () => {
  it('starts from an empty dist/, so a module moved from a file to a folder is not loaded from its old file', () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.build).toMatch(/^node scripts\/clean-dist\.js && tsc /);
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    fs.mkdirSync(path.join(dist, 'src', 'i18n'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'src', 'i18n', 'en.js'), 'module.exports = {};');
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'clean-dist.js'), dist]);
    expect(run.status).toBe(0);
    expect(fs.existsSync(dist)).toBe(false);
  });
});
