import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CUSTOM_FIELD_KINDS,
  type CustomFieldKind,
  FIELD_MODES,
  type FieldMode,
  MAX_CUSTOM_FIELDS,
  MAX_UPLOAD_BYTES,
  type StandardField,
  UPLOAD_TYPES,
  type UploadType,
} from '../registration-form';

const mode = (what: string) =>
  ApiProperty({ enum: FIELD_MODES, description: `${what}: required (visible and mandatory), optional (visible) or hidden (not asked)` });

export class StandardFieldModesDto implements Record<StandardField, FieldMode> {
  @mode('Title (Mrs, Mr, other)') @IsIn(FIELD_MODES) title: FieldMode;
  @mode('First name') @IsIn(FIELD_MODES) firstName: FieldMode;
  @mode('Last name') @IsIn(FIELD_MODES) lastName: FieldMode;
  @mode('Company') @IsIn(FIELD_MODES) company: FieldMode;
  @mode('Email: always `required` (orders are sent to it)') @IsIn(FIELD_MODES) email: FieldMode;
  @mode('Street address') @IsIn(FIELD_MODES) address: FieldMode;
  @mode('Postcode') @IsIn(FIELD_MODES) zip: FieldMode;
  @mode('City') @IsIn(FIELD_MODES) city: FieldMode;
  @mode('Country (ISO 3166-1 code)') @IsIn(FIELD_MODES) country: FieldMode;
  @mode('Mobile number') @IsIn(FIELD_MODES) mobile: FieldMode;
  @mode('Date of birth (in the past)') @IsIn(FIELD_MODES) dateOfBirth: FieldMode;
}

export class FieldLabelDto {
  @ApiProperty({ maxLength: 200, example: 'Régime alimentaire' }) @IsString() @MaxLength(200) fr: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) de?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) it?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) en?: string;
}

export class CustomFieldDto {
  @ApiProperty({ example: 'diet', pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$', description: 'Stable key of the answer (`customer.answers.<key>`)' })
  @IsString()
  @Matches(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/)
  key: string;

  @ApiProperty({ type: FieldLabelDto, description: 'Per shop language; French required, the others fall back to it' })
  @IsDefined()
  @ValidateNested()
  @Type(() => FieldLabelDto)
  label: FieldLabelDto;

  @ApiProperty({ enum: CUSTOM_FIELD_KINDS })
  @IsIn(CUSTOM_FIELD_KINDS)
  kind: CustomFieldKind;

  @ApiProperty({ description: 'The buyer must answer it (checkboxes: tick at least one)' })
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ type: [String], maxItems: 50, description: 'The choices of a dropdown or of checkboxes (required for them, refused for the others)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  options?: string[];

  @ApiPropertyOptional({ enum: UPLOAD_TYPES, isArray: true, description: 'A file field: the types it accepts, recognised by content (required for it)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(UPLOAD_TYPES, { each: true })
  accept?: UploadType[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_UPLOAD_BYTES,
    description: 'A file field: its largest size in bytes, at most 10 MB (required for it)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_UPLOAD_BYTES)
  maxBytes?: number;
}

export class RegistrationFormRequest {
  @ApiProperty({ type: StandardFieldModesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => StandardFieldModesDto)
  standard: StandardFieldModesDto;

  @ApiProperty({ type: [CustomFieldDto], maxItems: MAX_CUSTOM_FIELDS, description: 'In the order the shop shows them' })
  @IsArray()
  @ArrayMaxSize(MAX_CUSTOM_FIELDS)
  @ValidateNested({ each: true })
  @Type(() => CustomFieldDto)
  customFields: CustomFieldDto[];
}

export class RegistrationFormResponse {
  @ApiProperty({ type: StandardFieldModesDto }) standard: StandardFieldModesDto;
  @ApiProperty({ type: [CustomFieldDto] }) customFields: CustomFieldDto[];
  @ApiProperty({ format: 'date-time', nullable: true, description: 'Null: never set, the default form (names and email)' }) updatedAt: string | null;
}

export class RegistrationUploadResponse {
  @ApiProperty({ format: 'uuid', description: 'Give it as the answer of the file field at checkout' }) id: string;
  @ApiProperty({ description: 'The file field it answers' }) field: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: UPLOAD_TYPES, description: 'Recognised from the content' }) contentType: UploadType;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
}

export class UploadedFileDto {
  @ApiProperty({ format: 'uuid' }) uploadId: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: UPLOAD_TYPES }) contentType: UploadType;
  @ApiProperty({ type: 'integer' }) sizeBytes: number;
}

export class RegistrationContactDto {
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional() firstName?: string;
  @ApiPropertyOptional() lastName?: string;
  @ApiPropertyOptional() company?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() zip?: string;
  @ApiPropertyOptional() city?: string;
  @ApiPropertyOptional() country?: string;
  @ApiPropertyOptional() mobile?: string;
  @ApiPropertyOptional({ format: 'date' }) dateOfBirth?: string;
}

export class RegistrationAnswerDto {
  @ApiProperty() key: string;
  @ApiProperty({ type: FieldLabelDto, description: 'As the field was labelled when the buyer answered' }) label: FieldLabelDto;
  @ApiProperty({ enum: CUSTOM_FIELD_KINDS }) kind: CustomFieldKind;
  @ApiPropertyOptional({ description: 'text, date (YYYY-MM-DD) or dropdown' }) value?: string;
  @ApiPropertyOptional({ description: 'number' }) number?: number;
  @ApiPropertyOptional({ type: [String], description: 'checkboxes: the ticked options' }) choices?: string[];
  @ApiPropertyOptional({ type: UploadedFileDto, description: 'file: download it with getOrderRegistrationFile' }) file?: UploadedFileDto;
}

/** What the buyer gave at checkout, as the form was then. */
export class RegistrationSnapshotDto {
  @ApiProperty({ type: RegistrationContactDto }) contact: RegistrationContactDto;
  @ApiProperty({ type: [RegistrationAnswerDto] }) answers: RegistrationAnswerDto[];
}
