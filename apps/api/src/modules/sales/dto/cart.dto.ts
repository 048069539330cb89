import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmptyObject,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, type Language } from '../../../platform/documents/words';
import { CURRENCIES, Currency, MoneyDto } from '../../../platform/http/money.dto';
import { CART_STATUSES, CartStatus } from '../entities/cart.entity';

export class CartItemRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() dateId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() zoneId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() priceId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 50, example: 2 })
  @IsInt()
  @Min(1)
  @Max(50)
  quantity: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Seated zone: the seats chosen on the plan (quantity must match). Omitted: the best side-by-side seats are chosen',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  seatIds?: string[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 10000000,
    description: 'Pay what you want: what the buyer pays per ticket, in minor units (at least the minimum)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  amount?: number;
}

export class CartGiftVoucherRequest {
  @ApiProperty({ format: 'uuid', description: "A gift voucher the shop sells (see the shop's gift voucher offers)" })
  @IsUUID()
  offerId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 20, example: 1 })
  @IsInt()
  @Min(1)
  @Max(20)
  quantity: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 100, maximum: 10000000, description: 'Value of each voucher, in minor units, when the buyer chooses it' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  amount?: number;
}

export class CreateCartRequest {
  @ApiPropertyOptional({ enum: CURRENCIES, description: "The order's currency; default: the shop's" })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;

  @ApiPropertyOptional({ type: [CartItemRequest], maxItems: 20, description: 'Tickets; a cart has tickets, gift vouchers, or both' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CartItemRequest)
  items?: CartItemRequest[];

  @ApiPropertyOptional({ type: [CartGiftVoucherRequest], maxItems: 10, description: 'Gift vouchers, sold like an item' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CartGiftVoucherRequest)
  giftVouchers?: CartGiftVoucherRequest[];
}

/** Tickets added to an open cart: the same items as when opening one, in the cart's currency. */
export class AddCartItemsRequest {
  @ApiPropertyOptional({ enum: CURRENCIES, description: "The cart's currency (optional; another one is refused with CART_CURRENCY_MISMATCH)" })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;

  @ApiProperty({
    type: [CartItemRequest],
    minItems: 1,
    maxItems: 20,
    description: 'Tickets; a line with the same date, zone, price and amount as one in the cart adds to it (seats chosen on the plan stay their own line)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CartItemRequest)
  items: CartItemRequest[];
}

/** How many tickets to take off a line. */
export class RemoveCartLineQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 50,
    description: 'Tickets to take off the line (seated lines give back their last seats); default: the whole line',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  quantity?: number;
}

/** A numbered seat by its parts: what the cart, the confirmation and the ticket name it by. */
export class CartSeatResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Parterre' }) section: string;
  @ApiProperty({ example: 'C' }) row: string;
  @ApiProperty({ example: '12' }) number: string;
  @ApiProperty({ example: 'Parterre, rang C, place 12', description: 'As printed' }) label: string;
}

export class CartLineResponse {
  @ApiProperty({ format: 'uuid', description: 'Names the line to remove it (removeCartLine)' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty({ format: 'uuid' }) priceId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'Held seats (seated zones)' }) seatIds: string[] | null;
  @ApiProperty({ type: [String], nullable: true, example: ['Parterre, rang C, place 12'] }) seatLabels: string[] | null;
  @ApiProperty({
    type: [CartSeatResponse],
    nullable: true,
    description: 'Held seats by section, row and number (seated zones); `zoneName` is the zone, never a seat',
  })
  seats: CartSeatResponse[] | null;
  @ApiProperty() priceName: string;
  @ApiProperty({ type: 'integer' }) quantity: number;
  @ApiProperty({ type: MoneyDto }) unitPrice: MoneyDto;
  @ApiProperty({ type: MoneyDto }) lineTotal: MoneyDto;
}

export class SetCartGiftVouchersRequest {
  @ApiProperty({ type: [CartGiftVoucherRequest], maxItems: 10, description: 'Every gift voucher the cart buys (replaces the previous list; [] removes them)' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CartGiftVoucherRequest)
  giftVouchers: CartGiftVoucherRequest[];
}

export class CartGiftVoucherLineResponse {
  @ApiProperty({ format: 'uuid' }) offerId: string;
  @ApiProperty({ example: 'Bon cadeau 50 francs' }) name: string;
  @ApiProperty({ type: 'integer' }) quantity: number;
  @ApiProperty({ type: MoneyDto }) unitPrice: MoneyDto;
  @ApiProperty({ type: MoneyDto }) lineTotal: MoneyDto;
  @ApiProperty({ type: 'integer', description: 'Each voucher is valid this long once sold' }) validityMonths: number;
}

export class CartResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CART_STATUSES }) status: CartStatus;
  @ApiProperty({ format: 'date-time', description: 'The places are released after this moment' }) expiresAt: string;
  @ApiProperty({ type: [CartLineResponse] }) items: CartLineResponse[];
  @ApiProperty({ type: [CartGiftVoucherLineResponse] }) giftVouchers: CartGiftVoucherLineResponse[];
  @ApiProperty({ type: MoneyDto, description: 'Sum of the lines (tickets and gift vouchers) before any discount' }) subtotal: MoneyDto;
  @ApiProperty({ nullable: true, type: 'string', description: 'Promo code applied to the cart' }) promoCode: string | null;
  @ApiProperty({ type: MoneyDto, description: 'What the promo code takes off (zero without one)' }) discount: MoneyDto;
  @ApiProperty({ nullable: true, type: 'string', description: 'Gift voucher applied to the cart' }) giftVoucherCode: string | null;
  @ApiProperty({ type: MoneyDto, description: 'What the gift voucher pays (zero without one)' }) giftVoucher: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'What the buyer still pays' }) total: MoneyDto;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: 'string' }) orderId: string | null;
}

/**
 * The buyer. In the shop, which fields are asked (and which are mandatory) is the ticketing's
 * registration form (getShopRegistrationForm): a field it does not ask is refused, and every error
 * is a REGISTRATION_INVALID naming the field (`customer.zip`, `customer.answers.<key>`).
 */
export class CheckoutCustomerRequest {
  @ApiPropertyOptional({ example: 'Camille', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ example: 'Rochat', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiProperty({ format: 'email', example: 'camille@example.ch', maxLength: 254, description: 'Always asked: the order is sent to it' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: ['mrs', 'mr', 'other'] }) @IsOptional() @IsString() @MaxLength(10) title?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'Route du Théâtre 2' }) @IsOptional() @IsString() @MaxLength(200) address?: string;
  @ApiPropertyOptional({ maxLength: 20, example: '1083' }) @IsOptional() @IsString() @MaxLength(20) zip?: string;
  @ApiPropertyOptional({ maxLength: 100, example: 'Mézières' }) @IsOptional() @IsString() @MaxLength(100) city?: string;
  @ApiPropertyOptional({ maxLength: 2, example: 'CH', description: 'ISO 3166-1 alpha-2' }) @IsOptional() @IsString() @MaxLength(2) country?: string;
  @ApiPropertyOptional({ maxLength: 30, example: '+41 79 123 45 67' }) @IsOptional() @IsString() @MaxLength(30) mobile?: string;
  @ApiPropertyOptional({ format: 'date', example: '1990-05-17', description: 'YYYY-MM-DD, in the past' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  dateOfBirth?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', items: { type: 'string' } }] },
    description:
      'Answers to the custom fields by key: a string (text, date YYYY-MM-DD, dropdown option, or the id of an upload for a file field), a number, or the ticked options (checkboxes)',
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, string | number | string[]>;
}

export const SHOP_PAYMENT_METHODS = ['free', 'on_site', 'card', 'invoice'] as const;
export type ShopPaymentMethod = (typeof SHOP_PAYMENT_METHODS)[number];
/** How a sale is settled: a shop payment method, or given away at the counter (ADR 0036), which no shop customer may ask. */
export type SaleMethod = ShopPaymentMethod | 'invitation';

/** Attendee data per ticket, by field key; null leaves the ticket for the personalisation link. */
export type CheckoutAttendees = (Record<string, unknown> | null)[];

/** The `attendees` of a sale (the shop's checkout, the counter's sale): one shape, one validation, described for each. */
export function AttendeesProperty(description: string, example?: CheckoutAttendees) {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'array',
      maxItems: 500,
      items: { type: 'object', nullable: true, additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] } },
      description,
      ...(example ? { example } : {}),
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(500),
  );
}

export class CheckoutRequest {
  @ApiProperty({ type: CheckoutCustomerRequest })
  @IsDefined()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => CheckoutCustomerRequest)
  customer: CheckoutCustomerRequest;

  @ApiProperty({
    enum: SHOP_PAYMENT_METHODS,
    description:
      '`free` for a zero total; `on_site` to pay at the venue (a reservation: tickets valid once paid); `card` to pay on the payment provider’s page next (see startCardPayment): the places are kept until the payment deadline; `invoice` to pay by bank with a QR-bill (when the ticketing has invoice settings; not for a zero total): a reservation until the payment is recorded, due after the ticketing’s payment term',
  })
  @IsIn(SHOP_PAYMENT_METHODS)
  paymentMethod: ShopPaymentMethod;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr', description: 'The customer’s language: the emails and PDFs of the order are written in it' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @AttendeesProperty(
    'Attendee data (SHOP-4): `attendees[i]` answers the i-th ticket of the cart (its lines in order, one per place, as listed by getCheckoutOptions) by field key, checked like the personalisation page (errors name `attendees[i].<key>`); null, or a ticket past the end of the list, is left for the personalisation link',
    [{ firstName: 'Ada', lastName: 'Lovelace' }, null],
  )
  attendees?: CheckoutAttendees;
}
