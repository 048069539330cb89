import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LANGUAGES, type Language } from '../../platform/documents/words';
import { AttendeesProperty, type CheckoutAttendees } from '../../modules/sales';
import { RecordPaymentRequest } from './record-payment.dto';

/** How a sale at the counter is settled: received now, later, by invoice, or given away (an invitation). */
export const COUNTER_SETTLEMENTS = ['paid', 'on_site', 'invoice', 'invitation'] as const;
export type CounterSettlement = (typeof COUNTER_SETTLEMENTS)[number];

/** One tender of a counter sale: cash, card terminal, bank transfer or another means, for part or all of the total. */
export class CounterTenderRequest extends RecordPaymentRequest {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'What this tender pays, in minor units of the cart’s currency' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amount: number;
}

/** The customer of a counter sale: optional as a whole; an email links the order to the customer with it. */
export class CounterCustomerRequest {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: 'Without it, nothing is emailed: the tickets are printed' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional({ maxLength: 40 }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
}

/** Printed on one line of a ticket: no line breaks. */
const ONE_LINE = /^[^\r\n\t]*$/;
export const TICKET_LINE_MAX = 60;
export const TICKET_HOLDER_MAX = 80;

/** TO-2: what is printed on every ticket of this order, beside what every ticket prints. */
export class CounterTicketTextRequest {
  @ApiPropertyOptional({ maxLength: TICKET_LINE_MAX, example: 'Invité de la direction', description: 'A line printed on every ticket; blank: none' })
  @IsOptional()
  @IsString()
  @MaxLength(TICKET_LINE_MAX)
  @Matches(ONE_LINE, { message: 'one line, without line breaks or tabs' })
  line?: string;

  @ApiPropertyOptional({
    maxLength: TICKET_HOLDER_MAX,
    example: 'Ada Lovelace',
    description: 'The holder’s name printed on every ticket; blank: the customer’s name (if any)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TICKET_HOLDER_MAX)
  @Matches(ONE_LINE, { message: 'one line, without line breaks or tabs' })
  holderName?: string;
}

export class CounterSaleRequest {
  @ApiPropertyOptional({ type: CounterCustomerRequest, description: 'The customer tab: optional' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CounterCustomerRequest)
  customer?: CounterCustomerRequest;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The customer tab: an existing customer of the ticketing (see listCustomers), linked to the order with their name, email and phone; instead of `customer`',
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiProperty({
    enum: COUNTER_SETTLEMENTS,
    description:
      '`paid`: received now through `tenders`, which together pay exactly the total (mixed tenders allowed; a zero total needs none); `on_site`: a reservation paid later at the counter (tickets not valid at control until then); `invoice`: a QR-bill invoice (when the ticketing has invoice settings); `invitation`: the tickets are given away (admins and managers only; total zero, paid, no tenders; the cart’s promo code and gift voucher are ignored, gift vouchers cannot be given)',
  })
  @IsIn(COUNTER_SETTLEMENTS)
  settlement: CounterSettlement;

  @ApiPropertyOptional({ type: [CounterTenderRequest], maxItems: 10, description: 'With `paid`: what was received, one line per means of payment' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CounterTenderRequest)
  tenders?: CounterTenderRequest[];

  @ApiPropertyOptional({ type: CounterTicketTextRequest, description: 'TO-2: the text printed on this order’s tickets' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CounterTicketTextRequest)
  ticketText?: CounterTicketTextRequest;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr', description: 'The language of the order’s emails and PDFs' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @AttendeesProperty('Attendee data per ticket, as in checkoutCart')
  attendees?: CheckoutAttendees;
}

export class CounterSaleResponse {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ enum: ['paid', 'reserved'] }) status: 'paid' | 'reserved';
  @ApiProperty({ type: 'integer', description: 'Cash to give back: what was handed over beyond the cash tenders (minor units)' }) change: number;
}
