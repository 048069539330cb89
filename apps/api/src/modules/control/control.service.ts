import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { UnauthenticatedError } from '../../platform/http/problem';
import { isTicketBarcode } from '../../platform/signing/ticket-code';
import { CodeCheck, TicketSigner } from '../../platform/signing/ticket-signer';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersService } from '../orders';
import { ControlRepository } from './control.repository';
import { DeviceResponse, ScanResponse } from './dto/control.dto';
import { ScanResult } from './entities/scan.entity';

const MESSAGES: Record<ScanResult, string> = {
  accepted: 'Billet valide',
  already_used: 'Billet déjà utilisé',
  unknown: 'Billet inconnu',
  forged: 'Billet falsifié',
  cancelled: 'Billet annulé',
  blacklisted: 'Billet sur liste noire',
  replaced: 'Billet remplacé (réédité ou reprogrammé)',
  not_paid: 'Commande non payée : à régler au guichet',
};

/** Why the door refuses a ticket that is not valid: its status says. */
const NOT_VALID: Record<string, ScanResult> = { cancelled: 'cancelled', blacklisted: 'blacklisted', replaced: 'replaced', valid: 'already_used' };

/** Control façade: scanning devices and the door check. */
@Injectable()
export class ControlService {
  constructor(
    private readonly db: Database,
    private readonly repo: ControlRepository,
    private readonly signer: TicketSigner,
    private readonly orders: OrdersService,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  async registerDevice(scope: TenantScope, name: string): Promise<DeviceResponse> {
    const device = { id: randomUUID(), name: name.trim(), revokedAt: null, createdAt: this.clock.now() };
    await this.repo.insertDevice(scope, device);
    const token = await this.jwt.signAsync({ sub: device.id, typ: 'device', tid: scope.ticketingId }, { expiresIn: '365d' });
    return { id: device.id, name: device.name, token, createdAt: device.createdAt.toISOString() };
  }

  /**
   * Normal mode: a valid ticket enters once. A signed code's signature is checked first (a forged
   * code never reaches the ticket table); a barcode (ADR 0041) is looked up among this ticketing's
   * tickets. Admission is one conditional UPDATE, so of two devices scanning the same ticket at the
   * same moment exactly one is accepted.
   */
  async scanTicket(scope: TenantScope, deviceId: string, code: string): Promise<ScanResponse> {
    const device = await this.repo.findDevice(scope, deviceId);
    if (!device || device.revokedAt) throw new UnauthenticatedError('This device is not registered');
    const at = this.clock.now();
    const check = await this.check(scope, code);

    return this.db.transaction(async () => {
      let result: ScanResult;
      let ticket: Awaited<ReturnType<OrdersService['admitTicket']>> | null = null;
      if (check.status === 'forged') result = 'forged';
      else if (check.status !== 'genuine') result = 'unknown';
      else {
        ticket = await this.orders.admitTicket(scope, check.ticketId, at);
        result =
          ticket.outcome === 'admitted'
            ? 'accepted'
            : ticket.outcome === 'already_used'
              ? 'already_used'
              : ticket.outcome === 'unknown'
                ? 'unknown'
                : ticket.outcome === 'not_paid'
                  ? 'not_paid'
                  : NOT_VALID[ticket.ticket.status];
      }
      const t = ticket && ticket.outcome !== 'unknown' ? ticket.ticket : null;
      await this.repo.recordScan(scope, { deviceId, ticketId: t?.id ?? null, code, result, at });
      return {
        result,
        valid: result === 'accepted',
        message: MESSAGES[result],
        ticket: t ? { id: t.id, eventName: t.eventName, startsAt: t.startsAt.toISOString(), zoneName: t.zoneName, priceName: t.priceName } : null,
        firstScannedAt: t?.firstScannedAt ? t.firstScannedAt.toISOString() : null,
        scannedAt: at.toISOString(),
      };
    });
  }

  /** Which ticket a scanned code names: by its signature, or by look-up for a barcode. */
  private async check(scope: TenantScope, code: string): Promise<CodeCheck> {
    if (!isTicketBarcode(code)) return this.signer.check(scope, code);
    const ticketId = await this.orders.ticketIdByBarcode(scope, code.trim());
    return ticketId ? { status: 'genuine', ticketId } : { status: 'malformed' };
  }
}
