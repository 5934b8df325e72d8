// What someone may see of other networks: never anything across tenants; within a tenant a network is offered
// (and joined) only by its own contacts and the project lead, and its question and contact are shown to other
// networks only when its contacts said yes.
import { sharesWithNetworks, type Broedplaats, type Network } from './broedplaats';
import { isContact, type Identity, type RoleGrant } from './roles';

/** Who is looking: their identity, the tenant they write from, whether they lead the project, their grants. */
export interface Viewer {
  identity: Identity;
  tenantId: string | undefined;
  lead: boolean;
  grants: readonly RoleGrant[];
}

/** Tenants compare case-insensitively; "no tenant" (a local test client) is a tenant of its own. */
export function sameTenant(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

function inTenant(b: Broedplaats, tenantId: string | undefined): boolean {
  return sameTenant(b.origin.tenantId, tenantId);
}

/** Whether a network belongs to this tenant: as recorded, or (stored before that) by one of its broedplaatsen. */
function networkInTenant(
  n: Network,
  tenantId: string | undefined,
  broedplaatsen: readonly Broedplaats[],
): boolean {
  if (n.tenantId !== undefined) return sameTenant(n.tenantId, tenantId);
  return broedplaatsen.some((b) => b.network.id === n.id && inTenant(b, tenantId));
}

/**
 * Whether the viewer may start a broedplaats for this network: a network of their tenant of which they are a
 * contact of a broedplaats, or any network of their tenant for the project lead.
 */
export function mayJoinNetwork(viewer: Viewer, n: Network, broedplaatsen: readonly Broedplaats[]): boolean {
  if (!networkInTenant(n, viewer.tenantId, broedplaatsen)) return false;
  if (viewer.lead) return true;
  return broedplaatsen.some(
    (b) =>
      b.network.id === n.id && inTenant(b, viewer.tenantId) && isContact(b, viewer.identity, viewer.grants),
  );
}

/**
 * The networks of the viewer's tenant (stored ones and those their broedplaatsen name) split in those they may
 * pick (`offered`) and those whose name another network of their tenant has (`taken`: never shown, refused when
 * typed). Other tenants' networks are in neither.
 */
export function networksFor(
  viewer: Viewer,
  networks: readonly Network[],
  broedplaatsen: readonly Broedplaats[],
): { offered: Network[]; taken: Network[] } {
  const byId = new Map<string, Network>();
  for (const n of [...broedplaatsen.map((b) => b.network), ...networks]) byId.set(n.id, n);
  const own = [...byId.values()]
    .filter((n) => networkInTenant(n, viewer.tenantId, broedplaatsen))
    .sort((x, y) => x.name.localeCompare(y.name, 'nl'));
  const offered = own.filter((n) => mayJoinNetwork(viewer, n, broedplaatsen));
  return { offered, taken: own.filter((n) => !offered.includes(n)) };
}

/** The broedplaatsen that may be suggested as related to `subject`: other networks' of the same tenant. */
export function relatedCandidates(subject: Broedplaats, all: readonly Broedplaats[]): Broedplaats[] {
  return all.filter(
    (o) => o.id !== subject.id && o.network.id !== subject.network.id && inTenant(o, subject.origin.tenantId),
  );
}

/**
 * Whether the viewer may see another broedplaats's network name, question and contact: when its contacts said
 * yes, or when the viewer is one of them or the project lead. Otherwise only its theme and shared barriers.
 */
export function mayShowDetails(viewer: Viewer, other: Broedplaats): boolean {
  return sharesWithNetworks(other) || viewer.lead || isContact(other, viewer.identity, viewer.grants);
}
