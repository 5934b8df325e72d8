// teams-ai's turn state, reduced to what the bot keeps per user: their open flows and whether they were greeted.
import type { Storage, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai/lib/TurnState';
import type { UserScope } from './activity';

/**
 * teams-ai's turn state with its user scope only. The bot keeps nothing per conversation (a user's open flows are
 * in their user scope, keyed by conversation), so the conversation's row, which would never be written, is not
 * read on every turn either. `state.conversation` throws, as for any scope that was not loaded (teams-ai's own sign-in
 * support would read it; the bot does not configure that).
 */
export class UserTurnState extends TurnState {
  /** This turn's handler uses nothing of the user's state: it is neither read nor written. */
  private unread = false;

  /** `needsUser` tells whether an activity's handler uses the user's state (see `unread`). */
  constructor(private readonly needsUser: (activity: TurnContext['activity']) => boolean = () => true) {
    super();
  }

  /** The user's state as read for this turn; undefined when the turn did not read it. */
  get userRead(): UserScope | undefined {
    return this.unread ? undefined : (this.user as UserScope);
  }

  protected override async onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const { user } = await super.onComputeStorageKeys(context);
    if (!user) throw new Error('teams-ai computed no user state key');
    return { user };
  }

  // teams-ai itself looks at the user scope on every turn, so it is always there; without storage it starts empty.
  override load(context: TurnContext, storage?: Storage): Promise<boolean> {
    this.unread = !this.needsUser(context.activity);
    return super.load(context, this.unread ? undefined : storage);
  }

  override save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, this.unread ? undefined : storage);
  }
}
