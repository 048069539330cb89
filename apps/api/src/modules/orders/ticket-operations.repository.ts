import { Injectable } from '@nestjs/common';
import { Database, Explainers } from '../../platform/database/database';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { TicketStatus } from './entities/ticket.entity';

/** A ticket that takes an old one's place: a new id and codes, and where it admits (the same date and seat when reissued). */
export interface Replacement {
  oldId: string;
  newId: string;
  code: string;
  barcode: string;
  dateId: string;
  startsAt: Date;
  seatId: string | null;
  seatLabel: string | null;
  seatSection: string | null;
  seatRow: string | null;
  seatNumber: string | null;
}

export type DoorState = 'set_unscanned' | 'scan_in' | 'scan_out' | 'blacklist';

/** The SQL of ticket operations (ORD-11) and of replacing tickets (reissue, reschedule). */
@Injectable()
export class TicketOperationsRepository {
  constructor(private readonly db: Database) {}

  /** The order's tickets, locked until the caller's transaction ends (in position order, so two operations never deadlock). */
  lockTickets(scope: TenantScope, orderId: string): Promise<{ id: string; status: TicketStatus }[]> {
    return this.db.tenantQuery(scope, `SELECT id, status FROM tickets WHERE ticketing_id = $1 AND order_id = $2 ORDER BY position, id FOR UPDATE`, [orderId]);
  }

  /** Sets the door state (or the blacklisting) of tickets, as part of the caller's transaction. */
  async setDoorState(scope: TenantScope, orderId: string, ticketIds: string[], state: DoorState, at: Date): Promise<void> {
    const set = {
      set_unscanned: `status = 'valid', scan_state = 'unscanned', first_scanned_at = NULL`,
      scan_in: `scan_state = 'in', first_scanned_at = COALESCE(first_scanned_at, $4::timestamptz)`,
      scan_out: `scan_state = 'out', first_scanned_at = COALESCE(first_scanned_at, $4::timestamptz)`,
      blacklist: `status = 'blacklisted'`,
    }[state];
    const stamped = state === 'scan_in' || state === 'scan_out';
    await this.db.deferWrite(
      scope,
      `WITH u AS (UPDATE tickets SET ${set} WHERE ticketing_id = $1 AND order_id = $2 AND id = ANY($3::uuid[]) AND status IN ('valid', 'blacklisted') RETURNING 1)
       SELECT guichet_require(count(*) = cardinality($3::uuid[]), 'TICKETS_CHANGED') FROM u`,
      stamped ? [orderId, ticketIds, at] : [orderId, ticketIds],
    );
  }

  /** ORD-5: the holders' answers of some tickets of an order, as part of the caller's transaction. */
  async setAttendees(scope: TenantScope, orderId: string, answers: { ticketId: string; attendee: Record<string, unknown> }[]): Promise<void> {
    await this.db.deferWrite(
      scope,
      `UPDATE tickets t SET attendee = x.attendee
         FROM unnest($3::uuid[], $4::jsonb[]) AS x(id, attendee)
        WHERE t.ticketing_id = $1 AND t.order_id = $2 AND t.id = x.id`,
      [orderId, answers.map((a) => a.ticketId), answers.map((a) => JSON.stringify(a.attendee))],
    );
  }

  /**
   * Old tickets become `replaced` (their codes are refused at the door) and new ones take their
   * places — same order, price, amount, position — as part of the caller's write. Fails it
   * (`TICKETS_CHANGED`) unless every old ticket still had one of the `from` statuses.
   */
  async replaceTickets(scope: TenantScope, orderId: string, replacements: Replacement[], from: TicketStatus[], explainers: Explainers): Promise<void> {
    const col = <K extends keyof Replacement>(k: K) => replacements.map((r) => r[k]);
    await this.db.deferWrite(
      scope,
      `WITH r AS (UPDATE tickets SET status = 'replaced'
                   WHERE ticketing_id = $1 AND order_id = $2 AND id = ANY($3::uuid[]) AND status = ANY($4::text[]) RETURNING 1)
       SELECT guichet_require(count(*) = cardinality($3::uuid[]), 'TICKETS_CHANGED') FROM r`,
      [orderId, col('oldId'), from],
      explainers,
    );
    await this.db.deferWrite(
      scope,
      `INSERT INTO tickets (ticketing_id, id, order_id, position, code, barcode, event_id, date_id, zone_id, price_id, event_name, venue, starts_at,
                            zone_name, seat_id, seat_label, seat_section, seat_row, seat_number, price_name, amount, list_amount, currency, attendee)
       SELECT $1, x.new_id, t.order_id, t.position, x.code, x.barcode, t.event_id, x.date_id, t.zone_id, t.price_id, t.event_name, t.venue, x.starts_at,
              t.zone_name, x.seat_id, x.seat_label, x.seat_section, x.seat_row, x.seat_number, t.price_name, t.amount, t.list_amount, t.currency, t.attendee
         FROM tickets t
         JOIN unnest($3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::timestamptz[], $8::uuid[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
              AS x(old_id, new_id, code, date_id, starts_at, seat_id, seat_label, seat_section, seat_row, seat_number, barcode) ON x.old_id = t.id
        WHERE t.ticketing_id = $1 AND t.order_id = $2`,
      [
        orderId,
        col('oldId'),
        col('newId'),
        col('code'),
        col('dateId'),
        col('startsAt'),
        col('seatId'),
        col('seatLabel'),
        col('seatSection'),
        col('seatRow'),
        col('seatNumber'),
        col('barcode'),
      ],
    );
  }
}
