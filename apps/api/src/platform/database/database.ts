import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeLiteral } from 'pg';
import type { DatabaseError, Pool, PoolClient, QueryResult } from 'pg';
// pg serializes Dates, arrays and JSON for the wire this way; literals must match it exactly.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- not in @types/pg
const { prepareValue } = require('pg/lib/utils') as { prepareValue(v: unknown): string | Buffer | null };
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { TenantScope } from '../tenancy/tenant-scope';

// In a tenant statement every INSERT writes `$1` as the ticketing_id, and a statement that
// updates, deletes or only reads filters on `ticketing_id = $1`.
const TENANT_FILTER = /\bticketing_id\s*=\s*\$1\b/;
const INSERT = /\bINSERT INTO\b/gi;
const TENANT_INSERT = /\bINSERT INTO \w+\s*\(\s*ticketing_id\b[^)]*\)\s*(VALUES\s*\(\s*\$1\b|SELECT\s+\$1\b)/gi;

/** The guard on raw tenant SQL: a statement that forgets the tenant fails on its first run. */
export function isTenantSafe(sql: string): boolean {
  const inserts = sql.match(INSERT)?.length ?? 0;
  if (inserts !== (sql.match(TENANT_INSERT)?.length ?? 0)) return false;
  // An upsert's `ON CONFLICT … DO UPDATE` only touches the row its INSERT names.
  const rest = sql.replace(/\bON CONFLICT\b[^;]*?\bDO UPDATE\b/gi, '');
  return inserts > 0 && !/\b(UPDATE|DELETE)\b/i.test(rest) ? true : TENANT_FILTER.test(sql);
}

/**
 * The only door to PostgreSQL. A use case opens a transaction with `transaction()`; every
 * repository call made inside it (even through other modules' façades) joins that transaction.
 */
interface OpenTransaction {
  manager: EntityManager;
  /** The same connection, for raw SQL without TypeORM's per-query overhead (hot paths). */
  client: PoolClient;
}

/** A `guichet_require(…)` in a batch did not hold: the whole batch was rolled back. */
export class RequirementFailed extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {
    super(`requirement failed: ${code} ${detail}`);
  }
}

/**
 * How the module that queued a write explains its requirement failing, by requirement code: the
 * batch was rolled back, so the explanation may read the database again (what is left, who took
 * the seats). Whoever composed the batch gets that module's own error, never a raw code to match.
 */
export type Explainers = Partial<Record<string, (failure: RequirementFailed) => Promise<Error> | Error>>;

/** A write sent at once while a batch is being composed: it would commit on its own, outside the batch. */
export class ImmediateWriteInBatchError extends Error {
  constructor(what: string) {
    super(`a write inside atomically() must be queued with deferWrite/deferQuery, not sent at once: ${what.slice(0, 120)}`);
  }
}

// Statements that change something (or lock rows, which only means something inside a transaction).
const WRITE =
  /\b(INSERT\s+INTO|UPDATE\s+[\w."]+(\s+(AS\s+)?\w+)?\s+SET|DELETE\s+FROM|TRUNCATE|MERGE\s+INTO|FOR\s+(NO\s+KEY\s+)?UPDATE|FOR\s+(KEY\s+)?SHARE|guichet_(?!require\b)\w+|nextval|setval|pg_advisory\w*|BEGIN|START\s+TRANSACTION|COMMIT)\b/i;

/** Whether a statement writes (or locks): such a statement may not run at once inside a batch. */
export const isWrite = (sql: string): boolean => WRITE.test(sql);

// The batch being composed in this async context, if any: module-level so the TypeORM subscriber
// (registered on the data source, outside Nest's injector) sees it too.
const composing = new AsyncLocalStorage<Batch>();

/** Refuses a write sent at once while a batch is being composed in this async context. */
export function refuseImmediateWrite(what: string): void {
  if (composing.getStore()) throw new ImmediateWriteInBatchError(what);
}

function literal(value: unknown): string {
  const prepared = value === undefined ? null : prepareValue(value);
  return prepared === null ? 'NULL' : escapeLiteral(String(prepared));
}

/** Binds parameters as escaped literals, for the simple-protocol batch (one round trip). */
export function inlineParams(sql: string, params: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

function asRequirement(error: unknown): unknown {
  const e = error as DatabaseError;
  return e?.code === 'GU001' ? new RequirementFailed(e.message, e.detail ?? '') : error;
}

/** Rows of a statement queued in a batch: there once the batch has run. */
export class Later<T> {
  private value?: T;
  private settled = false;

  settle(value: T): void {
    this.value = value;
    this.settled = true;
  }

  get(): T {
    if (!this.settled) throw new Error('read before its batch ran: read it after atomically() returns');
    return this.value as T;
  }

  /** The same rows, shaped: `f` runs when the result is read. */
  map<U>(f: (value: T) => U): { get(): U } {
    return { get: () => f(this.get()) };
  }
}

interface Batch {
  statements: string[];
  /** Statement index → where its rows go. */
  results: Map<number, Later<unknown[]>>;
  /** Requirement code → how the module that queued it explains its failure. */
  explainers: Explainers;
}

@Injectable()
export class Database {
  private readonly ambient = new AsyncLocalStorage<OpenTransaction>();

  constructor(readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction, or joins the one already open. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.ambient.getStore()) return work();
    refuseImmediateWrite('transaction() inside atomically()');
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await runner.startTransaction();
      const result = await this.ambient.run({ manager: runner.manager, client }, work);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Runs `work`, whose reads happen at once and whose writes (`deferWrite`) are queued, then sends
   * all the writes in one multi-statement query: PostgreSQL runs them as one transaction, so locks
   * (the capacity row) are held only inside the server. A `guichet_require(…)` that fails rolls the
   * batch back; the module that queued it explains why (its `Explainers`), else it surfaces as
   * `RequirementFailed`. Reads inside `work` run at once; a write sent at once is refused.
   */
  async atomically<T>(work: () => Promise<T>, options: { durable?: boolean } = {}): Promise<T> {
    if (composing.getStore() || this.ambient.getStore()) throw new Error('atomically() cannot be nested in a transaction or batch');
    // `durable: false` — for writes a crash may lose (cart holds expire anyway): the commit does not
    // wait for the WAL flush, so locks taken in the batch are released sooner. All-or-nothing still holds.
    const batch: Batch = { statements: options.durable === false ? ['SET LOCAL synchronous_commit = off'] : [], results: new Map(), explainers: {} };
    const result = await composing.run(batch, work);
    if (batch.statements.length > (options.durable === false ? 1 : 0)) {
      let results: QueryResult | QueryResult[];
      try {
        results = await this.pool.query(batch.statements.join(';\n'));
      } catch (error) {
        throw await explained(asRequirement(error), batch.explainers);
      }
      const all = Array.isArray(results) ? results : [results];
      for (const [index, later] of batch.results) later.settle(all[index].rows);
    }
    return result;
  }

  /**
   * A tenant write whose result rows the caller needs: queued like `deferWrite`, its rows are
   * readable once the enclosing `atomically()` has returned (at once outside a batch).
   */
  async deferQuery<R>(scope: TenantScope, sql: string, params: unknown[] = [], explainers: Explainers = {}): Promise<Later<R[]>> {
    const later = new Later<R[]>();
    await this.enqueue(scope, sql, params, explainers, later as Later<unknown[]>);
    return later;
  }

  /**
   * A tenant write: queued in the enclosing `atomically()`, else run now (in the open transaction,
   * if any). `explainers` turn its `guichet_require(…)` failures into the writing module's errors.
   */
  async deferWrite(scope: TenantScope, sql: string, params: unknown[] = [], explainers: Explainers = {}): Promise<void> {
    await this.enqueue(scope, sql, params, explainers);
  }

  private async enqueue(scope: TenantScope, sql: string, params: unknown[], explainers: Explainers, later?: Later<unknown[]>): Promise<void> {
    if (!isTenantSafe(sql)) throw new Error(`tenant query without "ticketing_id = $1": ${sql.slice(0, 80)}`);
    const batch = composing.getStore();
    if (batch) {
      const index = batch.statements.push(inlineParams(sql, [scope.ticketingId, ...params])) - 1;
      if (later) batch.results.set(index, later);
      Object.assign(batch.explainers, explainers);
      return;
    }
    try {
      const rows = await this.send(sql, [scope.ticketingId, ...params]);
      later?.settle(rows);
    } catch (error) {
      throw await explained(asRequirement(error), explainers);
    }
  }

  private get pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  get manager(): EntityManager {
    return this.ambient.getStore()?.manager ?? this.dataSource.manager;
  }

  /** Reads (and, outside a batch, writes) sent at once. */
  private async raw<R>(sql: string, params: unknown[]): Promise<R[]> {
    if (composing.getStore() && isWrite(sql)) throw new ImmediateWriteInBatchError(sql);
    return this.send<R>(sql, params);
  }

  private async send<R>(sql: string, params: unknown[]): Promise<R[]> {
    const db = this.ambient.getStore()?.client ?? this.pool;
    return (await db.query(sql, params)).rows as R[];
  }

  /**
   * Raw SQL on tenant-owned tables. `$1` is always the scope's ticketing id and the statement
   * must filter on `ticketing_id = $1`, so a query that forgets the tenant fails on its first run.
   */
  async tenantQuery<R = Record<string, unknown>>(scope: TenantScope, sql: string, params: unknown[] = []): Promise<R[]> {
    if (!isTenantSafe(sql)) throw new Error(`tenant query without "ticketing_id = $1": ${sql.slice(0, 80)}`);
    return this.raw<R>(sql, [scope.ticketingId, ...params]);
  }

  /** Raw SQL on platform tables (organizers, users, ticketings) and cross-tenant sweeps. */
  async platformQuery<R = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    return this.raw<R>(sql, params);
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

  count(where: FindOptionsWhere<E> = {}): Promise<number> {
    return this.manager().count(this.entity, { where: this.where(where) });
  }

  /** Runs at once (refused inside `atomically()`, see BatchGuard); a write that may join a batch uses `deferWrite`. */
  async insert(values: Omit<E, 'ticketingId'> | Omit<E, 'ticketingId'>[]): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, ticketingId: this.scope.ticketingId }));
    if (rows.length) await this.manager().insert(this.entity, rows as never);
  }

  async update(where: FindOptionsWhere<E>, values: Partial<Omit<E, 'ticketingId'>>): Promise<number> {
    const result = await this.manager().update(this.entity, this.where(where), values as never);
    return result.affected ?? 0;
  }
}

async function explained(error: unknown, explainers: Explainers): Promise<unknown> {
  const explain = error instanceof RequirementFailed ? explainers[error.code] : undefined;
  return explain ? explain(error as RequirementFailed) : error;
}

/** A unique index refused the row (from TypeORM or raw SQL). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e?.code === '23505' || e?.driverError?.code === '23505';
}
