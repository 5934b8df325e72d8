// A change of a meeting's moment is announced to every feature that follows meetings, each part on its own.
import { Writable } from 'node:stream';
import type { Feature, MeetingNews, Turn } from '../../src/bot/feature';
import { announce } from '../../src/features';
import { createLogger } from '../../src/logger';
import { openStore } from '../../src/store';
import { Tables } from '../../src/store/tables';
import { uniquePrefix } from '../driver/test-bot';

describe('announcing a change of a meeting', () => {
  it('runs every feature’s part even when one fails, and keeps that failure among the undelivered', async () => {
    const store = await openStore(
      new Tables({ connectionString: process.env.TEST_STORAGE_CONNECTION_STRING! }, uniquePrefix()),
    );
    const logs: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _enc, done) {
          logs.push(chunk.toString());
          done();
        },
      }),
    );
    const heard: string[] = [];
    const features: Feature[] = [
      { name: 'first', onMeetingChange: () => Promise.reject(new TypeError('broken')) },
      { name: 'without' },
      {
        name: 'last',
        onMeetingChange: async (news) => {
          heard.push(`${news.change.kind} ${news.m.id}`);
        },
      },
    ];
    const news = {
      turn: {} as Turn,
      b: { id: 'b1' },
      m: { id: 'm1' },
      change: { kind: 'cancelled', when: { start: '2027-03-16T13:00:00Z', end: '2027-03-16T15:00:00Z' } },
    } as MeetingNews;

    await announce(
      { store, logger, now: () => new Date('2027-03-02T09:00:00Z'), newId: () => 'u1' },
      features,
      news,
    );

    expect(heard).toEqual(['cancelled m1']);
    expect(await store.undelivered.list('b1')).toEqual([
      expect.objectContaining({ purpose: 'meeting-change', broedplaatsId: 'b1', reason: 'TypeError' }),
    ]);
    expect(logs.join('')).toContain('"feature":"first"');
  });
});
