// Keeps the Azure deployment (infra/) in step with the configuration the bot reads and with .env.sample.
import fs from 'node:fs';
import path from 'node:path';
import { configKeys } from '../src/config';

const root = path.join(__dirname, '..');
const bicep = fs.readFileSync(path.join(root, 'infra', 'main.bicep'), 'utf8');
const parametersText = fs.readFileSync(path.join(root, 'infra', 'main.parameters.json'), 'utf8');
const envSample = fs.readFileSync(path.join(root, '.env.sample'), 'utf8');

/**
 * Blanks out comments and the contents of string literals (same length, newlines kept), so brackets and
 * declarations can be found by offset without being fooled by text inside strings or comments.
 */
function maskStringsAndComments(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (source.startsWith("'''", i)) {
      const end = source.indexOf("'''", i + 3);
      const stop = end === -1 ? source.length : end;
      blank(i + 3, stop);
      i = stop + 3;
    } else if (source[i] === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== "'" && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

const masked = maskStringsAndComments(bicep);

/** The parameter declarations of the Bicep file: name, whether it has a default, whether it is secure. */
function bicepParams(): { name: string; hasDefault: boolean; secure: boolean }[] {
  const declaration = /((?:@\w+\([^()]*\)\s*)*)^param\s+(\w+)\s+\w+(\s*=)?/gm;
  return [...masked.matchAll(declaration)].map((m) => ({
    name: m[2] ?? '',
    hasDefault: m[3] !== undefined,
    secure: /@secure\(\)/.test(m[1] ?? ''),
  }));
}

/** The names in the web app's one `appSettings: [...]` array. */
function appSettingNames(): string[] {
  const start = masked.indexOf('appSettings: [');
  if (start === -1 || masked.indexOf('appSettings: [', start + 1) !== -1) {
    throw new Error('main.bicep must hold exactly one "appSettings: [" array');
  }
  const open = masked.indexOf('[', start);
  let depth = 0;
  let close = open;
  for (; close < masked.length; close++) {
    if (masked[close] === '[') depth++;
    if (masked[close] === ']') depth--;
    if (depth === 0) break;
  }
  return [...bicep.slice(open, close).matchAll(/\bname:\s*'([^']+)'/g)].map((m) => m[1] ?? '');
}

/** Whether every `(`, `[` and `{` outside strings and comments is closed, in order. */
function bracketsBalance(source: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const ch of source) {
    if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}

interface ParametersFile {
  $schema: string;
  parameters: Record<string, { value?: unknown }>;
}

describe('Azure deployment (infra/)', () => {
  const settings = appSettingNames();

  it.each([...configKeys])('documents %s in .env.sample as a line "KEY="', (key) => {
    expect(envSample).toMatch(new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=`, 'm'));
  });

  it.each([...configKeys])('sets %s in the web app settings of main.bicep', (key) => {
    expect(settings).toContain(key);
  });

  it('sets each app setting once', () => {
    expect(new Set(settings).size).toBe(settings.length);
  });

  it('declares the Azure Bot with its Microsoft Teams channel', () => {
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.BotService\/botServices@[\w-]+'/);
    expect(bicep).toMatch(/resource \w+ 'Microsoft\.BotService\/botServices\/channels@[\w-]+'/);
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
  });

  it('runs the web app on Node 20 on Linux with the health check at /api/health', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain("kind: 'app,linux'");
    expect(bicep).toContain('reserved: true');
    expect(bicep).toContain("healthCheckPath: '/api/health'");
  });

  it('starts the bot with the same node command line as npm start (its heap settings included)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    const start = /node (.*dist\/src\/index\.js)/.exec(pkg.scripts.start)?.[1];
    const deployed = /appCommandLine: 'node (.*)'/.exec(bicep)?.[1];
    const withoutWarningFilter = (line: string | undefined) =>
      line?.split(' ').filter((f) => !f.startsWith('--disable-warning'));
    expect(withoutWarningFilter(deployed)).toEqual(withoutWarningFilter(start));
    expect(deployed).toContain('--max-old-space-size=');
    expect(deployed).toMatch(/dist\/src\/index\.js$/);
  });

  it('has a parameters file of the 2019-04-01 schema whose parameters all exist in main.bicep', () => {
    const file = JSON.parse(parametersText) as ParametersFile;
    expect(file.$schema).toContain('2019-04-01/deploymentParameters.json');
    const declared = bicepParams().map((p) => p.name);
    expect(declared.length).toBeGreaterThan(0);
    for (const name of Object.keys(file.parameters)) expect(declared).toContain(name);
  });

  it('gives every parameter without a default in the parameters file, unless it is secure', () => {
    const given = Object.keys((JSON.parse(parametersText) as ParametersFile).parameters);
    const missing = bicepParams().filter((p) => !p.hasDefault && !p.secure && !given.includes(p.name));
    expect(missing).toEqual([]);
  });

  it('keeps secrets out of the parameters file', () => {
    const file = JSON.parse(parametersText) as ParametersFile;
    const secure = bicepParams().filter((p) => p.secure);
    expect(secure.length).toBeGreaterThan(0);
    for (const p of secure) expect(file.parameters[p.name]).toBeUndefined();
  });

  it('keeps main.bicep well-formed: brackets balance and no tab characters', () => {
    expect(bracketsBalance(masked)).toBe(true);
    expect(bicep).not.toContain('\t');
  });
});
