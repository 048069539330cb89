import { EntitySubscriberInterface, EventSubscriber, InsertEvent, RemoveEvent, SoftRemoveEvent, UpdateEvent } from 'typeorm';
import { refuseImmediateWrite } from './database';

/**
 * Every write TypeORM sends (save, insert, update, remove — through `scoped()` or a manager) is
 * refused while `atomically()` composes a batch: it would run at once and commit on its own even
 * if the batch then failed. Raw SQL gets the same check in `Database`.
 */
@EventSubscriber()
export class BatchGuard implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<unknown>): void {
    refuseImmediateWrite(`insert into ${event.metadata.tableName}`);
  }

  beforeUpdate(event: UpdateEvent<unknown>): void {
    refuseImmediateWrite(`update of ${event.metadata.tableName}`);
  }

  beforeRemove(event: RemoveEvent<unknown>): void {
    refuseImmediateWrite(`delete from ${event.metadata.tableName}`);
  }

  beforeSoftRemove(event: SoftRemoveEvent<unknown>): void {
    refuseImmediateWrite(`soft delete from ${event.metadata.tableName}`);
  }
}
