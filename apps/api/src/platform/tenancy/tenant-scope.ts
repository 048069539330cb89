/**
 * Proof that a request was admitted to one ticketing. Repositories take it for every query;
 * it is created only by the tenant guard, the shop's slug resolver or a job carrying the id.
 */
export class TenantScope {
  private constructor(readonly ticketingId: string) {}

  /** For trusted callers that already resolved the ticketing (guards, jobs, seeds). */
  static of(ticketingId: string): TenantScope {
    return new TenantScope(ticketingId);
  }
}
