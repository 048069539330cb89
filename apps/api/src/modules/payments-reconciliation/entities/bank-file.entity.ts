import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ActorKind } from '../../../platform/audit/actor';

export const BANK_FILE_STAGES = ['queued', 'entries', 'matching', 'done'] as const;
/** queued (waiting for the worker), entries (being stored), matching (entries matched to orders), done. */
export type BankFileStage = (typeof BANK_FILE_STAGES)[number];

/**
 * PAY-5: a camt.053/.054 file the organizer imported, kept as received (the record of what was
 * booked from it), and how far the worker got with it (ADR 0051).
 */
@Entity('bank_files')
@Index(['ticketingId', 'createdAt'])
@Check('bank_files_stage_check', `stage IN ('queued','entries','matching','done')`)
@Check('bank_files_progress_check', `entries_done >= 0 AND entries_done <= entries_total AND entries_new >= 0 AND entries_new <= entries_done`)
export class BankFile {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  fileName: string;

  /** `camt.053` or `camt.054`, and its version (`001.04`…). */
  @Column('text')
  message: string;

  @Column('text')
  version: string;

  /** The XML as received (UTF-8). */
  @Column('text')
  content: string;

  @Column('text')
  stage: BankFileStage;

  /** Bank entries in the file (one per transaction of a batch entry). */
  @Column('integer')
  entriesTotal: number;

  @Column('integer', { default: 0 })
  entriesDone: number;

  /** Entries not known before: the others were stored already (by an earlier file or statement). */
  @Column('integer', { default: 0 })
  entriesNew: number;

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
