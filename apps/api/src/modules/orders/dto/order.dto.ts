import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SETTLEMENT_METHODS, SettlementMethod } from '../settlement';
import { MoneyDto } from '../../../platform/http/money.dto';
import { PageQuery } from '../../../platform/http/pagination';
import { CHANNELS, Channel, ORDER_STATUSES, OrderStatus, PAYMENT_METHODS, PaymentMethod } from '../entities/order.entity';
import { SCAN_STATES, ScanState, TICKET_STATUSES, TicketStatus } from '../entities/ticket.entity';

export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Order number, customer name, email or ticket code', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only orders with tickets for this date' })
  @IsOptional()
  @IsUUID()
  dateId?: string;
}

export class CustomerResponse {
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ format: 'email' }) email: string;
}

export class GiftVoucherUseResponse {
  @ApiProperty() code: string;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
}

export class TicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Signed code printed as the QR code' }) code: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ enum: SCAN_STATES }) scanState: ScanState;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) firstScannedAt: string | null;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ nullable: true, type: 'string' }) venue: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'Numbered seat, if any' }) seatId: string | null;
  @ApiProperty({ nullable: true, type: 'string', example: 'Parterre, rang C, place 12' }) seatLabel: string | null;
  @ApiProperty() priceName: string;
  @ApiProperty({ type: MoneyDto }) price: MoneyDto;
}

export class HistoryActorResponse {
  @ApiProperty({ enum: ['customer', 'user', 'device', 'system'] }) kind: string;
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
  @ApiProperty({ type: MoneyDto, description: 'What the customer owes (after any discount)' }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto, nullable: true, description: 'What a promo code took off' }) discount: MoneyDto | null;
  @ApiProperty({ nullable: true, type: 'string' }) promoCode: string | null;
  @ApiProperty({ type: GiftVoucherUseResponse, nullable: true, description: 'Part of the total paid with a gift voucher' })
  giftVoucher: GiftVoucherUseResponse | null;
  @ApiProperty({ type: MoneyDto, description: 'Still to pay (total minus gift voucher; zero once paid)' }) amountDue: MoneyDto;
  @ApiProperty({ type: CustomerResponse }) customer: CustomerResponse;
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
  @ApiProperty({ description: 'False until the order is paid (and after it is cancelled)' }) usable: boolean;
}

export class OrderPage {
  @ApiProperty({ type: [OrderSummaryResponse] }) items: OrderSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class OrderResponse extends OrderSummaryResponse {
  @ApiProperty({ type: [TicketResponse] }) tickets: TicketResponse[];
  @ApiProperty({ type: [OrderGiftVoucherResponse], description: 'Gift vouchers bought with this order' }) giftVouchers: OrderGiftVoucherResponse[];
  @ApiProperty({ type: [OrderHistoryEntryResponse] }) history: OrderHistoryEntryResponse[];
}

/** What the customer sees of their order (no history, no internal data). */
export class ShopOrderResponse extends OrderSummaryResponse {
  @ApiProperty({ type: [TicketResponse] }) tickets: TicketResponse[];
  @ApiProperty({ type: [OrderGiftVoucherResponse], description: 'Gift vouchers bought with this order' }) giftVouchers: OrderGiftVoucherResponse[];
}

export class RecordPaymentRequest {
  @ApiProperty({ enum: SETTLEMENT_METHODS, description: 'How the amount due was received' })
  @IsIn(SETTLEMENT_METHODS)
  method: SettlementMethod;
}

export class OrderAccessQuery {
  @ApiProperty({ description: 'Secret from the checkout response or the confirmation email' })
  @IsString()
  @MaxLength(100)
  token: string;
}
