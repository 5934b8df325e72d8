// GraphMailer against recorded Entra ID and Graph endpoints: the real @azure/identity and Graph clients, nock in between.
//
// How HTTP is intercepted, and why not a loopback server (measured with Node 20.20, nock 14.0.17):
// - nock 14 (built on @mswjs/interceptors) intercepts both clients: @azure/identity's token request (node:https via
//   @azure/core-rest-pipeline) and the Graph client's calls through Node's global (undici) fetch. No polyfill is
//   needed: the Graph client only checks that a global `fetch` exists and calls it.
// - A loopback HTTP server does not work: MSAL refuses an authority that is not https, and Graph's
//   AuthenticationHandler attaches the bearer token only to https URLs of Graph hosts or `customHosts`; a trusted
//   TLS loopback would need NODE_TLS_REJECT_UNAUTHORIZED=0 for the whole worker.
// - MSAL knows the public cloud's metadata, so for login.microsoftonline.com only the token POST goes out.
// - nock's replyWithError on the token endpoint leaves core-rest-pipeline waiting forever; an unreachable authority
//   (a closed loopback port, real TCP) is used for the network-failure case instead.
import nock from 'nock';
import {
  GraphMailer,
  graphMailConfigSchema,
  parseRetryAfter,
  type GraphMailerOptions,
  type MailMessage,
} from '../../src/mail/graph-mail';
import { onlyScriptedRequests } from '../driver/graph';

const LOGIN = 'https://login.microsoftonline.com';
const GRAPH = 'https://graph.microsoft.com';
const SECRET = 'n0t-a-real-secret~Q8';

interface RecordedCall {
  host: string;
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

function settings(overrides: Partial<GraphMailerOptions> = {}): GraphMailerOptions {
  return {
    tenantId: '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    clientId: '9a8b7c6d-5e4f-4321-8765-43210fedcba9',
    clientSecret: SECRET,
    sender: 'uitnodigingen@broedplaats.example',
    ...overrides,
  };
}

function invitation(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    to: { name: 'Inge Inspecteur', email: 'inge@inspectie.example' },
    cause: { broedplaatsId: 'b-1', contactId: '00000000-0000-4000-8000-000000000001' },
    subject: 'Uitnodiging: broedplaats Leiderschap, 12 maart',
    html: '<p>Beste Inge, je bent uitgenodigd.</p>',
    replyTo: { name: 'Anna Aanvrager', email: 'anna@school.example' },
    ...overrides,
  };
}

/** Records every intercepted request; anything not scripted fails because net connect is off. */
const calls: RecordedCall[] = [];

function record(host: string, status: number, answer: unknown, headers: Record<string, string> = {}) {
  return function (
    this: nock.ReplyFnContext,
    uri: string,
    body: nock.Body,
  ): [number, nock.Body, Record<string, string>] {
    const authorization = this.req.headers['authorization'];
    calls.push({ host, method: this.req.method, path: uri, authorization, body });
    return [status, answer as nock.Body, headers];
  };
}

function tokenEndpoint(tenantId: string, status = 200, answer: unknown = tokenAnswer('token-for-graph-1')) {
  return nock(LOGIN)
    .post(`/${tenantId}/oauth2/v2.0/token`)
    .query(true)
    .reply(record(LOGIN, status, answer));
}

function tokenAnswer(accessToken: string) {
  return { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken };
}

function sendMailEndpoint(status: number, answer: unknown = '', headers: Record<string, string> = {}) {
  return nock(GRAPH)
    .post(/\/sendMail$/)
    .reply(record(GRAPH, status, answer, headers));
}

const graphCalls = () => calls.filter((c) => c.host === GRAPH);
const tokenCalls = () => calls.filter((c) => c.host === LOGIN);

onlyScriptedRequests(calls);

describe('GraphMailer', () => {
  it("gets a token from the tenant's token endpoint as the app and sends exactly one sendMail as the sender", async () => {
    const config = settings();
    tokenEndpoint(config.tenantId);
    sendMailEndpoint(202);

    const result = await new GraphMailer(config).send(invitation());

    expect(result).toEqual({ ok: true });
    expect(tokenCalls()).toHaveLength(1);
    const form = new URLSearchParams(String(tokenCalls()[0]!.body));
    expect(form.get('client_id')).toBe(config.clientId);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe('https://graph.microsoft.com/.default');
    expect(form.get('client_secret')).toBe(SECRET);

    expect(graphCalls()).toEqual([
      {
        host: GRAPH,
        method: 'POST',
        path: '/v1.0/users/uitnodigingen%40broedplaats.example/sendMail',
        authorization: 'Bearer token-for-graph-1',
        body: {
          message: {
            subject: 'Uitnodiging: broedplaats Leiderschap, 12 maart',
            body: { contentType: 'HTML', content: '<p>Beste Inge, je bent uitgenodigd.</p>' },
            toRecipients: [{ emailAddress: { name: 'Inge Inspecteur', address: 'inge@inspectie.example' } }],
            replyTo: [{ emailAddress: { name: 'Anna Aanvrager', address: 'anna@school.example' } }],
          },
          saveToSentItems: true,
        },
      },
    ]);
  });

  it('leaves replyTo out when the message has none and reuses the cached token for the next mail', async () => {
    const config = settings();
    tokenEndpoint(config.tenantId);
    sendMailEndpoint(202);
    sendMailEndpoint(202);
    const mailer = new GraphMailer(config);

    expect(await mailer.send(invitation({ replyTo: undefined }))).toEqual({ ok: true });
    expect(await mailer.send(invitation())).toEqual({ ok: true });

    expect(tokenCalls()).toHaveLength(1);
    const first = graphCalls()[0]!.body as { message: Record<string, unknown> };
    expect(first.message).not.toHaveProperty('replyTo');
    expect(graphCalls().map((c) => c.authorization)).toEqual([
      'Bearer token-for-graph-1',
      'Bearer token-for-graph-1',
    ]);
  });

  it('sends the token to a configured Graph root too (national cloud or egress proxy)', async () => {
    const config = settings({ graphBaseUrl: 'https://graph-egress.broedplaats.example/' });
    tokenEndpoint(config.tenantId);
    nock('https://graph-egress.broedplaats.example')
      .post('/v1.0/users/uitnodigingen%40broedplaats.example/sendMail')
      .reply(record('https://graph-egress.broedplaats.example', 202, ''));

    expect(await new GraphMailer(config).send(invitation())).toEqual({ ok: true });
    expect(calls.at(-1)?.authorization).toBe('Bearer token-for-graph-1');
  });

  it('answers 429 as retryable with the Retry-After seconds, after exactly one attempt', async () => {
    tokenEndpoint(settings().tenantId);
    sendMailEndpoint(
      429,
      { error: { code: 'ApplicationThrottled', message: 'Mailbox inge@inspectie.example is throttled' } },
      { 'Retry-After': '7', 'Content-Type': 'application/json' },
    );

    const result = await new GraphMailer(settings()).send(invitation());

    expect(result).toEqual({
      ok: false,
      retryable: true,
      retryAfterSeconds: 7,
      reason: 'Graph sendMail answered 429 (ApplicationThrottled)',
    });
    expect(graphCalls()).toHaveLength(1);
  });

  it('answers 500 as retryable', async () => {
    tokenEndpoint(settings().tenantId);
    sendMailEndpoint(500, 'Internal Server Error', { 'Content-Type': 'text/plain' });

    const result = await new GraphMailer(settings()).send(invitation());

    expect(result).toEqual({ ok: false, retryable: true, reason: 'Graph sendMail answered 500' });
  });

  it('answers 403 as not retryable, naming the Graph error code but not the addresses in its message', async () => {
    tokenEndpoint(settings().tenantId);
    sendMailEndpoint(
      403,
      {
        error: {
          code: 'ErrorAccessDenied',
          message: 'Access to uitnodigingen@broedplaats.example is denied.',
        },
      },
      { 'Content-Type': 'application/json' },
    );

    const result = await new GraphMailer(settings()).send(invitation());

    expect(result).toEqual({
      ok: false,
      retryable: false,
      reason: 'Graph sendMail answered 403 (ErrorAccessDenied)',
    });
  });

  it('answers a broken connection to Graph as retryable', async () => {
    tokenEndpoint(settings().tenantId);
    nock(GRAPH)
      .post(/\/sendMail$/)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });

    const result = await new GraphMailer(settings()).send(invitation());

    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.ok === false && result.reason).toMatch(/^network error calling Graph sendMail/);
  });

  it('gives up on a sendMail that Graph does not answer in time, as retryable', async () => {
    tokenEndpoint(settings().tenantId);
    nock(GRAPH)
      .post(/\/sendMail$/)
      .delay(2_000)
      .reply(202, '');

    const result = await new GraphMailer(settings({ timeoutMs: 200 })).send(invitation());

    expect(result).toEqual({
      ok: false,
      retryable: true,
      reason: 'network error calling Graph sendMail (TimeoutError)',
    });
  });

  it('reports a refused token request by its codes, without the secret, and sends no mail', async () => {
    const config = settings();
    tokenEndpoint(config.tenantId, 401, {
      error: 'invalid_client',
      error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${config.clientId}'. Trace ID: 0f1e Correlation ID: 2d3c`,
      error_codes: [7000215],
      trace_id: '0f1e',
      correlation_id: '2d3c',
    });

    const result = await new GraphMailer(config).send(invitation());

    expect(result).toEqual({
      ok: false,
      retryable: false,
      reason: 'token request failed (AuthenticationRequiredError, invalid_client, AADSTS7000215)',
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).not.toContain(config.clientId);
    expect(graphCalls()).toHaveLength(0);
  });

  it('reports an unreachable sign-in service as retryable', async () => {
    // The sign-in library first asks the public cloud whether the authority is known: answered here, so no request
    // is left to nock's refusal (whose late error, on a busy machine, nobody handles).
    const tenant = settings().tenantId;
    nock(LOGIN)
      .get('/common/discovery/instance')
      .query(true)
      .reply(200, {
        tenant_discovery_endpoint: `https://127.0.0.1:1/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          { preferred_network: '127.0.0.1:1', preferred_cache: '127.0.0.1:1', aliases: ['127.0.0.1:1'] },
        ],
      });
    nock.enableNetConnect('127.0.0.1');
    // Port 1 on loopback is closed: a real, immediate connection refusal.
    const result = await new GraphMailer(settings({ authorityHost: 'https://127.0.0.1:1' })).send(
      invitation(),
    );
    nock.disableNetConnect();

    expect(result).toEqual({
      ok: false,
      retryable: true,
      reason: 'token request failed (CredentialUnavailableError, endpoints_resolution_error)',
    });
    expect(graphCalls()).toHaveLength(0);
  });
});

describe('graphMailConfigSchema', () => {
  it('accepts GUIDs for tenant and app, a secret and a sender address or object id', () => {
    const { tenantId, clientId, clientSecret, sender } = settings();
    expect(graphMailConfigSchema.safeParse({ tenantId, clientId, clientSecret, sender }).success).toBe(true);
    expect(
      graphMailConfigSchema.safeParse({ tenantId, clientId, clientSecret, sender: tenantId }).success,
    ).toBe(true);
  });

  it.each([
    ['a tenant name instead of its id', { tenantId: 'contoso.onmicrosoft.com' }],
    ['an app id that is not a GUID', { clientId: 'broedplaats-bot' }],
    ['an empty secret', { clientSecret: '' }],
    ['a sender that is neither an address nor an id', { sender: 'uitnodigingen' }],
  ])('refuses %s', (_case, override) => {
    const { tenantId, clientId, clientSecret, sender } = settings();
    const parsed = graphMailConfigSchema.safeParse({ tenantId, clientId, clientSecret, sender, ...override });
    expect(parsed.success).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-03-12T09:00:00Z');
  it.each([
    ['7', 7],
    ['Wed, 12 Mar 2025 09:00:30 GMT', 30],
    ['Wed, 12 Mar 2025 08:59:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('reads %p as %p seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});
