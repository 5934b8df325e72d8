// Scenarios that build on each other in one chat: a failure is pictured, and what builds on it fails at once.
import type { Page } from 'playwright-core';
import { saveFailure } from './artifacts';

/** Below jest's timeout, so a stuck scenario still gets its picture and its clear error. */
const SCENARIO_TIMEOUT_MS = 150_000;

export class Story {
  private readonly failed = new Set<string>();

  constructor(private readonly page: () => Page | undefined) {}

  /** Registers a test; with `after`, it fails at once when that earlier scenario failed. Returns its name. */
  scenario(name: string, run: () => Promise<void>, options: { after?: string } = {}): string {
    test(name, async () => {
      const after = options.after;
      if (after && this.failed.has(after)) {
        this.failed.add(name);
        throw new Error(`Not run: it builds on "${after}", which failed.`);
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Took longer than ${SCENARIO_TIMEOUT_MS / 1000} s`)),
          SCENARIO_TIMEOUT_MS,
        );
      });
      try {
        await Promise.race([run(), timeout]);
      } catch (e) {
        this.failed.add(name);
        await saveFailure(this.page(), name);
        throw e;
      } finally {
        clearTimeout(timer);
      }
    });
    return name;
  }
}
