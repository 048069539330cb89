import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import type { CamtEntry } from './camt/camt-file';
import { BankEntry, BankMatch } from './entities/bank-entry.entity';
import { BankFile, BankFileStage } from './entities/bank-file.entity';

export type NewBankFile = Pick<BankFile, 'id' | 'fileName' | 'message' | 'version' | 'entriesTotal' | 'actorKind' | 'actorId' | 'actorLabel' | 'createdAt'> & {
  /** The file's bytes, UTF-8 checked: sent as they are (a text column takes them in binary form), never copied to a string. */
  content: Buffer;
};
export type BankFileSummary = Omit<BankFile, 'content' | 'ticketingId'>;
/** What the list's filter asks: to book (matched by reference), suggested, unmatched, booked, or not a payment (debits, unbooked). */
export const BANK_ENTRY_STATUSES = ['matched', 'suggested', 'unmatched', 'booked', 'ignored'] as const;
export type BankEntryStatus = (typeof BANK_ENTRY_STATUSES)[number];

const STATUS_SQL = `CASE WHEN NOT credit OR coalesce(bank_status, 'BOOK') <> 'BOOK' THEN 'ignored'
  WHEN payment_id IS NOT NULL THEN 'booked' WHEN match = 'suggestion' THEN 'suggested' WHEN match IS NOT NULL THEN 'matched' ELSE 'unmatched' END`;
const ENTRY_COLUMNS = `id, bank_file_id AS "bankFileId", checksum, imported_at AS "importedAt", line, account, to_char(booking_date, 'YYYY-MM-DD') AS "bookingDate",
  to_char(value_date, 'YYYY-MM-DD') AS "valueDate", amount, currency, credit, bank_status AS "bankStatus", reference_kind AS "referenceKind", reference, message,
  debtor_name AS "debtorName", bank_reference AS "bankReference", end_to_end_id AS "endToEndId", order_id AS "orderId", match, payment_id AS "paymentId",
  booked_at AS "bookedAt", booked_complete AS "bookedComplete", actor_kind AS "actorKind", actor_id AS "actorId", actor_label AS "actorLabel", ${STATUS_SQL} AS status`;

const FILE_COLUMNS = `id, file_name AS "fileName", message, version, stage, entries_total AS "entriesTotal", entries_done AS "entriesDone",
  entries_new AS "entriesNew", actor_kind AS "actorKind", actor_id AS "actorId", actor_label AS "actorLabel", created_at AS "createdAt", finished_at AS "finishedAt"`;

export type StoredBankEntry = Omit<BankEntry, 'ticketingId'> & { status: BankEntryStatus };

/** PAY-5: bank files and their entries (ADR 0051). */
@Injectable()
export class BankFilesRepository {
  constructor(private readonly db: Database) {}

  /** As part of the caller's write (beside the job that will read it). */
  async insertFile(scope: TenantScope, f: NewBankFile): Promise<void> {
    await this.db.deferWrite(
      scope,
      `INSERT INTO bank_files (ticketing_id, id, file_name, message, version, content, stage, entries_total, actor_kind, actor_id, actor_label, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7, $8, $9, $10, $11)`,
      [f.id, f.fileName, f.message, f.version, f.content, f.entriesTotal, f.actorKind, f.actorId, f.actorLabel, f.createdAt],
    );
  }

  /** How far the file's import went, without its content. */
  async fileState(scope: TenantScope, id: string): Promise<Pick<BankFile, 'stage' | 'createdAt'> | null> {
    const [row] = await this.db.tenantQuery<Pick<BankFile, 'stage' | 'createdAt'>>(
      scope,
      `SELECT stage, created_at AS "createdAt" FROM bank_files WHERE ticketing_id = $1 AND id = $2`,
      [id],
    );
    return row ?? null;
  }

  /** `length` characters of the file's text from the `from`-th (1-based): shorter (or empty) at its end. */
  async contentSlice(scope: TenantScope, id: string, from: number, length: number): Promise<string> {
    const [row] = await this.db.tenantQuery<{ text: string }>(
      scope,
      `SELECT substr(content, $3, $4) AS text FROM bank_files WHERE ticketing_id = $1 AND id = $2`,
      [id, from, length],
    );
    return row?.text ?? '';
  }

  async summary(scope: TenantScope, id: string): Promise<BankFileSummary | null> {
    const [row] = await this.db.tenantQuery<BankFileSummary>(scope, `SELECT ${FILE_COLUMNS} FROM bank_files WHERE ticketing_id = $1 AND id = $2`, [id]);
    return row ?? null;
  }

  /** The latest files, without their content. */
  latest(scope: TenantScope, limit: number): Promise<BankFileSummary[]> {
    return this.db.tenantQuery<BankFileSummary>(
      scope,
      `SELECT ${FILE_COLUMNS} FROM bank_files WHERE ticketing_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [limit],
    );
  }

  async progress(scope: TenantScope, id: string, p: { stage: BankFileStage; entriesDone?: number; entriesNew?: number; finishedAt?: Date }): Promise<void> {
    await this.db.scoped(BankFile, scope).update({ id }, p);
  }

  /**
   * Stores the entries not stored yet (by their checksum), at once; answers how many were new. A
   * retried job or a second file reporting the same movements writes nothing for them.
   */
  async insertEntries(scope: TenantScope, fileId: string, importedAt: Date, entries: (CamtEntry & { id: string })[]): Promise<number> {
    if (!entries.length) return 0;
    const rows = entries.map((e) => ({
      id: e.id,
      checksum: e.checksum,
      line: e.line,
      account: e.account,
      booking_date: e.bookingDate,
      value_date: e.valueDate,
      amount: e.amount,
      currency: e.currency,
      credit: e.credit,
      bank_status: e.status,
      reference_kind: e.referenceKind,
      reference: e.reference,
      message: e.message,
      debtor_name: e.debtorName,
      bank_reference: e.bankReference,
      end_to_end_id: e.endToEndId,
    }));
    const inserted = await this.db.tenantQuery<{ n: number }>(
      scope,
      `WITH i AS (
         INSERT INTO bank_entries (ticketing_id, id, bank_file_id, imported_at, checksum, line, account, booking_date, value_date, amount, currency, credit,
                                   bank_status, reference_kind, reference, message, debtor_name, bank_reference, end_to_end_id)
         SELECT $1, r.id, $2, $3, r.checksum, r.line, r.account, r.booking_date, r.value_date, r.amount, r.currency, r.credit,
                r.bank_status, r.reference_kind, r.reference, r.message, r.debtor_name, r.bank_reference, r.end_to_end_id
           FROM jsonb_to_recordset($4::jsonb) AS r(id uuid, checksum text, line int, account text, booking_date date, value_date date, amount int,
                currency char(3), credit boolean, bank_status text, reference_kind text, reference text, message text, debtor_name text,
                bank_reference text, end_to_end_id text)
         ON CONFLICT (ticketing_id, checksum) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM i`,
      [fileId, importedAt, JSON.stringify(rows)],
    );
    return inserted[0].n;
  }

  /** The file's credits that no order was tied to yet and no payment was booked from. */
  entriesToMatch(scope: TenantScope, fileId: string): Promise<StoredBankEntry[]> {
    return this.db.tenantQuery<StoredBankEntry>(
      scope,
      `SELECT ${ENTRY_COLUMNS} FROM bank_entries
        WHERE ticketing_id = $1 AND bank_file_id = $2 AND credit AND order_id IS NULL AND payment_id IS NULL`,
      [fileId],
    );
  }

  async setMatches(scope: TenantScope, matches: { id: string; orderId: string; match: BankMatch }[]): Promise<void> {
    if (!matches.length) return;
    await this.db.tenantQuery(
      scope,
      `UPDATE bank_entries e SET order_id = m.order_id, match = m.match
         FROM jsonb_to_recordset($2::jsonb) AS m(id uuid, order_id uuid, match text)
        WHERE e.ticketing_id = $1 AND e.id = m.id AND e.payment_id IS NULL`,
      [JSON.stringify(matches.map((m) => ({ id: m.id, order_id: m.orderId, match: m.match })))],
    );
  }

  /** A page of entries, newest import first; by status and file when asked. */
  listEntries(scope: TenantScope, q: { status?: BankEntryStatus; bankFileId?: string; after: Keyset | null; limit: number }): Promise<StoredBankEntry[]> {
    return this.db.tenantQuery<StoredBankEntry>(
      scope,
      `SELECT * FROM (SELECT ${ENTRY_COLUMNS} FROM bank_entries
         WHERE ticketing_id = $1 AND ($2::uuid IS NULL OR bank_file_id = $2)
           AND ($3::timestamptz IS NULL OR (imported_at, id) < ($3::timestamptz, $4::uuid))) e
        WHERE $5::text IS NULL OR status = $5
        ORDER BY "importedAt" DESC, id DESC LIMIT $6`,
      [q.bankFileId ?? null, q.after?.at ?? null, q.after?.id ?? null, q.status ?? null, q.limit],
    );
  }

  entries(scope: TenantScope, ids: string[]): Promise<StoredBankEntry[]> {
    return this.db.tenantQuery<StoredBankEntry>(scope, `SELECT ${ENTRY_COLUMNS} FROM bank_entries WHERE ticketing_id = $1 AND id = ANY($2::uuid[])`, [ids]);
  }

  /** Marks an entry booked as part of the caller's write; fails it (BANK_ENTRY_ALREADY_BOOKED) if another validation booked it first. */
  async markBooked(
    scope: TenantScope,
    b: { id: string; paymentId: string; at: Date; complete: boolean; actorKind: string; actorId: string | null; actorLabel: string },
    explainers: Explainers,
  ): Promise<void> {
    await this.db.deferWrite(
      scope,
      `WITH b AS (UPDATE bank_entries SET payment_id = $3, booked_at = $4, booked_complete = $5, actor_kind = $6, actor_id = $7, actor_label = $8
                   WHERE ticketing_id = $1 AND id = $2 AND payment_id IS NULL RETURNING 1)
       SELECT guichet_require(count(*) = 1, 'BANK_ENTRY_ALREADY_BOOKED') FROM b`,
      [b.id, b.paymentId, b.at, b.complete, b.actorKind, b.actorId, b.actorLabel],
      explainers,
    );
  }
}
