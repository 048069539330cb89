import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, QueryFailedError } from 'typeorm';
import { TenantScope } from '../tenancy/tenant-scope';

// A tenant statement either filters on `ticketing_id = $1` or inserts `$1` as the ticketing_id.
const TENANT_FILTER = /\bticketing_id\s*=\s*\$1\b/;
const TENANT_INSERT = /^\s*INSERT INTO \w+\s*\(\s*ticketing_id\b[^)]*\)\s*VALUES\s*\(\s*\$1\b/i;

/**
 * The only door to PostgreSQL. A use case opens a transaction with `transaction()`; every
 * repository call made inside it (even through other modules' façades) joins that transaction.
 */
@Injectable()
export class Database {
  private readonly ambient = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction, or joins the one already open. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.ambient.getStore()) return work();
    return this.dataSource.transaction((manager) => this.ambient.run(manager, work));
  }

  get manager(): EntityManager {
    return this.ambient.getStore() ?? this.dataSource.manager;
  }

  /**
   * Raw SQL on tenant-owned tables. `$1` is always the scope's ticketing id and the statement
   * must filter on `ticketing_id = $1`, so a query that forgets the tenant fails on its first run.
   */
  async tenantQuery<R = Record<string, unknown>>(scope: TenantScope, sql: string, params: unknown[] = []): Promise<R[]> {
    if (!TENANT_FILTER.test(sql) && !TENANT_INSERT.test(sql)) throw new Error(`tenant query without "ticketing_id = $1": ${sql.slice(0, 80)}`);
    return rowsOf(await this.manager.query(sql, [scope.ticketingId, ...params]));
  }

  /** Raw SQL on platform tables (organizers, users, ticketings) and cross-tenant sweeps. */
  async platformQuery<R = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    return rowsOf(await this.manager.query(sql, params));
  }

  /** A tenant-bound view of an entity: every read and write carries the scope's ticketing id. */
  scoped<E extends ObjectLiteral & { ticketingId: string }>(entity: EntityTarget<E>, scope: TenantScope): ScopedTable<E> {
    return new ScopedTable(() => this.manager, entity, scope);
  }
}

export class ScopedTable<E extends ObjectLiteral & { ticketingId: string }> {
  constructor(
    private readonly manager: () => EntityManager,
    private readonly entity: EntityTarget<E>,
    private readonly scope: TenantScope,
  ) {}

  private where(where: FindOptionsWhere<E> = {}): FindOptionsWhere<E> {
    return { ...where, ticketingId: this.scope.ticketingId } as FindOptionsWhere<E>;
  }

  findOne(where: FindOptionsWhere<E>): Promise<E | null> {
    return this.manager().findOne(this.entity, { where: this.where(where) });
  }

  find(where: FindOptionsWhere<E> = {}, order?: Record<string, 'ASC' | 'DESC'>, take?: number): Promise<E[]> {
    return this.manager().find(this.entity, { where: this.where(where), order: order as never, take });
  }

  async insert(values: Omit<E, 'ticketingId'> | Omit<E, 'ticketingId'>[]): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, ticketingId: this.scope.ticketingId }));
    if (rows.length) await this.manager().insert(this.entity, rows as never);
  }

  async update(where: FindOptionsWhere<E>, values: Partial<Omit<E, 'ticketingId'>>): Promise<number> {
    const result = await this.manager().update(this.entity, this.where(where), values as never);
    return result.affected ?? 0;
  }
}

/** TypeORM answers UPDATE/DELETE with `[rows, rowCount]`; callers always want the rows. */
function rowsOf<R>(result: unknown): R[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as R[];
  return result as R[];
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}
