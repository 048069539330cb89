import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MoneyDto } from '../../../platform/http/money.dto';
import { PageQuery } from '../../../platform/http/pagination';
import { LANGUAGES, type Language } from '../../../platform/documents/words';
import { ORDER_STATUSES, PAYMENT_METHODS, type OrderStatus, type PaymentMethod } from '../../orders';

/** At least 10 characters, with a letter and something else than letters: long beats clever. */
const PASSWORD = {
  description: 'At least 10 characters, with at least one letter and one digit or symbol',
  minLength: 10,
  maxLength: 200,
  example: 'Remparts-2027',
};
const passwordRules = () => (target: object, key: string) => {
  IsString()(target, key);
  MinLength(10, { message: 'must be at least 10 characters long' })(target, key);
  MaxLength(200)(target, key);
  Matches(/\p{L}/u, { message: 'must contain a letter' })(target, key);
  Matches(/[^\p{L}]/u, { message: 'must contain a digit or a symbol' })(target, key);
};

export class SignUpRequest {
  @ApiProperty({ format: 'email', example: 'ada@example.ch' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty(PASSWORD)
  @passwordRules()
  password: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Ada' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/\S/, { message: 'must not be blank' })
  firstName: string;

  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Lovelace' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(/\S/, { message: 'must not be blank' })
  lastName: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr', description: 'The account’s emails are written in it' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class SignUpResponse {
  @ApiProperty({ format: 'email', description: 'Where the confirmation link was sent' }) email: string;
}

export class AccountLinkRequest {
  @ApiProperty({ description: 'The token of the link from the email', example: 'xYz' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token: string;
}

export class AccountEmailRequest {
  @ApiProperty({ format: 'email', example: 'ada@example.ch' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordRequest {
  @ApiProperty({ description: 'The token of the link from the email', example: 'xYz' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token: string;

  @ApiProperty(PASSWORD)
  @passwordRules()
  password: string;
}

export class CustomerAccountResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
}

export class CustomerSessionResponse {
  @ApiProperty({ description: 'Bearer token for the `/account` routes of this shop only; revoked by logging out' }) accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: CustomerAccountResponse }) account: CustomerAccountResponse;
}

export class AccountOrdersQuery extends PageQuery {}

export class AccountOrderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '7KQ2M9XD' }) number: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod: PaymentMethod;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto }) amountDue: MoneyDto;
  @ApiProperty({ type: 'integer' }) ticketCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Opens the order and its tickets through `getShopOrder` and `downloadShopOrderTickets` (`?token=`)' }) accessToken: string;
}

export class AccountOrdersPage {
  @ApiProperty({ type: [AccountOrderResponse] }) items: AccountOrderResponse[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}

export class ClaimOrderRequest {
  @ApiProperty({ description: 'The secret of the order’s link (from the checkout or the confirmation email)', example: 'xYz' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  token: string;
}
