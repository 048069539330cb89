/** Who acts: a customer in the shop, an organizer's user, a scanning device, an integrator's API key, or Guichet itself. */
export const ACTOR_KINDS = ['customer', 'user', 'device', 'api_key', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Recorded with every change to an order and every ledger row: who did it, in words a person reads. */
export interface Actor {
  kind: ActorKind;
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null, label: 'Guichet' };
