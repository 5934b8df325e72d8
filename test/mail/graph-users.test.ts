// GraphDirectory against recorded Entra ID and Graph endpoints (nock): the real @azure/identity and Graph clients.
import nock from 'nock';
import { GraphDirectory } from '../../src/mail/graph-users';
import type { GraphClientOptions } from '../../src/mail/graph-mail';
import { onlyScriptedRequests } from '../driver/graph';

const LOGIN = 'https://login.microsoftonline.com';
const GRAPH = 'https://graph.microsoft.com';
const TENANT = '3F2B1C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D';
const SECRET = 'n0t-a-real-secret~Q8';
const MARIT = '00000000-0000-4000-8000-00000000abcd';

function settings(overrides: Partial<GraphClientOptions> = {}): GraphClientOptions {
  return {
    tenantId: TENANT,
    clientId: '9a8b7c6d-5e4f-4321-8765-43210fedcba9',
    clientSecret: SECRET,
    ...overrides,
  };
}

/** Headers of the Graph requests that came in. */
const graphRequests: { path: string; authorization: string | undefined }[] = [];

function token(
  status = 200,
  answer: unknown = { token_type: 'Bearer', expires_in: 3599, access_token: 'dir-token' },
) {
  return nock(LOGIN)
    .post(`/${TENANT.toLowerCase()}/oauth2/v2.0/token`)
    .query(true)
    .reply(status, answer as nock.Body);
}

function user(status: number, answer: unknown) {
  return nock(GRAPH)
    .get(`/v1.0/users/${MARIT}`)
    .query({ $select: 'id,displayName,mail' })
    .reply(function (uri) {
      graphRequests.push({ path: uri, authorization: this.req.headers['authorization'] });
      return [status, answer as nock.Body];
    });
}

onlyScriptedRequests(graphRequests);

describe('GraphDirectory', () => {
  it('asks the app’s own tenant for the basic profile only, signed in as the app, and gives name and address', async () => {
    token();
    user(200, { id: MARIT, displayName: '  Marit  Medewerker ', mail: 'Marit@School.example' });

    const directory = new GraphDirectory(settings());
    const found = await directory.user(MARIT);

    expect(directory.tenantId).toBe(TENANT.toLowerCase());
    expect(found).toEqual({
      ok: true,
      user: { aadObjectId: MARIT, name: 'Marit Medewerker', email: 'marit@school.example' },
    });
    expect(graphRequests).toEqual([{ path: expect.any(String), authorization: 'Bearer dir-token' }]);
  });

  it('gives the name without an address when the person has no usable mailbox address', async () => {
    token();
    user(200, { id: MARIT, displayName: 'Marit Medewerker', mail: null });

    expect(await new GraphDirectory(settings()).user(MARIT)).toEqual({
      ok: true,
      user: { aadObjectId: MARIT, name: 'Marit Medewerker' },
    });
  });

  it.each([
    ['someone else', { id: '00000000-0000-4000-8000-000000000001', displayName: 'Iemand Anders' }],
    ['no name', { id: MARIT, displayName: '', mail: 'marit@school.example' }],
    ['no user at all', { value: [] }],
  ])('takes an answer about %s as not found out', async (_case, answer) => {
    token();
    user(200, answer);

    expect(await new GraphDirectory(settings()).user(MARIT)).toMatchObject({ ok: false, notFound: false });
  });

  it('says not found for 404, and names status and code only for 403', async () => {
    token();
    user(404, { error: { code: 'Request_ResourceNotFound', message: `Resource '${MARIT}' does not exist` } });
    user(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } });
    const directory = new GraphDirectory(settings());

    expect(await directory.user(MARIT)).toEqual({
      ok: false,
      notFound: true,
      reason: 'Graph users answered 404 (Request_ResourceNotFound)',
    });
    expect(await directory.user(MARIT)).toEqual({
      ok: false,
      notFound: false,
      reason: 'Graph users answered 403 (Authorization_RequestDenied)',
    });
  });

  it('gives up on a look-up Graph does not answer in time', async () => {
    token();
    nock(GRAPH).get(`/v1.0/users/${MARIT}`).query(true).delay(600).reply(200, { id: MARIT });

    expect(await new GraphDirectory(settings({ timeoutMs: 100 })).user(MARIT)).toEqual({
      ok: false,
      notFound: false,
      reason: 'network error calling Graph users (TimeoutError)',
    });
  });

  it('reports a refused token request by its codes, without the secret, and asks Graph nothing', async () => {
    token(401, {
      error: 'invalid_client',
      error_description: 'AADSTS7000215: Invalid client secret provided.',
    });

    const found = await new GraphDirectory(settings()).user(MARIT);

    expect(found).toEqual({
      ok: false,
      notFound: false,
      reason: 'token request failed (AuthenticationRequiredError, invalid_client, AADSTS7000215)',
    });
    expect(JSON.stringify(found)).not.toContain(SECRET);
    expect(graphRequests).toEqual([]);
  });
});
