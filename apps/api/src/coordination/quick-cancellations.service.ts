import { Injectable } from '@nestjs/common';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { ControlService, QuickCancellationCodeUnknownError, TicketAlreadyScannedError, TicketSoldError } from '../modules/control';
import { OrdersService } from '../modules/orders';
import { QuickCancellationResponse } from './dto/quick-cancellation.dto';
import { OrderChanges } from './order-changes.service';

/**
 * CTL-4 (seed 003): a supervisor scans pre-printed unsold tickets to put their places back on sale.
 * It is the backoffice's ticket cancellation (ORD-7: ticket invalid, place back on sale, order total
 * lowered, history with the device as actor), only for tickets that hold no money and never entered.
 */
@Injectable()
export class QuickCancellations {
  constructor(
    private readonly control: ControlService,
    private readonly orders: OrdersService,
    private readonly changes: OrderChanges,
  ) {}

  async cancelAtDoor(scope: TenantScope, deviceId: string, code: string): Promise<QuickCancellationResponse> {
    const { ticketId, actor } = await this.control.ticketToCancelAtDoor(scope, deviceId, code);
    const orderId = await this.orders.orderIdOfTicket(scope, ticketId);
    if (!orderId) throw new QuickCancellationCodeUnknownError();
    const order = await this.orders.getOrder(scope, orderId);
    const ticket = order.tickets.find((t) => t.id === ticketId)!;
    if (ticket.firstScannedAt) throw new TicketAlreadyScannedError();
    // Money received is given back from the order, with a refund: nothing at the door refunds.
    if (order.paid.amount > 0 || (order.status === 'paid' && order.total.amount > 0)) throw new TicketSoldError();
    await this.changes.cancel(scope, orderId, [ticketId], { reason: 'Annulation rapide au contrôle', notify: false }, actor, {
      // A payment recorded meanwhile wins: the cancellation then fails rather than cancel a ticket paid for.
      onlyIfAwaitingPayment: order.status === 'reserved',
      // A scan at another door meanwhile wins too: a ticket inside is never cancelled.
      onlyIfNeverScanned: true,
    });
    return {
      ticketId,
      orderId,
      orderNumber: order.number,
      eventName: ticket.eventName,
      startsAt: ticket.startsAt,
      zoneName: ticket.zoneName,
      seatLabel: ticket.seatLabel,
    };
  }
}
