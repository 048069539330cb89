import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { DomainError, NotFoundError } from '../../platform/http/problem';
import { Keyset } from '../../platform/http/pagination';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { BankEntryStatus, BankFileSummary, BankFilesRepository, StoredBankEntry } from './bank-files.repository';
import { CamtEntry, CamtFileError, CamtReader, CamtSummary, checkCamtFile } from './camt/camt-file';
import { BankMatch } from './entities/bank-entry.entity';
import { PaymentsProblems } from './payments-reconciliation.errors';
import { PaymentsReconciliationRepository } from './payments-reconciliation.repository';

export const BANK_FILE_IMPORT_JOB = 'bank-file-import';
/** Entries written per statement (and progress written after each). */
const CHUNK = 500;
/**
 * Characters of the stored file read per query by the job: the file is never held whole. Each
 * `substr` decompresses the value from its start (pglz), so fewer, larger slices cost less: on 9 MB,
 * 1 MB slices took 0.63 s, 2 MB 0.38 s, the whole value at once 0.14 s.
 */
const SLICE = 2 * 1024 * 1024;

/** PAY-5: bank files read, stored with their job, their entries stored once each, and booked into the ledger (ADR 0051). */
@Injectable()
export class BankFiles {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly repo: BankFilesRepository,
    private readonly ledger: PaymentsReconciliationRepository,
  ) {}

  /**
   * Reads the file through (refused whole, with the element and line, when it cannot be; its entries
   * counted, not kept), then records it and queues its import in one write.
   */
  async accept(scope: TenantScope, file: { data: Buffer; fileName: string }, actor: Actor): Promise<string> {
    const read = checkOrRefuse(file.data);
    const id = randomUUID();
    // A transaction, not a batch: a batch inlines its parameters as literals, and the file (megabytes) would be copied char by char.
    await this.db.transaction(async () => {
      await this.repo.insertFile(scope, {
        id,
        fileName: file.fileName.slice(0, 200) || `${read.message}.xml`,
        message: read.message,
        version: read.version,
        // The bytes as received (checked UTF-8), sent as they are: no copy of the file as a string.
        content: file.data,
        entriesTotal: read.entries,
        actorKind: actor.kind,
        actorId: actor.id,
        actorLabel: actor.label,
        createdAt: this.clock.now(),
      });
      await this.outbox.add(scope, {
        queue: QueueName.Imports,
        name: BANK_FILE_IMPORT_JOB,
        jobId: `${BANK_FILE_IMPORT_JOB}.${id}`,
        payload: { bankFileId: id },
      });
    });
    return id;
  }

  async summary(scope: TenantScope, id: string): Promise<BankFileSummary> {
    const found = await this.repo.summary(scope, id);
    if (!found) throw new NotFoundError(PaymentsProblems.BANK_FILE_NOT_FOUND, 'Bank file');
    return found;
  }

  latest(scope: TenantScope, limit: number): Promise<BankFileSummary[]> {
    return this.repo.latest(scope, limit);
  }

  /**
   * The job's first stage: the file read again a slice at a time and its entries stored as they are
   * read, in chunks, those known already (same checksum) left as they are, progress written after
   * each chunk — neither the file nor its entries are ever held whole. Answers false when the file is
   * done already (a relayed duplicate). A retry after a crash stores again what was not: the checksum
   * decides. The file was read through when it was accepted, so it reads here to its end.
   */
  async storeEntries(scope: TenantScope, id: string): Promise<boolean> {
    const record = await this.repo.fileState(scope, id);
    if (!record || record.stage === 'done') return false;
    let pending: CamtEntry[] = [];
    const reader = new CamtReader((e) => pending.push(e));
    let done = 0;
    let added = 0;
    const store = async (chunk: CamtEntry[]) => {
      added += await this.repo.insertEntries(
        scope,
        id,
        record.createdAt,
        chunk.map((e) => ({ ...e, id: randomUUID() })),
      );
      done += chunk.length;
      await this.repo.progress(scope, id, { stage: 'entries', entriesDone: done, entriesNew: added });
    };
    for (let from = 1; ; from += SLICE) {
      const text = await this.repo.contentSlice(scope, id, from, SLICE);
      if (text) reader.write(text);
      while (pending.length >= CHUNK) {
        const chunk = pending.slice(0, CHUNK);
        pending = pending.slice(CHUNK);
        await store(chunk);
      }
      if (text.length < SLICE) break;
    }
    reader.close();
    if (pending.length) await store(pending);
    await this.repo.progress(scope, id, { stage: 'matching', entriesDone: done });
    return true;
  }

  entriesToMatch(scope: TenantScope, id: string): Promise<StoredBankEntry[]> {
    return this.repo.entriesToMatch(scope, id);
  }

  async recordMatches(scope: TenantScope, id: string, matches: { id: string; orderId: string; match: BankMatch }[]): Promise<void> {
    await this.repo.setMatches(scope, matches);
    await this.repo.progress(scope, id, { stage: 'done', finishedAt: this.clock.now() });
  }

  listEntries(scope: TenantScope, q: { status?: BankEntryStatus; bankFileId?: string; after: Keyset | null; limit: number }): Promise<StoredBankEntry[]> {
    return this.repo.listEntries(scope, q);
  }

  entries(scope: TenantScope, ids: string[]): Promise<StoredBankEntry[]> {
    return this.repo.entries(scope, ids);
  }

  /**
   * As part of the caller's write: the entry becomes a bank-transfer payment of its order for what it
   * brought, and is marked booked by the actor (with their decision that it settles the order, when
   * they took it). Fails the write if another validation booked it first.
   */
  async book(scope: TenantScope, entry: StoredBankEntry, orderId: string, change: { actor: Actor; at: Date; complete: boolean }): Promise<void> {
    const paymentId = randomUUID();
    await this.ledger.insertPayment(scope, {
      id: paymentId,
      orderId,
      method: 'bank_transfer',
      amount: entry.amount,
      currency: entry.currency,
      status: 'succeeded',
      providerReference: entry.bankReference ?? entry.reference ?? entry.checksum.slice(0, 32),
      note: [entry.debtorName, entry.reference, entry.bookingDate].filter(Boolean).join(' · ') || null,
      actorKind: change.actor.kind,
      actorId: change.actor.id,
      actorLabel: change.actor.label,
      at: change.at,
      cashGiven: null,
    });
    await this.repo.markBooked(
      scope,
      {
        id: entry.id,
        paymentId,
        at: change.at,
        complete: change.complete,
        actorKind: change.actor.kind,
        actorId: change.actor.id,
        actorLabel: change.actor.label,
      },
      {
        BANK_ENTRY_ALREADY_BOOKED: () =>
          new DomainError(PaymentsProblems.BANK_ENTRY_ALREADY_BOOKED, 'A selected bank entry was booked meanwhile: nothing was booked', [
            { field: 'entryIds', message: `${entry.id} is booked already` },
          ]),
      },
    );
  }
}

function checkOrRefuse(data: Buffer): CamtSummary {
  try {
    return checkCamtFile(data);
  } catch (error) {
    if (error instanceof CamtFileError)
      throw new DomainError(PaymentsProblems.BANK_FILE_UNREADABLE, error.message, [{ field: 'file', message: error.message }], {
        element: error.element,
        line: error.line,
      });
    throw error;
  }
}
