import { ApiProperty } from '@nestjs/swagger';
import { AttendeeFieldDto } from '../../modules/catalog';
import { SHOP_PAYMENT_METHODS, type ShopPaymentMethod } from '../../modules/sales';

export class InvoiceOfferResponse {
  @ApiProperty({ type: 'integer', example: 30, description: 'The ticketing’s payment term: an invoice is due this many days after the order…' })
  paymentTermDays: number;
  @ApiProperty({
    format: 'date-time',
    description: '…or by the eve of the cart’s first performance if that comes sooner: when an order placed now would be due',
  })
  dueAt: string;
}

/** One ticket of the cart, in the order `attendees[i]` of the checkout answers them. */
export class CheckoutTicketResponse {
  @ApiProperty({ type: 'integer', description: 'Its index i in the checkout’s `attendees`' }) index: number;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ nullable: true, type: 'string', example: 'Parterre, rang C, place 12' }) seatLabel: string | null;
  @ApiProperty() priceName: string;
  @ApiProperty({ type: [AttendeeFieldDto], description: 'What its price asks of the holder (empty: nothing)' }) fields: AttendeeFieldDto[];
}

/** What the checkout of this cart offers: the ways to pay its total, and the attendee data its tickets ask for. */
export class CheckoutOptionsResponse {
  @ApiProperty({
    enum: SHOP_PAYMENT_METHODS,
    isArray: true,
    description:
      '`free` alone for a zero total; otherwise `card` and `on_site`, and `invoice` when the ticketing has invoice settings and the first performance leaves time to pay (ADR 0053)',
  })
  paymentMethods: ShopPaymentMethod[];
  @ApiProperty({ type: InvoiceOfferResponse, nullable: true, description: 'The invoice’s terms when `invoice` is offered' })
  invoice: InvoiceOfferResponse | null;
  @ApiProperty({ type: [CheckoutTicketResponse], description: 'Every ticket of the cart, one per place, lines in order' }) tickets: CheckoutTicketResponse[];
}
