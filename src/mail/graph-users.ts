// Looks a person up in the organisation's directory through Microsoft Graph (User.ReadBasic.All): name and address.
import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { INVITE_TEXT } from '../domain/invitation';
import { cleanText } from '../domain/text';
import {
  errorName,
  graphClient,
  graphErrorCode,
  TokenRequestFailed,
  type GraphClientOptions,
} from './graph-mail';

/** Someone the directory knows: their Entra object id, display name and mailbox address (when they have one). */
export interface DirectoryUser {
  aadObjectId: string;
  name: string;
  email?: string;
}

export type UserLookup =
  | { ok: true; user: DirectoryUser }
  /** `reason` names status and error codes only; `notFound` when the directory has no such user. */
  | { ok: false; reason: string; notFound: boolean };

/** The directory of one tenant: people picked in that tenant are looked up there, nowhere else. */
export interface Directory {
  readonly tenantId: string;
  /** Looks one Entra object id up; resolves for every HTTP, network or sign-in failure, never rejects for them. */
  user(aadObjectId: string): Promise<UserLookup>;
}

/** A look-up runs inside a turn (Teams gives up after ~10 s), next to the calls to Teams. */
const DEFAULT_TIMEOUT_MS = 3_000;

/** Only the basic profile's fields the bot uses (User.ReadBasic.All allows no more). */
const SELECT = ['id', 'displayName', 'mail'];

const userSchema = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
});

const email = z.string().email();

/** Reads users of the app's own tenant with the app's permission (client credentials), one attempt per call. */
export class GraphDirectory implements Directory {
  readonly tenantId: string;
  private readonly client: Client;

  constructor(options: GraphClientOptions) {
    this.tenantId = options.tenantId.toLowerCase();
    this.client = graphClient({ ...options, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  }

  async user(aadObjectId: string): Promise<UserLookup> {
    let response: Response;
    try {
      response = (await this.client
        .api(`/users/${encodeURIComponent(aadObjectId)}`)
        .select(SELECT)
        .responseType(ResponseType.RAW)
        .get()) as Response;
    } catch (error) {
      if (error instanceof TokenRequestFailed) return { ok: false, reason: error.reason, notFound: false };
      return {
        ok: false,
        reason: `network error calling Graph users (${errorName(error)})`,
        notFound: false,
      };
    }
    if (!response.ok) {
      const code = await graphErrorCode(response);
      return {
        ok: false,
        reason: `Graph users answered ${response.status}${code ? ` (${code})` : ''}`,
        notFound: response.status === 404,
      };
    }
    return userOf(aadObjectId, await response.json().catch(() => undefined));
  }
}

/** The answer as a user, when it is the one asked for and has a name; an unusable address is left out. */
function userOf(asked: string, body: unknown): UserLookup {
  const parsed = userSchema.safeParse(body);
  if (!parsed.success || parsed.data.id.toLowerCase() !== asked.toLowerCase())
    return { ok: false, reason: 'Graph users answered an unexpected body', notFound: false };
  const name = Array.from(cleanText(parsed.data.displayName ?? '', false))
    .slice(0, INVITE_TEXT.name.max)
    .join('')
    .trim();
  if (!name) return { ok: false, reason: 'Graph users gave no name', notFound: false };
  const mail = cleanText(parsed.data.mail ?? '', false).toLowerCase();
  return {
    ok: true,
    user: {
      aadObjectId: asked.toLowerCase(),
      name,
      ...(email.safeParse(mail).success ? { email: mail } : {}),
    },
  };
}
