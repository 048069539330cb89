import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { MoneyDto, SignedMoneyDto } from '../../../platform/http/money.dto';
import { SALES_DIMENSIONS, type SalesDimension } from '../../orders';

/** A report's period: [from, to). */
export class ReportPeriodQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'From this moment (inclusive); default: since the start' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until this moment (exclusive); default: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class SalesReportQuery extends ReportPeriodQuery {
  @ApiPropertyOptional({
    enum: SALES_DIMENSIONS,
    default: 'event',
    description: 'What a line is: an event, a date (one performance), a price, or a sales channel (shop, ticket_office, import, api)',
  })
  @IsOptional()
  @IsIn(SALES_DIMENSIONS)
  by?: SalesDimension;
}

/** One group's figures in one currency. */
export class SalesReportLineResponse {
  @ApiProperty({ description: 'The event, date or price id; the channel itself for a channel' }) key: string;
  @ApiProperty({ description: 'The event’s name (event, date), the price’s name (price) or the channel' }) label: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'The event of the line; null by channel' }) eventId: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) eventName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'The performance (date), the first one (event, price); null by channel' })
  startsAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Tickets sold (a reissued or rescheduled ticket counts once), cancelled ones included' }) soldTickets: number;
  @ApiProperty({ type: 'integer', description: 'Of those, cancelled since' }) cancelledTickets: number;
  @ApiProperty({ type: 'integer', description: 'Tickets given away as invitations at the counter (not cancelled): not among those sold, no revenue' })
  invitationTickets: number;
  @ApiProperty({ type: MoneyDto, description: 'What the tickets sold for, after discounts, cancelled ones included' }) sold: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'What the cancelled tickets had sold for' }) cancelled: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'sold − cancelled' }) revenue: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Refunds made in the period, shared out over the lines of each order by what their tickets sold for' })
  refunds: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Platform commission charged on the tickets sold — it stays due on cancelled tickets' }) commission: MoneyDto;
}

/** The sum of the lines in one currency, with refunds of orders that sold no ticket (gift vouchers bought alone). */
export class SalesReportTotalResponse {
  @ApiProperty({ type: 'integer' }) soldTickets: number;
  @ApiProperty({ type: 'integer' }) cancelledTickets: number;
  @ApiProperty({ type: 'integer' }) invitationTickets: number;
  @ApiProperty({ type: MoneyDto }) sold: MoneyDto;
  @ApiProperty({ type: MoneyDto }) cancelled: MoneyDto;
  @ApiProperty({ type: MoneyDto }) revenue: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'All refunds of the period, those not tied to a ticket included' }) refunds: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Refunds of orders without a ticket that sold for anything' }) otherRefunds: MoneyDto;
  @ApiProperty({ type: MoneyDto }) commission: MoneyDto;
}

/** ORD-15, PLT-7: sold, cancelled, revenue, refunds and commission by event, date, price or channel. */
export class SalesReportResponse {
  @ApiProperty({ enum: SALES_DIMENSIONS }) by: SalesDimension;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) from: string | null;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [SalesReportLineResponse], description: 'By performance, then name; one line per group and currency' }) lines: SalesReportLineResponse[];
  @ApiProperty({ type: [SalesReportTotalResponse], description: 'One per currency' }) totals: SalesReportTotalResponse[];
}

/** What came in and went back by one method, in one currency. */
export class PaymentMethodLineResponse {
  @ApiProperty({ enum: ['cash', 'card', 'bank_transfer', 'gift_voucher', 'other'] }) method: string;
  @ApiProperty({ type: 'integer' }) payments: number;
  @ApiProperty({ type: MoneyDto }) received: MoneyDto;
  @ApiProperty({ type: 'integer' }) refunds: number;
  @ApiProperty({ type: MoneyDto }) refunded: MoneyDto;
  @ApiProperty({ type: SignedMoneyDto, description: 'received − refunded' }) net: SignedMoneyDto;
}

export class PaymentsReportTotalResponse {
  @ApiProperty({ type: 'integer' }) payments: number;
  @ApiProperty({ type: MoneyDto }) received: MoneyDto;
  @ApiProperty({ type: 'integer' }) refunds: number;
  @ApiProperty({ type: MoneyDto }) refunded: MoneyDto;
  @ApiProperty({ type: SignedMoneyDto }) net: SignedMoneyDto;
}

/** PAY-6: succeeded payments and refunds of the period by method, straight from the ledger. */
export class PaymentsReportResponse {
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) from: string | null;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [PaymentMethodLineResponse], description: 'By currency, then method' }) lines: PaymentMethodLineResponse[];
  @ApiProperty({ type: [PaymentsReportTotalResponse], description: 'One per currency' }) totals: PaymentsReportTotalResponse[];
}

/** One invoice order awaiting payment. */
export class OpenInvoiceResponse {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() number: string;
  @ApiProperty() customerName: string;
  @ApiProperty() customerEmail: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) dueAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Whole days since the invoice was issued' }) ageDays: number;
  @ApiProperty({ type: 'integer', description: 'Whole days past the payment deadline; 0 before it' }) daysOverdue: number;
  @ApiProperty({ description: 'Kept past its deadline because part was paid (not cancelled automatically)' }) kept: boolean;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: SignedMoneyDto, description: 'Received, less what was given back' }) paid: SignedMoneyDto;
  @ApiProperty({ type: SignedMoneyDto, description: 'total − paid' }) due: SignedMoneyDto;
}

/** Invoices of one age band (days since issue). */
export class InvoiceAgeBandResponse {
  @ApiProperty({ type: 'integer' }) fromDays: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Inclusive; null: and older' }) toDays: number | null;
  @ApiProperty({ type: 'integer' }) invoices: number;
  @ApiProperty({ type: SignedMoneyDto }) due: SignedMoneyDto;
}

export class OpenInvoicesTotalResponse {
  @ApiProperty({ type: 'integer' }) invoices: number;
  @ApiProperty({ type: SignedMoneyDto }) due: SignedMoneyDto;
  @ApiProperty({ type: SignedMoneyDto, description: 'Of which past the deadline' }) overdue: SignedMoneyDto;
  @ApiProperty({ type: [InvoiceAgeBandResponse], description: '0–30, 31–60, 61–90 days and older' }) ages: InvoiceAgeBandResponse[];
}

/** Invoice orders awaiting payment now, oldest first, with their age and what is still due. */
export class OpenInvoicesReportResponse {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ type: [OpenInvoiceResponse] }) invoices: OpenInvoiceResponse[];
  @ApiProperty({ type: [OpenInvoicesTotalResponse], description: 'One per currency' }) totals: OpenInvoicesTotalResponse[];
}

export class DailySalesQuery extends ReportPeriodQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One event only' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

/** One day's sales of one event. */
export class DailySalesLineResponse {
  @ApiProperty({ format: 'date', description: 'The day of the sale, in Europe/Zurich' }) day: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ type: 'integer', description: 'Tickets sold that day and still valid (invitations not counted)' }) tickets: number;
  @ApiProperty({ type: MoneyDto, description: 'What those tickets sold for' }) revenue: MoneyDto;
}

/** Tickets and revenue per day and event, for the sales chart: days without sales are absent. */
export class DailySalesResponse {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [DailySalesLineResponse], description: 'By day, then performance' }) lines: DailySalesLineResponse[];
}
