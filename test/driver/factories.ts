// Small factories for stored fixtures (a broedplaats ready to plan for, …), so tests need not replay an intake.
import { randomUUID } from 'node:crypto';
import type { Broedplaats } from '../../src/domain/broedplaats';
import type { TestConversation, TestUser } from './conversation';
import type { TestBot } from './test-bot';

/** Stores a broedplaats with `contact` as its contact, started in `origin`; returns it. */
export async function givenBroedplaats(
  bot: TestBot,
  contact: TestUser,
  origin: TestConversation,
  overrides: Partial<Broedplaats> = {},
): Promise<Broedplaats> {
  const id = randomUUID();
  const now = bot.clock.now().toISOString();
  const b: Broedplaats = {
    version: 1,
    id,
    network: {
      id: randomUUID(),
      name: `Netwerk ${id.slice(0, 6)}`,
      kind: 'regionaal',
      schoolCount: 5,
      createdAt: now,
    },
    question: 'Hoe ver mag je als school gaan in het flexibel en gedifferentieerd aanbieden van examens?',
    tried: 'Vakken eerder afsluiten.',
    systemBarriers: ['examenregels'],
    systemNowhere: false,
    theme: 'examinering',
    stakeholders: ['ocw', 'inspectie'],
    research: { wish: 'ja', topic: 'schoolexamens' },
    facilitator: { chosen: false },
    meetings: { count: 2, period: 'voorjaar 2027' },
    contacts: [{ aadObjectId: contact.aadObjectId, name: contact.name }],
    createdBy: { aadObjectId: contact.aadObjectId, name: contact.name },
    createdAt: now,
    origin: { conversationId: origin.id, kind: origin.type, tenantId: origin.tenantId },
    ...overrides,
  };
  await bot.store.broedplaatsen.create(b);
  return b;
}
