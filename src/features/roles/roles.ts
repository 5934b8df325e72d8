// `rol`: a project lead gives or takes back the role of project lead, contact or facilitator; every change is recorded.
import { DateTime } from 'luxon';
import type { ActionOutcome, Turn } from '../../bot/feature';
import { renderRolesCard } from '../../cards/forms';
import type { AdaptiveCard } from '../../cards/render';
import { ZONE } from '../../domain/meeting';
import type { Broedplaats } from '../../domain/broedplaats';
import { isPseudonym } from '../../domain/pseudonym';
import { GRANTABLE_ROLES, type RoleGrant } from '../../domain/roles';
import type { FeatureDeps } from '../../bot/deps';
import { isLead } from '../shared/access';
import { resolvePeople } from '../shared/people';
import * as verbs from './verbs';
import type { RolesForm } from './verbs';

/** Lines of current roles the card lists (it must stay well under Teams' card size). */
const CURRENT_SHOWN = 40;

export class Roles {
  constructor(private readonly deps: FeatureDeps) {}

  /** `rol`: the roles card (project leads only). */
  async command(turn: Turn): Promise<void> {
    if (!(await isLead(this.deps, turn))) return void (await turn.send(turn.t.roles.leadsOnly));
    await turn.send({ card: await this.card(turn) });
  }

  private async card(
    turn: Turn,
    status?: { text: string; color: 'Good' | 'Attention' },
    values: Partial<RolesForm> = {},
  ): Promise<AdaptiveCard> {
    const r = turn.t.roles;
    const [broedplaatsen, grants, log] = await Promise.all([
      this.deps.store.broedplaatsen.list(),
      this.deps.store.roles.all(),
      this.deps.store.roles.changesLog(10),
    ]);
    const networkOf = (id?: string) => broedplaatsen.find((b) => b.id === id)?.network.name;
    const where = (id?: string) => (id && networkOf(id) ? r.at({ network: networkOf(id) ?? '' }) : '');
    const when = (iso: string) =>
      DateTime.fromISO(iso)
        .setZone(ZONE)
        .setLocale(turn.locale === 'en' ? 'en-GB' : 'nl')
        .toFormat('d LLL yyyy HH:mm');
    return renderRolesCard({
      title: r.form.title,
      intro: r.form.intro,
      status: status?.text ?? '',
      statusColor: status?.color ?? 'Default',
      personLabel: r.form.person,
      person: values.person ?? '',
      // No role is chosen for the lead: a default left as it was would grant a role nobody chose.
      role: values.role ?? '',
      broedplaatsId: values.broedplaatsId ?? '',
      roleLabel: r.form.role,
      roles: GRANTABLE_ROLES.map((role) => ({ title: r.names[role], value: role })),
      broedplaatsLabel: r.form.broedplaats,
      broedplaatsen: broedplaatsen.map((b) => ({ title: b.network.name, value: b.id })),
      currentLabel: r.form.current,
      current: this.currentRoles(turn, broedplaatsen, grants, where),
      logLabel: r.form.log,
      log: log.length
        ? log.map((c) =>
            r.logLine({
              when: when(c.at),
              by: c.by.name,
              action: r.actions[c.action],
              name: c.target.name,
              role: r.names[c.role],
              where: where(c.broedplaatsId),
            }),
          )
        : [r.none],
      grantLabel: r.form.grant,
      revokeLabel: r.form.revoke,
      verbs: { grant: verbs.roleGrant.name, revoke: verbs.roleRevoke.name },
    });
  }

  /**
   * Everyone's roles as they count: project leads from the settings, contacts from the intake, recognised
   * facilitators and the roles given here (at most CURRENT_SHOWN lines).
   */
  private currentRoles(
    turn: Turn,
    broedplaatsen: readonly Broedplaats[],
    grants: readonly RoleGrant[],
    where: (id?: string) => string,
  ): string[] {
    const r = turn.t.roles;
    const nameOf = (aad: string) =>
      aad.toLowerCase() === turn.actor.aadObjectId ? `${turn.actor.name} (${r.you})` : aad;
    const lines = [
      ...this.deps.config.projectLeadIds.map((id) => `${nameOf(id)}: ${r.names.lead}${r.fromSettings}`),
      ...broedplaatsen.flatMap((b) => [
        ...b.contacts
          .filter((c) => !isPseudonym(c.aadObjectId))
          .map((c) => `${c.name}: ${r.names.contact}${where(b.id)}${r.fromIntake}`),
        ...(b.facilitator.chosen && b.facilitator.aadObjectId
          ? [`${b.facilitator.name}: ${r.names.facilitator}${where(b.id)}`]
          : []),
      ]),
      ...grants.map((g) => `${g.name}: ${r.names[g.role]}${where(g.broedplaatsId)}`),
    ];
    if (lines.length === 0) return [r.none];
    return lines.length > CURRENT_SHOWN
      ? [...lines.slice(0, CURRENT_SHOWN), r.more({ n: lines.length - CURRENT_SHOWN })]
      : lines;
  }

  /** "Rol geven" / "Rol ontnemen": checked against the asker's own rights every time. */
  async change(turn: Turn, action: 'grant' | 'revoke', data: RolesForm): Promise<ActionOutcome> {
    const r = turn.t.roles;
    if (!(await isLead(this.deps, turn))) return { message: r.leadsOnly };
    const people = data.person ? await resolvePeople(this.deps, turn, data.person, 1) : undefined;
    const person = people?.[0];
    const refuse = async (text: string) => ({
      card: await this.card(turn, { text, color: 'Attention' }, data),
    });
    if (!person) return refuse(r.errors.person);
    const role = GRANTABLE_ROLES.find((g) => g === data.role);
    if (!role) return refuse(r.errors.role);
    const b = role === 'lead' ? undefined : await this.deps.store.broedplaatsen.get(data.broedplaatsId ?? '');
    if (role !== 'lead' && !b) return refuse(r.errors.broedplaats);
    const name = person.name ?? person.aadObjectId;
    const by = { aadObjectId: turn.actor.aadObjectId ?? '', name: turn.actor.name };
    const at = this.deps.now().toISOString();
    const where = b ? r.at({ network: b.value.network.name }) : '';
    if (action === 'grant') {
      await this.deps.store.roles.grant(
        {
          role,
          broedplaatsId: b?.value.id,
          aadObjectId: person.aadObjectId,
          name,
          grantedBy: by,
          grantedAt: at,
        },
        this.deps.newId(),
      );
      return {
        card: await this.card(turn, { text: r.granted({ name, role: r.names[role], where }), color: 'Good' }),
      };
    }
    const removed = await this.deps.store.roles.revoke(
      { role, broedplaatsId: b?.value.id, aadObjectId: person.aadObjectId },
      { target: { aadObjectId: person.aadObjectId, name }, by, at },
      this.deps.newId(),
    );
    return {
      card: await this.card(
        turn,
        removed
          ? { text: r.revoked({ name, role: r.names[role], where }), color: 'Good' }
          : { text: r.notHeld({ name, role: r.names[role] }), color: 'Attention' },
      ),
    };
  }
}
