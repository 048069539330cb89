import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTOR_KINDS, ActorKind } from '../../../platform/audit/actor';
import { PaymentResponse, RefundResponse, TransactionResponse } from '../../payments-reconciliation';
import { GIFT_VOUCHER_STATUSES, GiftVoucherStatus } from '../../sales';
import { ACTION_REASONS, ActionReason } from '../order-actions';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LANGUAGES, type Language } from '../../../platform/documents/words';
import { MoneyDto, SignedMoneyDto } from '../../../platform/http/money.dto';
import { PageQuery } from '../../../platform/http/pagination';
import { CHANNELS, Channel, ORDER_STATUSES, OrderStatus, PAYMENT_METHODS, PaymentMethod } from '../entities/order.entity';
import { RegistrationSnapshotDto } from '../../registration';
import { SCAN_STATES, ScanState, TICKET_STATUSES, TicketStatus } from '../entities/ticket.entity';

/** How an order's tickets are printed: A6 pages on A4 sheets, or one ticket per page of an 80 mm thermal roll. */
export const TICKET_FORMATS = ['a4', 'thermal'] as const;
export type TicketFormat = (typeof TICKET_FORMATS)[number];
export const TICKET_BARCODES = ['qr', 'code128'] as const;
export type TicketBarcode = (typeof TICKET_BARCODES)[number];

export class DownloadTicketsQuery {
  @ApiPropertyOptional({ enum: TICKET_FORMATS, default: 'a4', description: '`thermal`: one ticket per page, 80 mm wide, for a counter printer' })
  @IsOptional()
  @IsIn(TICKET_FORMATS)
  format?: TicketFormat;

  @ApiPropertyOptional({
    enum: TICKET_BARCODES,
    default: 'qr',
    description:
      'How the door reads each ticket: `qr`, its signed code as a QR code; `code128`, its 18-digit barcode as a Code 128, for scanners that read no QR code (ADR 0041)',
  })
  @IsOptional()
  @IsIn(TICKET_BARCODES)
  barcode?: TicketBarcode;
}

export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'One search field: the order number, the customer’s name or email (exact, or 3+ characters anywhere in them), or a ticket’s code, barcode (18 digits) or id',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only orders with tickets for this event' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only orders with tickets for this date' })
  @IsOptional()
  @IsUUID()
  dateId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only orders placed at or after this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  placedFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only orders placed before this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  placedTo?: string;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ enum: PAYMENT_METHODS })
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;
}

export class CustomerResponse {
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ nullable: true, type: 'string', description: 'Mobile number, when given' }) mobile: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'The buyer’s customer record (see getCustomer)' }) customerId: string | null;
}

export class GiftVoucherUseResponse {
  @ApiProperty() code: string;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
}

/** A numbered seat by its parts. */
export class TicketSeatResponse {
  @ApiProperty({ example: 'Parterre' }) section: string;
  @ApiProperty({ example: 'C' }) row: string;
  @ApiProperty({ example: '12' }) number: string;
}

export class TicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Signed code printed as the QR code' }) code: string;
  @ApiProperty({
    description: 'The ticket’s barcode: 18 digits printed as a Code 128 (`barcode=code128`), accepted at the door by look-up (ADR 0041)',
    example: '418305927716034285',
  })
  barcode: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ enum: SCAN_STATES }) scanState: ScanState;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) firstScannedAt: string | null;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ description: 'The zone (general admission, or the seated zone the seat is in) — never the seat' }) zoneName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'Numbered seat, if any' }) seatId: string | null;
  @ApiProperty({ nullable: true, type: 'string', example: 'Parterre, rang C, place 12' }) seatLabel: string | null;
  @ApiProperty({ type: TicketSeatResponse, nullable: true, description: 'The numbered seat by section, row and number; null without a seat' })
  seat: TicketSeatResponse | null;
  @ApiProperty() priceName: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The holder’s answers to its price’s attendee fields, by key (ORD-5)',
  })
  attendee: Record<string, string | number | boolean> | null;
  @ApiProperty({ type: MoneyDto, description: 'Its price before any discount' }) listPrice: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'What it was sold for, after any discount' }) price: MoneyDto;
}

export class HistoryActorResponse {
  @ApiProperty({ enum: ACTOR_KINDS }) kind: ActorKind;
  @ApiProperty() label: string;
}

export class OrderHistoryEntryResponse {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'orders.order.placed' }) action: string;
  @ApiProperty({ type: HistoryActorResponse }) actor: HistoryActorResponse;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
}

export class OrderSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '7KQ2M9XD' }) number: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ type: MoneyDto, description: 'What the order costs (tickets after any discount, and the gift vouchers it bought)' }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto, nullable: true, description: 'What a promo code took off' }) discount: MoneyDto | null;
  @ApiProperty({ nullable: true, type: 'string' }) promoCode: string | null;
  @ApiProperty({ type: MoneyDto, description: 'Received so far (succeeded payments in the ledger, gift vouchers included)' }) paid: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Given back so far (succeeded refunds in the ledger)' }) refunded: MoneyDto;
  @ApiProperty({
    type: MoneyDto,
    description:
      'Still to pay on a reserved order (its balance, zero once covered); zero on a paid order (settled, a part payment validated as complete included) and a cancelled one',
  })
  amountDue: MoneyDto;
  @ApiProperty({
    type: SignedMoneyDto,
    description: 'total − paid + refunded. Negative: the organizer owes it back (paid more, or cancelled and not yet refunded)',
  })
  balance: SignedMoneyDto;
  @ApiProperty({ type: CustomerResponse }) customer: CustomerResponse;
  @ApiProperty({ enum: LANGUAGES, description: 'The customer’s language: their emails and PDFs are written in it' }) language: Language;
  @ApiProperty({ type: 'integer' }) ticketCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'When the order became paid' }) paidAt: string | null;
}

export class OrderGiftVoucherResponse {
  @ApiProperty({ format: 'uuid', description: 'The voucher (see the gift vouchers of the ticketing)' }) id: string;
  @ApiProperty({ example: 'Bon cadeau 50 francs' }) name: string;
  @ApiProperty({ example: 'K7PM-2QXD-9HWT' }) code: string;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ enum: GIFT_VOUCHER_STATUSES, description: 'As the gift voucher holds it: awaiting its order’s payment, active, or cancelled' })
  status: GiftVoucherStatus;
  @ApiProperty({ description: 'Whether it can pay now (status active)' }) usable: boolean;
}

export class OrderPage {
  @ApiProperty({ type: [OrderSummaryResponse] }) items: OrderSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
  @ApiProperty({ type: 'integer', description: 'How many orders match the search and filters in all' }) total: number;
}

/** What the customer sees of their order (no history, no internal data). */
export class ShopOrderResponse extends OrderSummaryResponse {
  @ApiProperty({
    type: MoneyDto,
    description: 'Tickets at their list price and the gift vouchers bought, before the discount: subtotal − discount = total',
  })
  subtotal: MoneyDto;
  @ApiProperty({ type: GiftVoucherUseResponse, nullable: true, description: 'Part of the total paid with a gift voucher' })
  giftVoucher: GiftVoucherUseResponse | null;
  @ApiProperty({ type: [TicketResponse] }) tickets: TicketResponse[];
  @ApiProperty({ type: [OrderGiftVoucherResponse], description: 'Gift vouchers bought with this order' }) giftVouchers: OrderGiftVoucherResponse[];
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: 'string',
    description:
      'While it awaits a card payment: pay by then, or the order is cancelled and its places go back on sale; an invoice order: the invoice’s due date',
  })
  paymentDueAt: string | null;
  @ApiProperty({
    nullable: true,
    type: 'string',
    pattern: '^[0-9]{27}$',
    description: 'An invoice order’s QR reference (27 digits, the last a mod-10 check digit): the payment slip carries it, the bank statement names it',
    example: '000000000000010995116277758',
  })
  qrReference: string | null;
  @ApiProperty({
    type: [TransactionResponse],
    description: 'Every online payment attempt, oldest first, with what the bank said (none: payment never started)',
  })
  transactions: TransactionResponse[];
}

export class ActionStateResponse {
  @ApiProperty() allowed: boolean;
  @ApiProperty({ enum: ACTION_REASONS, nullable: true, type: 'string', description: 'Why not: the problem code the action would answer now' })
  reason: ActionReason | null;
}

/** ORD-9: what the order's ⋯ menu allows now, and why not. */
export class OrderActionsResponse {
  @ApiProperty({ type: ActionStateResponse, description: 'Send the order email with its tickets again' }) resend: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Record that a reservation was paid' }) recordPayment: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Cancel the whole order' }) cancelOrder: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Cancel selected tickets' }) cancelTickets: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Refund part or all of what was paid' }) refund: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Move the valid tickets to another date of their event' }) reschedule: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Open personalisation (a link for the customer) — only when a ticket asks for attendee data' })
  openPersonalisation: ActionStateResponse;
  @ApiProperty({ type: ActionStateResponse, description: 'Split the reservation: validate some of its tickets as a new paid order (splitReservation)' })
  splitReservation: ActionStateResponse;
  @ApiProperty({
    type: ActionStateResponse,
    description: 'Exchange valid tickets of a paid order for others held in a counter cart (exchangeTickets)',
  })
  exchange: ActionStateResponse;
}

/** An order for the organizer: its tickets, the ledger's payments and refunds, and its history. */
/** TO-2: what the counter chose to print on every ticket of the order. */
export class OrderTicketTextResponse {
  @ApiProperty({ nullable: true, type: 'string', description: 'A line printed on every ticket (“Invité de la direction”)' }) line: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'The holder’s name printed on every ticket; null: the customer’s name' })
  holderName: string | null;
}

export class OrderResponse extends ShopOrderResponse {
  @ApiProperty({ type: OrderTicketTextResponse, description: 'TO-2: the text printed on its tickets (invitations also print “Invitation”)' })
  ticketText: OrderTicketTextResponse;
  @ApiProperty({ nullable: true, type: 'string', description: 'Its reference in the system it was imported from (ORD-13)' }) externalReference: string | null;
  @ApiProperty({ type: OrderActionsResponse }) actions: OrderActionsResponse;
  @ApiProperty({ type: [PaymentResponse], description: 'Every payment attempt, oldest first (the ledger)' }) payments: PaymentResponse[];
  @ApiProperty({ type: [RefundResponse], description: 'Every refund, oldest first (the ledger)' }) refunds: RefundResponse[];
  @ApiProperty({ type: [OrderHistoryEntryResponse] }) history: OrderHistoryEntryResponse[];
  @ApiProperty({
    type: RegistrationSnapshotDto,
    nullable: true,
    description: 'SHOP-3: what the buyer gave on the registration form (files: downloadOrderRegistrationFile); null outside the shop',
  })
  registration: RegistrationSnapshotDto | null;
}

export class OrderAccessQuery {
  @ApiProperty({ description: 'Secret from the checkout response or the confirmation email' })
  @IsString()
  @MaxLength(100)
  token: string;
}

export class ResendOrderRequest {
  @ApiProperty({ enum: ['tickets', 'receipt'], description: '`tickets`: the order email with its tickets again; `receipt`: the payment receipt' })
  @IsIn(['tickets', 'receipt'])
  what: 'tickets' | 'receipt';
}
