// The Teams app package: fills the manifest placeholders, checks the result offline against the bundled schemas, zips it.
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import type { Config } from '../src/config';

/** A result the caller reports as one line, or the value it asked for. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The values that go into `${{NAME}}` placeholders. */
export interface PackageValues {
  /** App id of the Azure Bot resource: the manifest id and the bot id. */
  MicrosoftAppId: string;
  /** Public https address of the bot, without trailing slash. */
  PUBLIC_BASE_URL: string;
  /** Host name of PUBLIC_BASE_URL, for validDomains. */
  PUBLIC_HOST: string;
}

/** The template and the files it refers to (localizations, icons), by their name in the package. */
export interface AppPackageSources {
  manifestTemplate: string;
  files: Readonly<Record<string, Buffer>>;
}

/** The filled package: the manifest as written, every file by its name at the zip root, and the zip. */
export interface AppPackage {
  manifest: TeamsManifest;
  files: Readonly<Record<string, Buffer>>;
  zip: Buffer;
}

/** The parts of a Teams manifest this module reads; the schema checks the rest. */
export interface TeamsManifest {
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  localizationInfo?: {
    defaultLanguageTag: string;
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  bots?: {
    botId: string;
    scopes: string[];
    commandLists?: { scopes: string[]; commands: { title: string; description?: string }[] }[];
  }[];
  validDomains?: string[];
}

/** File name of the template in the appPackage folder. */
export const MANIFEST_TEMPLATE_FILE = 'manifest.template.json';

/** Icon sizes Teams requires, in pixels. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Limits Teams documents for bot commands, tighter than the newest schemas (which allow 12 and 128). */
export const COMMAND_LIMITS = { perList: 10, title: 32, description: 128 } as const;

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const REFUSAL = 'Cannot build the Teams app package:';

/**
 * Takes the placeholder values from the configuration. Refuses, naming the variable, when MicrosoftAppId or
 * PUBLIC_BASE_URL is missing or PUBLIC_BASE_URL is not an https address (Teams loads nothing over http).
 */
export function packageValuesFrom(config: Pick<Config, 'bot' | 'publicBaseUrl'>): Outcome<PackageValues> {
  const appId = config.bot.appId;
  if (!appId) {
    return refuse('MicrosoftAppId is not set; set it to the app id (a GUID) of the Azure Bot resource.');
  }
  const baseUrl = config.publicBaseUrl?.replace(/\/+$/, '');
  if (!baseUrl) {
    return refuse(
      "PUBLIC_BASE_URL is not set; set it to the bot's public https address, e.g. https://broedplaats.example.org.",
    );
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return refuse(`PUBLIC_BASE_URL is not a URL (got "${baseUrl}").`);
  }
  if (url.protocol !== 'https:') {
    return refuse(`PUBLIC_BASE_URL must be an https address (got "${baseUrl}").`);
  }
  return { ok: true, value: { MicrosoftAppId: appId, PUBLIC_BASE_URL: baseUrl, PUBLIC_HOST: url.hostname } };
}

/**
 * Replaces every `${{NAME}}` in a JSON text by its value (escaped for a JSON string). Refuses when the text
 * holds a placeholder without a value, so nothing unfilled reaches the package.
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, string>>,
): Outcome<string> {
  const unknown = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) return refuse(`no value for placeholder ${[...unknown].join(', ')}.`);
  return { ok: true, value: filled };
}

/**
 * Checks a filled manifest against the Teams JSON schema of its own manifestVersion, as bundled in
 * @microsoft/app-manifest (offline), and against the documented command limits. Returns the problems, if any.
 */
export function validateManifest(manifest: unknown): string[] {
  const version = manifestVersionOf(manifest);
  if (!version) return ['manifestVersion is missing'];
  const validate = schemaValidator(version, 'MicrosoftTeams.schema.json');
  if (typeof validate === 'string') return [validate];
  if (!validate(manifest)) return describeErrors(validate.errors);
  return commandLimitProblems(manifest as TeamsManifest);
}

/**
 * Checks a filled localization file against the bundled Teams localization schema of the given
 * manifestVersion. Returns the problems, if any.
 */
export function validateLocalization(localization: unknown, manifestVersion: string): string[] {
  const validate = schemaValidator(manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  if (typeof validate === 'string') return [validate];
  return validate(localization) ? [] : describeErrors(validate.errors);
}

/**
 * Reads the template from `dir` and the files it refers to: the icons and the localization files.
 * Throws when one is missing (a broken checkout, not a configuration mistake).
 */
export function readAppPackageSources(dir: string): AppPackageSources {
  const manifestTemplate = fs.readFileSync(path.join(dir, MANIFEST_TEMPLATE_FILE), 'utf8');
  const files: Record<string, Buffer> = {};
  for (const name of referencedFiles(JSON.parse(manifestTemplate) as TeamsManifest)) {
    files[name] = fs.readFileSync(path.join(dir, name));
  }
  return { manifestTemplate, files };
}

/**
 * Builds the app package: fills the placeholders in the manifest and its localization files, validates both
 * against the bundled schemas, checks the icon sizes, and zips manifest.json with the referenced files at
 * the zip root. Refuses with one line describing the first problems found.
 */
export function buildAppPackage(sources: AppPackageSources, values: PackageValues): Outcome<AppPackage> {
  const stringValues: Record<string, string> = { ...values };
  const manifestText = fillPlaceholders(sources.manifestTemplate, stringValues);
  if (!manifestText.ok) return manifestText;
  const manifest: unknown = JSON.parse(manifestText.value);
  const manifestProblems = validateManifest(manifest);
  if (manifestProblems.length > 0) return refuse(`manifest: ${summarize(manifestProblems)}`);
  const teamsManifest = manifest as TeamsManifest;

  const files: Record<string, Buffer> = {
    'manifest.json': Buffer.from(JSON.stringify(teamsManifest, null, 2) + '\n'),
  };
  for (const name of referencedFiles(teamsManifest)) {
    const source = sources.files[name];
    if (!source) return refuse(`the manifest refers to ${name}, which is not in the appPackage folder.`);
    const checked = name.endsWith('.json')
      ? fillLocalization(name, source, stringValues, teamsManifest.manifestVersion)
      : checkIcon(name, source, teamsManifest);
    if (!checked.ok) return checked;
    files[name] = checked.value;
  }

  const zip = new AdmZip();
  for (const [name, content] of Object.entries(files)) zip.addFile(name, content);
  return { ok: true, value: { manifest: teamsManifest, files, zip: zip.toBuffer() } };
}

function fillLocalization(
  name: string,
  source: Buffer,
  values: Readonly<Record<string, string>>,
  manifestVersion: string,
): Outcome<Buffer> {
  const filled = fillPlaceholders(source.toString('utf8'), values);
  if (!filled.ok) return refuse(`${name}: ${filled.message}`);
  const problems = validateLocalization(JSON.parse(filled.value), manifestVersion);
  if (problems.length > 0) return refuse(`${name}: ${summarize(problems)}`);
  return { ok: true, value: Buffer.from(filled.value) };
}

function checkIcon(name: string, source: Buffer, manifest: TeamsManifest): Outcome<Buffer> {
  const size = name === manifest.icons.color ? ICON_SIZES.color : ICON_SIZES.outline;
  let png: PNG;
  try {
    png = PNG.sync.read(source);
  } catch {
    return refuse(`${name} is not a PNG file.`);
  }
  if (png.width !== size || png.height !== size) {
    return refuse(`${name} must be ${size}x${size} pixels (is ${png.width}x${png.height}).`);
  }
  return { ok: true, value: source };
}

/** The files the manifest refers to by relative path: its icons and localization files. */
function referencedFiles(manifest: TeamsManifest): string[] {
  const info = manifest.localizationInfo;
  const localizations = [
    ...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info?.additionalLanguages ?? []).map((language) => language.file),
  ];
  return [...new Set([manifest.icons.color, manifest.icons.outline, ...localizations])];
}

function commandLimitProblems(manifest: TeamsManifest): string[] {
  const problems: string[] = [];
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) => {
      const where = `/bots/${b}/commandLists/${l}`;
      if (list.commands.length > COMMAND_LIMITS.perList) {
        problems.push(`${where}/commands has more than ${COMMAND_LIMITS.perList} commands`);
      }
      list.commands.forEach((command, c) => {
        if (command.title.length > COMMAND_LIMITS.title) {
          problems.push(`${where}/commands/${c}/title is longer than ${COMMAND_LIMITS.title} characters`);
        }
        if ((command.description ?? '').length > COMMAND_LIMITS.description) {
          problems.push(
            `${where}/commands/${c}/description is longer than ${COMMAND_LIMITS.description} characters`,
          );
        }
      });
    }),
  );
  return problems;
}

function manifestVersionOf(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null || !('manifestVersion' in manifest)) return undefined;
  return typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : undefined;
}

const validators = new Map<string, ValidateFunction | string>();

/** A compiled validator for a bundled Teams schema, or why there is none. Compiled once per process. */
function schemaValidator(manifestVersion: string, schemaFile: string): ValidateFunction | string {
  const file = path.join(teamsSchemasDir(), `v${manifestVersion}`, schemaFile);
  const cached = validators.get(file);
  if (cached) return cached;
  let validator: ValidateFunction | string;
  if (!/^\d+\.\d+$/.test(manifestVersion) || !fs.existsSync(file)) {
    validator = `manifestVersion ${manifestVersion} has no schema bundled in @microsoft/app-manifest`;
  } else {
    // The Teams schemas are draft-04; strict mode would reject their style, and one pattern needs non-unicode regexps.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object);
  }
  validators.set(file, validator);
  return validator;
}

function teamsSchemasDir(): string {
  const packageJson = require.resolve('@microsoft/app-manifest/package.json');
  return path.join(path.dirname(packageJson), 'build', 'json-schemas', 'teams');
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const extra = 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : '';
    return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${extra}`;
  });
}

function summarize(problems: string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  return problems.length > 5 ? `${shown}; and ${problems.length - 5} more` : shown;
}

function refuse(reason: string): { ok: false; message: string } {
  return { ok: false, message: `${REFUSAL} ${reason}` };
}
