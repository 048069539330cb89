import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { isIBANValid, isQRIBAN } from 'swissqrbill/utils';

export const INVOICE_COUNTRIES = ['CH', 'LI'] as const;

/** A Swiss or Liechtenstein QR-IBAN: a valid IBAN whose institution id (QR-IID) is 30000–31999. */
@ValidatorConstraint({ name: 'isQrIban' })
export class IsQrIban implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && /^(CH|LI)\d{7}[0-9A-Z]{12}$/.test(value) && isIBANValid(value) && isQRIBAN(value);
  }
  defaultMessage(): string {
    return 'must be a QR-IBAN (CH or LI, valid check digits, institution id 30000–31999): an ordinary IBAN cannot receive QR references';
  }
}

export const DEFAULT_PAYMENT_TERM_DAYS = 30;
export const DEFAULT_REMINDER_DAYS = [10, 20];

/** ADR 0052: reminders ascending, each before the payment term (the default term when none is given). */
@ValidatorConstraint({ name: 'isReminderSchedule' })
export class IsReminderSchedule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (!Array.isArray(value)) return true; // IsArray reports it
    const term = (args.object as InvoiceSettingsRequest).paymentTermDays ?? DEFAULT_PAYMENT_TERM_DAYS;
    return value.every((d, i) => Number.isInteger(d) && d >= 1 && d < term && (i === 0 || d > value[i - 1]));
  }
  defaultMessage(): string {
    return 'days after the order, ascending, each at least 1 and before the payment term';
  }
}

const compact = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value);
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** PAY-3: the creditor and account of this ticketing's QR-bills (lengths are the QR-bill's own limits). */
export class InvoiceSettingsRequest {
  @ApiProperty({ minLength: 1, maxLength: 70, example: 'Théâtre du Jorat' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 70)
  creditorName: string;

  @ApiProperty({ minLength: 1, maxLength: 70, example: 'Route du Théâtre' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 70)
  street: string;

  @ApiProperty({ minLength: 1, maxLength: 16, description: 'The building number', example: '2' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 16)
  buildingNumber: string;

  @ApiProperty({ minLength: 1, maxLength: 16, example: '1083' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 16)
  zip: string;

  @ApiProperty({ minLength: 1, maxLength: 35, example: 'Mézières' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 35)
  city: string;

  @ApiProperty({ enum: INVOICE_COUNTRIES, example: 'CH' })
  @IsIn(INVOICE_COUNTRIES)
  country: (typeof INVOICE_COUNTRIES)[number];

  @ApiProperty({ description: 'A QR-IBAN (institution id 30000–31999); spaces are ignored', example: 'CH44 3199 9123 0008 8901 2' })
  @Transform(compact)
  @IsString()
  @Validate(IsQrIban)
  qrIban: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 120, default: 30, description: 'Days the customer has to pay (default 30)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  paymentTermDays?: number;

  @ApiPropertyOptional({
    type: 'integer',
    isArray: true,
    maxItems: 3,
    example: DEFAULT_REMINDER_DAYS,
    description:
      'Days after the order when the invoice is sent again as a reminder (ascending, each before the term; none: no reminder). ' +
      'Default 10 and 20, those before the term. Orders already placed keep their own.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsInt({ each: true })
  @Validate(IsReminderSchedule)
  reminderDays?: number[];
}

export class InvoiceSettingsResponse {
  @ApiProperty() creditorName: string;
  @ApiProperty() street: string;
  @ApiProperty() buildingNumber: string;
  @ApiProperty() zip: string;
  @ApiProperty() city: string;
  @ApiProperty({ enum: INVOICE_COUNTRIES }) country: string;
  @ApiProperty({ description: 'Without spaces', example: 'CH4431999123000889012' }) qrIban: string;
  @ApiProperty({ type: 'integer' }) paymentTermDays: number;
  @ApiProperty({ type: 'integer', isArray: true, description: 'Days after the order when the invoice is sent again as a reminder' }) reminderDays: number[];
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Who set them' }) updatedBy: string;
}
