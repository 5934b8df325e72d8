// Reflections (one row per meeting and participant, written by that participant) and who was asked (prompts).
import { odata, type TableClient } from '@azure/data-tables';
import { promptSchema, reflectionSchema, type Reflection, type ReflectionPrompt } from '../domain/reflection';
import { escapeKey } from './keys';
import { ConflictError, JsonTable, type Stored } from './json-table';

export class ReflectionStore {
  private readonly reflections: JsonTable<typeof reflectionSchema>;
  private readonly prompts: JsonTable<typeof promptSchema>;

  constructor(reflectionClient: TableClient, promptClient: TableClient) {
    this.reflections = new JsonTable(reflectionClient, reflectionSchema, (r) => ({
      broedplaatsId: r.broedplaatsId,
    }));
    this.prompts = new JsonTable(promptClient, promptSchema, (p) => ({ broedplaatsId: p.broedplaatsId }));
  }

  /** Stores a participant's reflection (their own row: a later answer replaces it). */
  async put(r: Reflection): Promise<void> {
    await this.reflections.put(escapeKey(r.meetingId), escapeKey(r.participant.aadObjectId), r);
  }

  async get(meetingId: string, aadObjectId: string): Promise<Reflection | undefined> {
    return (await this.reflections.get(escapeKey(meetingId), escapeKey(aadObjectId)))?.value;
  }

  /** The reflections on one meeting (one query). */
  async listFor(meetingId: string): Promise<Reflection[]> {
    return (await this.reflections.query(odata`PartitionKey eq ${escapeKey(meetingId)}`)).map((r) => r.value);
  }

  /** Every reflection (one query), for overviews and the export. */
  async listAll(): Promise<Reflection[]> {
    return (await this.reflections.query('')).map((r) => r.value);
  }

  /** Records that a participant is asked; false when they were asked already (so nobody is asked twice). */
  async recordPrompt(p: ReflectionPrompt): Promise<boolean> {
    try {
      await this.prompts.create(escapeKey(p.meetingId), escapeKey(p.participant.aadObjectId), p);
      return true;
    } catch (e) {
      if (e instanceof ConflictError) return false;
      throw e;
    }
  }

  async updatePrompt(
    meetingId: string,
    aadObjectId: string,
    change: (p: ReflectionPrompt) => ReflectionPrompt | undefined,
  ): Promise<Stored<ReflectionPrompt> | undefined> {
    return this.prompts.update(escapeKey(meetingId), escapeKey(aadObjectId), (p) =>
      p ? change(p) : undefined,
    );
  }

  /** Whether, and how, one participant was asked about one meeting. */
  async prompt(meetingId: string, aadObjectId: string): Promise<ReflectionPrompt | undefined> {
    return (await this.prompts.get(escapeKey(meetingId), escapeKey(aadObjectId)))?.value;
  }

  /** Who was asked about one meeting (one query). */
  async promptsFor(meetingId: string): Promise<ReflectionPrompt[]> {
    return (await this.prompts.query(odata`PartitionKey eq ${escapeKey(meetingId)}`)).map((r) => r.value);
  }

  /** Every prompt (one query), for overviews. */
  async listAllPrompts(): Promise<ReflectionPrompt[]> {
    return (await this.prompts.query('')).map((r) => r.value);
  }
}
