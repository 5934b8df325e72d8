// Reflection: the prompts after each meeting (jobs), answering on the card or the page behind a personal link, and
// `reflecties` for the results.
import { onVerb, type Feature } from '../../bot/feature';
import type { FeatureDeps } from '../../bot/deps';
import {
  cancelReflection,
  CLOSE_JOB,
  JOINT_JOB,
  PROMPT_JOB,
  Reflections,
  REMIND_JOB,
  runClose,
  runJoint,
  runPrompt,
  runRemind,
  scheduleReflection,
} from './reflect';
import { ReflectionResultsView } from './results';
import { WebReflection } from './web-reflection';
import { registerReflectionRoutes } from './reflection-page';
import * as verbs from './verbs';

export function reflectionFeature(deps: FeatureDeps): Feature {
  const reflections = new Reflections(deps);
  const results = new ReflectionResultsView(deps);
  return {
    name: 'reflection',
    // The prompts follow the meeting's moment, and go when it is called off.
    onMeetingChange: ({ m }) =>
      m.status === 'scheduled' ? scheduleReflection(deps, m) : cancelReflection(deps, m),
    commands: [
      {
        id: 'reflections',
        names: ['reflecties', 'reflectie', 'resultaten', 'reflections', 'results'],
        help: (t) => t.help.commands.reflections,
        run: (turn, args) => results.command(turn, args),
      },
    ],
    actions: [
      onVerb(verbs.reflectionSubmit, { run: (turn, d) => reflections.submit(turn, d) }),
      onVerb(verbs.reflectionResults, { run: (turn, d) => results.show(turn, d) }),
    ],
    routes: [
      (server) =>
        registerReflectionRoutes(server, {
          service: new WebReflection(deps),
          secret: deps.links.secret,
          logger: deps.logger,
          secureCookies: deps.links.baseUrl.startsWith('https://'),
          nowMs: () => deps.now().getTime(),
          trustedProxyHops: deps.config.trustedProxyHops,
        }),
    ],
    jobs: {
      [PROMPT_JOB]: (job) => runPrompt(deps, job.payload),
      [JOINT_JOB]: (job) => runJoint(deps, job.payload),
      [REMIND_JOB]: (job) => runRemind(deps, job.payload),
      [CLOSE_JOB]: (job) => runClose(deps, job.payload),
    },
  };
}

// What other features use of reflection: how a moment reads, and the follow-ups the reflections mention.
export { formatMoment, mentionedFollowUps } from './views';
