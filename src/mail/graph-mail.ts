// Sends e-mail through Microsoft Graph (sendMail as one mailbox) to people outside Teams: invitations, reflection links.
import { ClientSecretCredential } from '@azure/identity';
import {
  AuthenticationHandler,
  Client,
  GraphClientError,
  HTTPMessageHandler,
  ResponseType,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { z } from 'zod';

/** The four settings a deployment must provide; validate them with this schema before building a mailer. */
export const graphMailConfigSchema = z.object({
  tenantId: z.string().uuid(),
  clientId: z.string().uuid(),
  clientSecret: z.string().min(1),
  /** Mailbox that sends (its UPN / e-mail address, or its Entra object id); needs Mail.Send for the app. */
  sender: z.union([z.string().email(), z.string().uuid()]),
});
export type GraphMailConfig = z.infer<typeof graphMailConfigSchema>;

/** The app's sign-in to Graph (client credentials) and the endpoints to override for a national cloud or a proxy. */
export interface GraphClientOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Entra ID login host, e.g. https://login.microsoftonline.us; default the public cloud. */
  authorityHost?: string;
  /** Graph root, e.g. https://graph.microsoft.us/; default https://graph.microsoft.com/. */
  graphBaseUrl?: string;
  /** How long one call to Graph may take before it is given up; default 30 s. */
  timeoutMs?: number;
}

/** Build options of the mailer: the settings plus the client's overrides. */
export interface GraphMailerOptions extends GraphMailConfig, GraphClientOptions {}

/** Mails are sent from jobs, whose lease is two minutes: a call Graph does not answer in time is given up. */
const DEFAULT_TIMEOUT_MS = 30_000;

/** Gives every call to Graph a deadline (node's fetch would otherwise wait up to five minutes for an answer). */
class TimeoutHandler implements Middleware {
  private next?: Middleware;
  constructor(private readonly ms: number) {}

  async execute(context: Context): Promise<void> {
    context.options = { ...context.options, signal: AbortSignal.timeout(this.ms) };
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface MailAddress {
  name: string;
  email: string;
}

/** What a mail is sent for: the broedplaats, and the contact whose action it follows (the caps count both). */
export interface MailCause {
  broedplaatsId: string;
  /** Entra object id of the contact who invited, planned or changed; none for what the bot sends on its own. */
  contactId?: string;
}

/** One e-mail to one invitee; the caller picks the language when it renders subject and HTML. */
export interface MailMessage {
  to: MailAddress;
  cause: MailCause;
  subject: string;
  html: string;
  replyTo?: MailAddress;
}

export type SendResult =
  | { ok: true }
  /** `reason` names status and error codes only: never an address, a text or a secret. */
  | { ok: false; reason: string; retryable: boolean; retryAfterSeconds?: number };

export interface Mailer {
  /** Sends one message. Resolves with a result for every HTTP, network or sign-in failure; never rejects for them. */
  send(message: MailMessage): Promise<SendResult>;
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/';
/** Error codes from Graph or Entra ID are short identifiers; anything else is left out of a reason. */
const SAFE_CODE = /^[A-Za-z0-9_.-]{1,64}$/;
/** OAuth errors that stay until someone fixes the app registration or the settings (RFC 6749 §5.2). */
const PERMANENT_OAUTH_ERRORS = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
]);

/** A token failure, kept apart from Graph failures so its reason and retryability stay precise. */
export class TokenRequestFailed extends GraphClientError {
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
  ) {
    super(reason);
    Object.setPrototypeOf(this, TokenRequestFailed.prototype);
    this.name = 'TokenRequestFailed';
  }
}

/** Wraps the token provider: Graph's error handler would flatten the identity error to a message. */
class TokenFailureProvider implements AuthenticationProvider {
  constructor(private readonly inner: AuthenticationProvider) {}

  async getAccessToken(): Promise<string> {
    try {
      return await this.inner.getAccessToken();
    } catch (error) {
      throw describeTokenFailure(error);
    }
  }
}

/**
 * Sends mail as `sender` with the app's own permission (client credentials, Mail.Send application role).
 * Makes exactly one attempt: Graph's RetryHandler is left out of the middleware chain on purpose, because its
 * sleeps (Retry-After up to 180 s) do not fit in a turn or a job's lease; the caller retries when `retryable`
 * says so, no sooner than `retryAfterSeconds`. Tokens are cached by the credential until shortly before expiry.
 */
export class GraphMailer implements Mailer {
  private readonly client: Client;
  private readonly sender: string;

  constructor(options: GraphMailerOptions) {
    this.client = graphClient(options);
    this.sender = options.sender;
  }

  async send(message: MailMessage): Promise<SendResult> {
    let response: Response;
    try {
      response = (await this.client
        .api(`/users/${encodeURIComponent(this.sender)}/sendMail`)
        .responseType(ResponseType.RAW)
        .post(sendMailBody(message))) as Response;
    } catch (error) {
      if (error instanceof TokenRequestFailed) {
        return { ok: false, reason: error.reason, retryable: error.retryable };
      }
      return {
        ok: false,
        reason: `network error calling Graph sendMail (${errorName(error)})`,
        retryable: true,
      };
    }
    return await resultOf(response);
  }
}

/**
 * A Graph client signed in as the app (client credentials), with one attempt per call and a deadline on each:
 * a token failure is thrown as a TokenRequestFailed that names codes only.
 */
export function graphClient(options: GraphClientOptions): Client {
  const credential = new ClientSecretCredential(options.tenantId, options.clientId, options.clientSecret, {
    ...(options.authorityHost ? { authorityHost: options.authorityHost } : {}),
    // One attempt here too: the pipeline's own backoff spent ~6 s on a failing token endpoint.
    retryOptions: { maxRetries: 0 },
  });
  const tokens = new TokenCredentialAuthenticationProvider(credential, { scopes: [GRAPH_SCOPE] });
  const baseUrl = options.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL;
  const authentication = new AuthenticationHandler(new TokenFailureProvider(tokens));
  const telemetry = new TelemetryHandler();
  const timeout = new TimeoutHandler(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const http = new HTTPMessageHandler();
  authentication.setNext(telemetry);
  telemetry.setNext(timeout);
  timeout.setNext(http);
  return Client.initWithMiddleware({
    baseUrl,
    defaultVersion: 'v1.0',
    // The auth handler only adds the token for known Graph hosts (https only) or these.
    customHosts: new Set([new URL(baseUrl).hostname]),
    middleware: authentication,
  });
}

/** The sendMail request body for one message (HTML body, saved in the sender's Sent Items). */
export function sendMailBody(message: MailMessage): Record<string, unknown> {
  const recipient = (a: MailAddress) => ({ emailAddress: { name: a.name, address: a.email } });
  return {
    message: {
      subject: message.subject,
      body: { contentType: 'HTML', content: message.html },
      toRecipients: [recipient(message.to)],
      ...(message.replyTo ? { replyTo: [recipient(message.replyTo)] } : {}),
    },
    saveToSentItems: true,
  };
}

async function resultOf(response: Response): Promise<SendResult> {
  const code = await graphErrorCode(response);
  if (response.ok) return { ok: true };
  const retryable = response.status === 429 || response.status >= 500;
  const retryAfterSeconds = retryable ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
  return {
    ok: false,
    reason: `Graph sendMail answered ${response.status}${code ? ` (${code})` : ''}`,
    retryable,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/** Reads the body to its end (frees the connection) and returns Graph's `error.code` when it is safe to show. */
export async function graphErrorCode(response: Response): Promise<string | undefined> {
  const raw = await response.text().catch(() => '');
  if (response.ok || !raw) return undefined;
  try {
    const code = (JSON.parse(raw) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' && SAFE_CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After as whole seconds from now (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value.trim())
    : (Date.parse(value) - now.getTime()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/**
 * Names a token failure by its codes only. @azure/identity hands MSAL's server errors on as an
 * AuthenticationRequiredError whose message is "<oauth error>: Error(s): <n> - … AADSTS<n>: <text> …"; the text can
 * name the app or tenant, so only the OAuth error and the AADSTS numbers are kept.
 */
function describeTokenFailure(error: unknown): TokenRequestFailed {
  const message = error instanceof Error ? error.message : '';
  const oauthError = /^([a-z_]{3,40}):/.exec(message)?.[1];
  const aadsts = [...new Set(message.match(/AADSTS\d{1,9}/g) ?? [])];
  const codes = [errorName(error), oauthError, ...aadsts].filter((c): c is string => !!c).join(', ');
  const retryable = !(oauthError && PERMANENT_OAUTH_ERRORS.has(oauthError));
  return new TokenRequestFailed(`token request failed (${codes})`, retryable);
}

export function errorName(error: unknown): string {
  // Graph's client wraps what fetch threw in a GraphError: its name as `code`, or the error itself as `body`.
  const wrapped = error instanceof Error ? (error as Error & { code?: unknown; body?: unknown }) : undefined;
  const body = wrapped?.body;
  const inner = typeof body === 'object' && body !== null ? (body as { name?: unknown }).name : undefined;
  const code = typeof wrapped?.code === 'string' && wrapped.code ? wrapped.code : inner;
  const name = typeof code === 'string' && code ? code : error instanceof Error ? error.name : typeof error;
  return SAFE_CODE.test(name) ? name : 'unknown error';
}
