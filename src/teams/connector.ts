// An adapter for proactive sends whose connector clients make one HTTP request per call: the outbox decides on tries.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';

/**
 * Names of the retry policies of @azure/core-rest-pipeline (and of @azure/core-http before it). botbuilder 4.23's
 * ConnectorClient runs on a core-client pipeline with `defaultRetryPolicy` (3 more tries on 5xx, 408 and dropped
 * connections after 1 s, 2 s, 4 s; on 429/503 after Retry-After), and never reads its `noRetryPolicy` option.
 */
const RETRY_POLICIES = [
  'defaultRetryPolicy',
  'retryPolicy',
  'exponentialRetryPolicy',
  'systemErrorRetryPolicy',
  'throttlingRetryPolicy',
];

/** The part of a core-rest-pipeline Pipeline used here. */
interface PolicyPipeline {
  removePolicy(options: { name: string }): unknown[];
  getOrderedPolicies(): { name: string }[];
}

/**
 * Takes the retry policies out of a connector client's HTTP pipeline (held in its private `client`), so a 5xx, a
 * dropped connection or a 429 comes back from the one request made. Throws when the pipeline is not where botbuilder
 * 4.23 keeps it, or still retries: a client that retries unseen would send a card twice.
 */
export function withoutRetries(connector: ConnectorClient): ConnectorClient {
  const pipeline = (connector as unknown as { client?: { pipeline?: Partial<PolicyPipeline> } }).client
    ?.pipeline;
  if (typeof pipeline?.removePolicy !== 'function' || typeof pipeline.getOrderedPolicies !== 'function')
    throw new Error('connector client without a pipeline to take its retries out of');
  for (const name of RETRY_POLICIES) pipeline.removePolicy({ name });
  const left = pipeline.getOrderedPolicies().filter((p) => /retry/i.test(p.name));
  if (left.length > 0)
    throw new Error(`connector client still retries by itself: ${left.map((p) => p.name).join(', ')}`);
  return connector;
}

/** Bot Framework authentication whose connector clients make one request per call. */
class SingleTryAuthentication extends ConfigurationBotFrameworkAuthentication {
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const factory = super.createConnectorFactory(claimsIdentity);
    return {
      create: async (serviceUrl, audience) => withoutRetries(await factory.create(serviceUrl, audience)),
    };
  }
}

/**
 * An adapter for proactive calls (continueConversationAsync, createConversationAsync and what their turns send):
 * each call to Teams is one HTTP request, and a failure is thrown at once for the caller to count and retry.
 */
export function createSingleTryAdapter(auth: ConfigurationBotFrameworkAuthenticationOptions): CloudAdapter {
  return new CloudAdapter(new SingleTryAuthentication(auth));
}
