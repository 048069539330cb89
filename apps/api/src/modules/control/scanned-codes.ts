import { Injectable } from '@nestjs/common';
import { isTicketBarcode } from '../../platform/signing/ticket-code';
import { CodeCheck, TicketSigner } from '../../platform/signing/ticket-signer';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersService } from '../orders';

/**
 * Which ticket a code read at the door names, the one rule for online scans, offline uploads and
 * quick cancellations: a signed code by its signature (a forged code never reaches the ticket table),
 * an 18-digit barcode (ADR 0041) by look-up among this ticketing's tickets.
 */
@Injectable()
export class ScannedCodes {
  constructor(
    private readonly signer: TicketSigner,
    private readonly orders: OrdersService,
  ) {}

  async check(scope: TenantScope, code: string): Promise<CodeCheck> {
    if (!isTicketBarcode(code)) return this.signer.check(scope, code);
    const ticketId = await this.orders.ticketIdByBarcode(scope, code.trim());
    return ticketId ? { status: 'genuine', ticketId } : { status: 'malformed' };
  }

  /** The ticket a code names in this ticketing, or none (forged, malformed, unknown barcode). */
  async ticketIdOf(scope: TenantScope, code: string): Promise<string | null> {
    const check = await this.check(scope, code);
    return check.status === 'genuine' ? check.ticketId : null;
  }
}
