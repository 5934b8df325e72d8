import { Coalescer } from '../../src/jobs/coalescer';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('coalescing the updates of one card', () => {
  it('is idle only once every requested run, and the run queued during one, has finished', async () => {
    const coalescer = new Coalescer(0);
    const runs: string[] = [];
    const first = deferred();
    const second = deferred();
    void coalescer.request('card', async () => {
      runs.push('first started');
      await first.promise;
      runs.push('first done');
    });
    await new Promise((r) => setImmediate(r));
    // Requested while the first run is running: one more run after it.
    void coalescer.request('card', async () => {
      await second.promise;
      runs.push('second done');
    });
    let idle = false;
    const waiting = coalescer.idle().then(() => (idle = true));
    first.resolve();
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toEqual(['first started', 'first done']);
    expect(idle).toBe(false);
    second.resolve();
    await waiting;
    expect(runs).toEqual(['first started', 'first done', 'second done']);
  });

  it('is idle at once when nothing was requested, and after a failed run', async () => {
    const coalescer = new Coalescer(0);
    await expect(coalescer.idle()).resolves.toBeUndefined();
    const failed = coalescer.request('card', () => Promise.reject(new Error('connector down')));
    await expect(failed).rejects.toThrow('connector down');
    await expect(coalescer.idle()).resolves.toBeUndefined();
  });

  it('runs one update of a card at a time, also once the gap after an earlier run has passed during a later one', async () => {
    const coalescer = new Coalescer(0);
    const runs: string[] = [];
    const first = deferred();
    const second = deferred();
    const a = coalescer.request('card', async () => {
      await first.promise;
      runs.push('first done');
    });
    await new Promise((r) => setImmediate(r)); // the first run has started: a request now gets a run of its own
    const b = coalescer.request('card', async () => {
      runs.push('second started');
      await second.promise;
      runs.push('second done');
    });
    first.resolve();
    await a;
    await new Promise((r) => setTimeout(r, 30)); // the first run's gap is over; the second still runs
    expect(coalescer.size).toBe(1);
    const c = coalescer.request('card', () => Promise.resolve(void runs.push('third')));
    await new Promise((r) => setTimeout(r, 30));
    expect(runs).toEqual(['first done', 'second started']);
    second.resolve();
    await Promise.all([b, c]);
    expect(runs).toEqual(['first done', 'second started', 'second done', 'third']);
  });

  it('forgets a card once its gap has passed with nothing more asked', async () => {
    const coalescer = new Coalescer(30);
    await coalescer.request('card-1', () => Promise.resolve());
    await coalescer.request('card-2', () => Promise.resolve());
    expect(coalescer.size).toBe(2);
    for (let waited = 0; coalescer.size > 0 && waited < 5_000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    expect(coalescer.size).toBe(0);
  });
});
