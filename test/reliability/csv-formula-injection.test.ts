// The attack of text that a spreadsheet runs: a network name, a question or a follow-up typed as a formula ends up in
// the research export, which researchers open in Excel. Every such cell is written as text; the export link does not
// carry the project lead's Entra id, and a flood of downloads is refused.
import { parse } from 'csv-parse/sync';
import { cardOf } from '../driver/connector';
import { channel, makeUser, personalChat } from '../driver/conversation';
import { givenBroedplaats, givenFollowUp } from '../driver/factories';
import { startTestBot, type TestBot } from '../driver/test-bot';

describe('the research export opened in a spreadsheet', () => {
  let bot: TestBot;
  const lead = makeUser('Lotte Projectleider');
  beforeAll(async () => {
    bot = await startTestBot({ env: { PROJECT_LEAD_IDS: lead.aadObjectId } });
    bot.clock.set('2027-03-02T09:00:00Z');
  });
  afterAll(() => bot.stop());

  async function exportLinks(): Promise<string[]> {
    await personalChat(bot, lead).say(lead, 'export');
    const card = cardOf(bot.connector.calls.at(-1)!)!;
    return (card.actions as { type: string; url: string }[])
      .filter((a) => a.type === 'Action.OpenUrl')
      .map((a) => a.url.replace('https://broedplaats.test', bot.url));
  }

  it('writes cells that start with =, +, - or @ as text, and keeps negative numbers as numbers', async () => {
    const contact = makeUser('Carla Contact');
    const b = await givenBroedplaats(bot, contact, channel(bot, 'netwerk'), {
      question: '@SUM(1+1)*cmd|"/c calc"!A0',
      tried: '+31 6 1234 5678',
    });
    await bot.store.broedplaatsen.update(b.id, (current) => ({
      ...current,
      network: { ...current.network, name: '=HYPERLINK("https://evil.example","klik")' },
    }));
    await givenFollowUp(bot, b, '-2+3', '2027-04-01');
    const [broedplaatsen, , , followups] = await Promise.all(
      (await exportLinks()).map(async (url) => (await fetch(url)).text()),
    );
    const rows = parse(broedplaatsen!, { columns: true, bom: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    expect(rows[0]).toMatchObject({
      network: `'=HYPERLINK("https://evil.example","klik")`,
      question: `'@SUM(1+1)*cmd|"/c calc"!A0`,
    });
    const followUpRows = parse(followups!, { columns: true, bom: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    expect(followUpRows[0]).toMatchObject({ what: `'-2+3` });
    for (const file of [broedplaatsen!, followups!])
      for (const line of file.split('\n')) expect(line).not.toMatch(/(^|[,;])"?[=+@]/);
  });

  it('names the asker in the link by a keyed hash, not by their Entra id', async () => {
    const links = await exportLinks();
    for (const url of links) {
      const token = url.split('/api/export/')[1]!;
      const payload = Buffer.from(token.split('.')[0]!, 'base64url').toString();
      expect(payload).not.toContain(lead.aadObjectId);
      expect((await fetch(url)).status).toBe(200);
    }
  });

  it('answers a flood of downloads from one address with 429', async () => {
    const [url] = await exportLinks();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await fetch(url!)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
  });
});
