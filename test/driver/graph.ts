// Microsoft Graph mail for tests (nock): the settings of a bot that mails, Entra ID handing out tokens, and Graph
// taking mails while the test reads what was sent.
import nock from 'nock';

/** Mail through Microsoft Graph configured (app-only, in this tenant). */
export const MAIL_TENANT = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const MAIL_ENV = {
  MAIL_TENANT_ID: MAIL_TENANT,
  MAIL_CLIENT_ID: '9a8b7c6d-5e4f-4321-8765-43210fedcba9',
  MAIL_CLIENT_SECRET: 'n0t-a-real-secret',
  MAIL_SENDER: 'uitnodigingen@broedplaats.example',
};
/** Where the bot posts a mail, as the sender of `MAIL_ENV`. */
export const SEND_MAIL = '/v1.0/users/uitnodigingen%40broedplaats.example/sendMail';

/** Entra ID hands out a Graph token `times` times. */
export function graphToken(times = 1): nock.Scope {
  return nock('https://login.microsoftonline.com')
    .post(`/${MAIL_TENANT}/oauth2/v2.0/token`)
    .query(true)
    .times(times)
    .reply(200, {
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: 'graph-token',
    });
}

/** A mail as Graph received it. */
export interface SentMail {
  to: unknown;
  subject: string;
  content: string;
}

/** Graph takes `times` mails; returns the list they are added to as they come. */
export function graphTakes(times: number): SentMail[] {
  const sent: SentMail[] = [];
  nock('https://graph.microsoft.com')
    .post(SEND_MAIL)
    .times(times)
    .reply(function (_uri, body) {
      const m = (body as { message: { subject: string; toRecipients: unknown[]; body: { content: string } } })
        .message;
      sent.push({ to: m.toRecipients, subject: m.subject, content: m.body.content });
      return [202, ''];
    });
  return sent;
}

/** Mail plus the look-up of people in the mail app's tenant directory. */
export const DIRECTORY_ENV = { ...MAIL_ENV, GRAPH_USER_LOOKUP: 'true' };

/** Graph's directory answers each look-up of `aadObjectId` with `status` and `body`; returns the paths asked. */
export function graphUser(aadObjectId: string, status: number, body: unknown): string[] {
  const asked: string[] = [];
  nock('https://graph.microsoft.com')
    .get(`/v1.0/users/${aadObjectId}`)
    .query(true)
    .times(5)
    .reply(function (uri) {
      asked.push(decodeURIComponent(uri));
      return [status, body];
    });
  return asked;
}

/**
 * For tests of the Graph clients themselves: no request leaves the process, `recorded` is emptied before each test,
 * and a test fails when an answer it scripted was never asked for.
 */
export function onlyScriptedRequests(recorded: unknown[]): void {
  beforeAll(() => nock.disableNetConnect());
  beforeEach(() => {
    recorded.length = 0;
  });
  afterEach(() => {
    const unused = nock.pendingMocks();
    nock.cleanAll();
    expect(unused).toEqual([]);
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}
