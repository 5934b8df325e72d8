// Every card verb is written once, where its flow declares it: a template or a second copy in the code that drifts
// from it would give a button the bot no longer hears.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FeatureDeps } from '../../src/bot/deps';
import { buildFeatures } from '../../src/features';

const root = path.join(__dirname, '..', '..');

function filesUnder(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, ext);
    return e.name.endsWith(ext) ? [full] : [];
  });
}

describe('card verbs', () => {
  const verbs = buildFeatures({} as FeatureDeps).features.flatMap((f) =>
    (f.actions ?? []).map((a) => a.verb),
  );
  const templates = filesUnder(path.join(root, 'cards'), '.json').map((f) => ({
    file: path.relative(root, f),
    text: fs.readFileSync(f, 'utf8'),
  }));
  const sources = filesUnder(path.join(root, 'src'), '.ts').map((f) => ({
    file: path.relative(root, f),
    text: fs.readFileSync(f, 'utf8'),
  }));

  it('are all there', () => {
    expect(verbs).toEqual(
      expect.arrayContaining([
        'followup.create',
        'followup.close',
        'halfday.create',
        'role.grant',
        'reflection.submit',
        'facilitator.confirm',
        'plan.create',
        'poll.vote',
        'invite.create',
        'rsvp.mark',
        'intake.answer',
        'status.detail',
        'privacy.delete',
      ]),
    );
  });

  it.each(verbs)('%s is named by no card template (the renderer gives it)', (verb) => {
    const naming = templates.filter((t) => t.text.includes(`"${verb}"`)).map((t) => t.file);
    expect(naming).toEqual([]);
  });

  it.each(verbs)('%s is written once in the code, in its flow’s verbs.ts', (verb) => {
    const writing = sources.flatMap((s) => {
      const n = s.text.split(`'${verb}'`).length - 1 + s.text.split(`"${verb}"`).length - 1;
      return Array.from({ length: n }, () => s.file);
    });
    expect(writing).toHaveLength(1);
    expect(writing[0]).toMatch(/^src\/features\/[a-z]+\/verbs\.ts$/);
  });
});
