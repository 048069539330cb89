import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';

export class SalesReportQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Sales and refunds from this moment (inclusive); default: since the start' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until this moment (exclusive); default: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** One event's figures in one currency. */
export class SalesReportLineResponse {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ type: 'integer', description: 'Tickets sold (a reissued or rescheduled ticket counts once), cancelled ones included' }) soldTickets: number;
  @ApiProperty({ type: 'integer', description: 'Of those, cancelled since' }) cancelledTickets: number;
  @ApiProperty({ type: 'integer', description: 'Tickets given away as invitations at the counter (not cancelled): not among those sold, no revenue' })
  invitationTickets: number;
  @ApiProperty({ type: MoneyDto, description: 'What the tickets sold for, after discounts, cancelled ones included' }) sold: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'What the cancelled tickets had sold for' }) cancelled: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'sold − cancelled' }) revenue: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Refunds made in the period, shared out over the events of each order by what their tickets sold for' })
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
  @ApiProperty({ type: MoneyDto, description: 'All refunds of the period, those not tied to an event included' }) refunds: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'Refunds of orders without a ticket that sold for anything' }) otherRefunds: MoneyDto;
  @ApiProperty({ type: MoneyDto }) commission: MoneyDto;
}

/** ORD-15: sold, cancelled, revenue, refunds and commission by event. */
export class SalesReportResponse {
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) from: string | null;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ type: [SalesReportLineResponse], description: 'By event date, then name; one line per event and currency' }) lines: SalesReportLineResponse[];
  @ApiProperty({ type: [SalesReportTotalResponse], description: 'One per currency' }) totals: SalesReportTotalResponse[];
}
