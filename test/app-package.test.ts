// The Teams app package: filled manifest and localization valid offline, icons as Teams wants them, the zip.
import { matchCommand } from '../src/bot/commands';
import type { FeatureDeps } from '../src/bot/deps';
import { buildFeatures } from '../src/features';
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { loadPackagingConfig } from '../src/config';
import {
  buildAppPackage,
  fillPlaceholders,
  packageValuesFrom,
  readAppPackageSources,
  validateLocalization,
  validateManifest,
  type AppPackage,
  type Outcome,
  type PackageValues,
} from '../scripts/app-package';

const appPackageDir = path.resolve(__dirname, '../appPackage');
const appId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const values: PackageValues = {
  MicrosoftAppId: appId,
  PUBLIC_BASE_URL: 'https://broedplaats.example.org',
  PUBLIC_HOST: 'broedplaats.example.org',
};

function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

function built(): AppPackage {
  return valueOf(buildAppPackage(readAppPackageSources(appPackageDir), values));
}

function jsonFile(pkg: AppPackage, name: string): Record<string, unknown> {
  const file = pkg.files[name];
  if (!file) throw new Error(`${name} is not in the package`);
  return JSON.parse(file.toString('utf8')) as Record<string, unknown>;
}

function readPng(name: string): PNG {
  return PNG.sync.read(fs.readFileSync(path.join(appPackageDir, name)));
}

describe('Teams app package', () => {
  it('fills the manifest so that it validates against the bundled Teams schema, offline', () => {
    const manifest = jsonFile(built(), 'manifest.json');
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${String(manifest.manifestVersion)}/MicrosoftTeams.schema.json`,
    );
  });

  it('rejects a manifest the schema does not allow, naming the field', () => {
    const manifest = { ...jsonFile(built(), 'manifest.json'), accentColor: 'orange' };
    expect(validateManifest(manifest).join('\n')).toMatch(/accentColor/);
  });

  it('ships an English localization that validates against the bundled localization schema', () => {
    const pkg = built();
    const english = jsonFile(pkg, 'en-us.json');
    expect(validateLocalization(english, pkg.manifest.manifestVersion)).toEqual([]);
    expect(pkg.manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nl-nl',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
  });

  it('translates every command title and description of the manifest into English', () => {
    const pkg = built();
    const english = jsonFile(pkg, 'en-us.json');
    const lists = pkg.manifest.bots?.[0]?.commandLists ?? [];
    lists.forEach((list, l) =>
      list.commands.forEach((command, c) => {
        const key = `bots[0].commandLists[${l}].commands[${c}]`;
        expect(english[`${key}.title`]).toEqual(expect.any(String));
        expect(english[`${key}.description`]).toEqual(expect.any(String));
      }),
    );
  });

  it('fills every placeholder: no ${{ is left in any file of the package', () => {
    const pkg = built();
    for (const name of ['manifest.json', 'en-us.json']) {
      expect(pkg.files[name]?.toString('utf8')).not.toContain('${{');
    }
    expect(pkg.manifest.id).toBe(appId);
    expect(pkg.manifest.bots?.[0]?.botId).toBe(appId);
    expect(pkg.manifest.validDomains).toContain('broedplaats.example.org');
  });

  it('refuses a placeholder it has no value for, naming it', () => {
    const outcome = fillPlaceholders('{"x": "${{SOMETHING_ELSE}}"}', { ...values });
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('SOMETHING_ELSE') });
  });

  it('offers the bot in personal chat, teams and group chats, as a conversational bot without files', () => {
    const bot = built().manifest.bots?.[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot).toMatchObject({ supportsFiles: false, isNotificationOnly: false });
  });

  it('lists Dutch commands per scope, each one the bot answers, in Dutch and in English', () => {
    const lists = built().manifest.bots?.[0]?.commandLists ?? [];
    expect(lists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    const english = jsonFile(built(), 'en-us.json');
    const { commands } = buildFeatures({} as FeatureDeps);
    lists.forEach((list, l) => {
      const titles = list.commands.map((command) => command.title);
      expect(titles).toEqual(expect.arrayContaining(['hulp', 'intake']));
      expect(titles).not.toContain('help');
      list.commands.forEach((command, c) => {
        expect(matchCommand(commands(), command.title)?.command.id).toBeDefined();
        const englishTitle = english[`bots[0].commandLists[${l}].commands[${c}].title`];
        expect(matchCommand(commands(), String(englishTitle))?.command.id).toBe(
          matchCommand(commands(), command.title)?.command.id,
        );
      });
    });
  });

  it('has a 192x192 colour icon and a 32x32 outline icon of only white or transparent pixels', () => {
    const color = readPng('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    const offWhite: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) offWhite.push(i / 4);
    }
    expect(offWhite).toEqual([]);
    expect(transparent).toBeGreaterThan(0);
  });

  it('zips exactly the manifest, the English localization and the two icons, with the given app id', () => {
    const zip = new AdmZip(built().zip);
    const names = zip.getEntries().map((entry) => entry.entryName);
    expect(names.sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as { id: string; bots: { botId: string }[] };
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0]?.botId).toBe(appId);
  });

  it('takes the app id and the public host from the configuration', () => {
    const config = loadPackagingConfig({
      MicrosoftAppId: appId,
      PUBLIC_BASE_URL: 'https://bot.example.org:8443/broedplaats/',
    });
    expect(valueOf(packageValuesFrom(config))).toEqual({
      MicrosoftAppId: appId,
      PUBLIC_BASE_URL: 'https://bot.example.org:8443/broedplaats',
      PUBLIC_HOST: 'bot.example.org',
    });
  });

  it('refuses to package without an app id, naming MicrosoftAppId', () => {
    const outcome = packageValuesFrom(
      loadPackagingConfig({ PUBLIC_BASE_URL: 'https://broedplaats.example.org' }),
    );
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('MicrosoftAppId') });
  });

  it('refuses to package without a public address, naming PUBLIC_BASE_URL', () => {
    const outcome = packageValuesFrom(loadPackagingConfig({ MicrosoftAppId: appId }));
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('PUBLIC_BASE_URL') });
  });

  it('refuses a public address that is not https, naming PUBLIC_BASE_URL', () => {
    const config = loadPackagingConfig({
      MicrosoftAppId: appId,
      PUBLIC_BASE_URL: 'http://broedplaats.example.org',
    });
    const outcome = packageValuesFrom(config);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/PUBLIC_BASE_URL.*https/) });
    if (!outcome.ok) expect(outcome.message).not.toContain('\n');
  });
});
