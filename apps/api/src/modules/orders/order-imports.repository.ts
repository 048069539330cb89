import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrderImport, OrderImportFailure } from './entities/order-import.entity';

export type NewOrderImport = Pick<OrderImport, 'id' | 'fileName' | 'content' | 'notify' | 'total' | 'actorKind' | 'actorId' | 'actorLabel' | 'createdAt'>;

/** ORD-13: the import records — a file accepted after its dry run, and the worker's progress through it. */
@Injectable()
export class OrderImportsRepository {
  constructor(private readonly db: Database) {}

  /** As part of the caller's write (beside the job that will run it). */
  async insert(scope: TenantScope, i: NewOrderImport): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO order_imports (ticketing_id, id, file_name, content, status, notify, total, actor_kind, actor_id, actor_label, created_at)
       VALUES ($1, $2, $3, $4, 'queued', $5, $6, $7, $8, $9, $10)`,
      [i.id, i.fileName, i.content, i.notify, i.total, i.actorKind, i.actorId, i.actorLabel, i.createdAt],
    );
  }

  find(scope: TenantScope, id: string): Promise<OrderImport | null> {
    return this.db.scoped(OrderImport, scope).findOne({ id });
  }

  /** The latest imports, without their files. */
  async latest(scope: TenantScope, limit: number): Promise<Omit<OrderImport, 'content'>[]> {
    const rows = await this.db.scoped(OrderImport, scope).find({}, { createdAt: 'DESC' }, limit);
    return rows.map(({ content: _content, ...rest }) => rest);
  }

  /** queued → running (a retry after a crash finds it running and goes on from where the counts say). */
  async start(scope: TenantScope, id: string): Promise<boolean> {
    return (await this.db.scoped(OrderImport, scope).update({ id, status: 'queued' }, { status: 'running' })) > 0;
  }

  async progress(scope: TenantScope, id: string, counts: { created: number; skipped: number; failed: number; failures: OrderImportFailure[] }): Promise<void> {
    await this.db.scoped(OrderImport, scope).update({ id }, counts);
  }

  async finish(scope: TenantScope, id: string, at: Date): Promise<void> {
    await this.db.scoped(OrderImport, scope).update({ id }, { status: 'done', finishedAt: at });
  }
}
