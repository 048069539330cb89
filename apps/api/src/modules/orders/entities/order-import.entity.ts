import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';

export const ORDER_IMPORT_STATUSES = ['queued', 'running', 'done'] as const;
/** queued (accepted, waiting for the worker), running (orders being placed), done (every line placed, skipped or failed). */
export type OrderImportStatus = (typeof ORDER_IMPORT_STATUSES)[number];

/** A line the import could not place when it ran (sold out meanwhile, an event unpublished…). */
export interface OrderImportFailure {
  line: number;
  reference: string;
  code: string;
  message: string;
}

/**
 * ORD-13: a CSV file of orders accepted after its dry run, and how far the worker got with it. The
 * file is kept with the record so that the job (and a retry after a crash) reads exactly what was
 * checked; each order's external reference makes placing it again a no-op.
 */
@Entity('order_imports')
@Index(['ticketingId', 'createdAt'])
@Check('order_imports_status_check', `status IN ('queued','running','done')`)
@Check('order_imports_progress_check', `created + skipped + failed <= total AND created >= 0 AND skipped >= 0 AND failed >= 0`)
export class OrderImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  fileName: string;

  /** The file as checked by the dry run (UTF-8 text). */
  @Column('text')
  content: string;

  @Column('text')
  status: OrderImportStatus;

  /** Whether each new order's confirmation email is sent to its customer. */
  @Column('boolean')
  notify: boolean;

  /** Orders in the file (lines sharing a reference are one order). */
  @Column('integer')
  total: number;

  @Column('integer', { default: 0 })
  created: number;

  /** Already imported (their reference exists): nothing written for them. */
  @Column('integer', { default: 0 })
  skipped: number;

  @Column('integer', { default: 0 })
  failed: number;

  @Column('jsonb', { default: () => `'[]'` })
  failures: OrderImportFailure[];

  @Column('text')
  actorKind: ActorKind;

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('text')
  actorLabel: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;
}
