// The bot's configuration: the one place that reads the environment, validated with zod at start.
import fs from 'node:fs';
import { z } from 'zod';

const csvList = (what: string, item: z.ZodString) =>
  z
    .string()
    .optional()
    .transform((raw) =>
      (raw ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .pipe(z.array(item, { invalid_type_error: `must be a comma-separated list of ${what}` }));

const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a GUID');

/** An Entra object or tenant id: a GUID (the local Agents Playground's mock ids have a 13-digit last group). */
const entraId = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,13}$/,
    'must be a GUID',
  );

const optionalText = z
  .string()
  .optional()
  .transform((s) => (s && s.trim().length > 0 ? s.trim() : undefined));

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable the bot reads, with its rule. `.env.sample` documents each of them. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  PUBLIC_BASE_URL: z
    .string()
    .url('must be a URL such as https://broedplaats.example.org')
    .optional()
    .transform((s) => s?.replace(/\/+$/, '')),
  MicrosoftAppId: optionalText.pipe(guid.optional()),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText.pipe(guid.optional()),
  STORAGE_CONNECTION_STRING: optionalText,
  STORAGE_ACCOUNT_URL: optionalText.pipe(
    z.string().url('must be https://<account>.table.core.windows.net').optional(),
  ),
  DATA_DIR: z.string().min(1).default('.data'),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,19}$/, 'must be 1-20 letters or digits, starting with a letter')
    .default('bp'),
  ALLOWED_TENANT_IDS: csvList('tenant GUIDs', entraId),
  ALLOW_ALL_TENANTS: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((v) => v === 'true'),
  PROJECT_LEAD_IDS: csvList('Entra object ids (GUIDs)', entraId),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  REMINDER_DAYS: z
    .string()
    .default('7,2')
    .transform((raw) =>
      raw
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.coerce.number().int().min(1).max(60), { invalid_type_error: 'must be whole days, e.g. 7,2' })
        .max(5),
    ),
  JOBS_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  REFLECTION_DELAY_MINUTES: z.coerce.number().int().min(0).max(10080).default(60),
  TEST_HOOKS: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((v) => v === 'true'),
  MAIL_TENANT_ID: optionalText.pipe(guid.optional()),
  MAIL_CLIENT_ID: optionalText.pipe(guid.optional()),
  MAIL_CLIENT_SECRET: optionalText,
  MAIL_SENDER: optionalText.pipe(
    z.string().email('must be the e-mail address of the sending mailbox').optional(),
  ),
  GRAPH_USER_LOOKUP: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((v) => v === 'true'),
  MAIL_CAP_PER_CONTACT: z.coerce.number().int().min(0).max(10_000).default(20),
  MAIL_CAP_PER_BROEDPLAATS: z.coerce.number().int().min(0).max(10_000).default(40),
  MAIL_CAP_PER_DAY: z.coerce.number().int().min(0).max(100_000).default(200),
  LINK_SIGNING_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional(),
  ),
});

/** The names of all variables the bot reads (used to check `.env.sample` and the Azure app settings). */
export const configKeys = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  publicBaseUrl: string | undefined;
  bot: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: Env['MicrosoftAppType'];
    appTenantId: string | undefined;
  };
  storage:
    | { kind: 'connectionString'; connectionString: string }
    | { kind: 'accountUrl'; accountUrl: string }
    | { kind: 'embedded'; dataDir: string };
  tablePrefix: string;
  allowedTenantIds: string[];
  projectLeadIds: string[];
  logLevel: Env['LOG_LEVEL'];
  /** Key for signed links (calendar files, RSVP pages); undefined outside production means: make one. */
  linkSecret: string | undefined;
  /** Folder for local data (embedded storage, the local link key). */
  dataDir: string;
  /** Days before a meeting that invitees who have not answered are reminded. */
  reminderDays: number[];
  /** How often each instance looks for due jobs. */
  jobsPollSeconds: number;
  /**
   * Proxies in front of the bot that add the client's address to X-Forwarded-For (1 on Azure App Service); 0 when
   * requests come straight from the client.
   */
  trustedProxyHops: number;
  /** Minutes after a meeting's end that participants are asked to reflect. */
  reflectionDelayMinutes: number;
  /** Routes that move the bot's clock and run due jobs, for browser tests; never in production. */
  testHooks: boolean;
  /** Microsoft Graph mail (app with Mail.Send and a sender mailbox): the bot e-mails invitees outside Teams. */
  mail: { tenantId: string; clientId: string; clientSecret: string; sender: string } | undefined;
  /**
   * People picked in the people picker whom Teams does not name are looked up in the directory of the mail app's
   * tenant (Microsoft Graph, User.ReadBasic.All), for the picker's own tenant only.
   */
  graphUserLookup: boolean;
  /**
   * Most mails to people outside Teams in one day (Europe/Amsterdam) that one contact's actions, one broedplaats and
   * the whole bot may send; past a cap the contact gets the texts to pass on instead.
   */
  mailCaps: { perContact: number; perBroedplaats: number; perDay: number };
}

/** A configuration problem, described in one line that names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates the given environment (default: `process.env` plus `.env` when present) and returns the
 * configuration, or throws a ConfigError naming the first wrong variable.
 */
export function loadConfig(source: NodeJS.ProcessEnv = readProcessEnv()): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    const raw = source[name];
    const secret = /Password|SECRET|CONNECTION_STRING/.test(name);
    const shown = raw === undefined ? 'not set' : `got "${secret ? '***' : raw}"`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is wrong'} (${shown}).`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.MicrosoftAppId) {
    throw new ConfigError(
      'Invalid configuration: MicrosoftAppId must be set when NODE_ENV=production (requests would not be authenticated).',
    );
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    throw new ConfigError(
      `Invalid configuration: MicrosoftAppPassword must be set for MicrosoftAppType=${e.MicrosoftAppType} (not set).`,
    );
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    throw new ConfigError(
      'Invalid configuration: MicrosoftAppTenantId must be set for MicrosoftAppType=SingleTenant (not set).',
    );
  }
  if (e.NODE_ENV === 'production' && !e.LINK_SIGNING_SECRET) {
    throw new ConfigError(
      'Invalid configuration: LINK_SIGNING_SECRET must be set when NODE_ENV=production (not set).',
    );
  }
  if (e.NODE_ENV === 'production' && e.TEST_HOOKS) {
    throw new ConfigError(
      'Invalid configuration: TEST_HOOKS cannot be true when NODE_ENV=production (got "true").',
    );
  }
  if (e.TEST_HOOKS && e.MicrosoftAppId) {
    throw new ConfigError(
      'Invalid configuration: TEST_HOOKS cannot be true when MicrosoftAppId is set (its routes are not authenticated).',
    );
  }
  if (e.NODE_ENV === 'production' && e.ALLOWED_TENANT_IDS.length === 0 && !e.ALLOW_ALL_TENANTS) {
    throw new ConfigError(
      'Invalid configuration: ALLOWED_TENANT_IDS must be set when NODE_ENV=production, or ALLOW_ALL_TENANTS=true to serve every tenant (not set).',
    );
  }
  if (e.ALLOWED_TENANT_IDS.length > 0 && e.ALLOW_ALL_TENANTS) {
    throw new ConfigError(
      'Invalid configuration: ALLOW_ALL_TENANTS cannot be true when ALLOWED_TENANT_IDS is set; set one.',
    );
  }
  const mailKeys = ['MAIL_TENANT_ID', 'MAIL_CLIENT_ID', 'MAIL_CLIENT_SECRET', 'MAIL_SENDER'] as const;
  const mailSet = mailKeys.filter((k) => e[k] !== undefined);
  if (mailSet.length > 0 && mailSet.length < mailKeys.length) {
    const missing = mailKeys.find((k) => e[k] === undefined) ?? 'MAIL_SENDER';
    throw new ConfigError(
      `Invalid configuration: ${missing} must be set too when ${mailSet[0] ?? 'MAIL_*'} is set (mail needs all four MAIL_ settings).`,
    );
  }
  if (e.GRAPH_USER_LOOKUP && mailSet.length === 0) {
    throw new ConfigError(
      'Invalid configuration: MAIL_TENANT_ID must be set too when GRAPH_USER_LOOKUP=true (the look-up signs in with the mail app).',
    );
  }
  if (e.STORAGE_CONNECTION_STRING && e.STORAGE_ACCOUNT_URL) {
    throw new ConfigError(
      'Invalid configuration: STORAGE_CONNECTION_STRING and STORAGE_ACCOUNT_URL are both set; set one.',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      appTenantId: e.MicrosoftAppTenantId,
    },
    storage: e.STORAGE_CONNECTION_STRING
      ? { kind: 'connectionString', connectionString: e.STORAGE_CONNECTION_STRING }
      : e.STORAGE_ACCOUNT_URL
        ? { kind: 'accountUrl', accountUrl: e.STORAGE_ACCOUNT_URL }
        : { kind: 'embedded', dataDir: e.DATA_DIR },
    tablePrefix: e.TABLE_PREFIX,
    allowedTenantIds: e.ALLOWED_TENANT_IDS.map((s) => s.toLowerCase()),
    projectLeadIds: e.PROJECT_LEAD_IDS.map((s) => s.toLowerCase()),
    logLevel: e.LOG_LEVEL,
    linkSecret: e.LINK_SIGNING_SECRET,
    dataDir: e.DATA_DIR,
    reminderDays: [...new Set(e.REMINDER_DAYS)].sort((a, b) => b - a),
    jobsPollSeconds: e.JOBS_POLL_SECONDS,
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    reflectionDelayMinutes: e.REFLECTION_DELAY_MINUTES,
    testHooks: e.TEST_HOOKS,
    mail:
      e.MAIL_TENANT_ID && e.MAIL_CLIENT_ID && e.MAIL_CLIENT_SECRET && e.MAIL_SENDER
        ? {
            tenantId: e.MAIL_TENANT_ID,
            clientId: e.MAIL_CLIENT_ID,
            clientSecret: e.MAIL_CLIENT_SECRET,
            sender: e.MAIL_SENDER,
          }
        : undefined,
    graphUserLookup: e.GRAPH_USER_LOOKUP,
    mailCaps: {
      perContact: e.MAIL_CAP_PER_CONTACT,
      perBroedplaats: e.MAIL_CAP_PER_BROEDPLAATS,
      perDay: e.MAIL_CAP_PER_DAY,
    },
  };
}

/**
 * The values the Teams app package needs (app id, public address), checked like loadConfig checks them
 * but without the runtime rules (a secret is not needed to build the package).
 */
export function loadPackagingConfig(
  source: NodeJS.ProcessEnv = readProcessEnv(),
): Pick<Config, 'bot' | 'publicBaseUrl'> {
  const parsed = envSchema
    .pick({ MicrosoftAppId: true, MicrosoftAppType: true, PUBLIC_BASE_URL: true })
    .safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    throw new ConfigError(
      `Invalid configuration: ${name} ${issue?.message ?? 'is wrong'} (got "${source[name] ?? ''}").`,
    );
  }
  return {
    bot: {
      appId: parsed.data.MicrosoftAppId,
      appPassword: undefined,
      appType: parsed.data.MicrosoftAppType,
      appTenantId: undefined,
    },
    publicBaseUrl: parsed.data.PUBLIC_BASE_URL,
  };
}

function readProcessEnv(): NodeJS.ProcessEnv {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  return process.env;
}
