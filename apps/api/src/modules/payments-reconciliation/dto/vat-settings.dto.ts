import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';

/** A Swiss VAT number: CHE, nine digits grouped 3.3.3, and MWST, TVA or IVA (spaces and dots are loose on the way in). */
export const VAT_NUMBER = /^CHE-\d{3}\.\d{3}\.\d{3} (MWST|TVA|IVA)$/;

/** Written the one way: `CHE-123.456.789 TVA`, whatever spacing, dots or case it came with. */
export function normalizeVatNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = /^CHE[\s.-]*(\d{3})[\s.]*(\d{3})[\s.]*(\d{3})\s*(MWST|TVA|IVA)$/i.exec(value.trim());
  return m ? `CHE-${m[1]}.${m[2]}.${m[3]} ${m[4].toUpperCase()}` : value.trim();
}

/** TO-5: both set, or both null to clear (no VAT lines on receipts then). */
export class VatSettingsRequest {
  @ApiProperty({
    nullable: true,
    type: 'string',
    example: 'CHE-123.456.789 TVA',
    description: 'The Swiss VAT number, CHE-123.456.789 followed by MWST, TVA or IVA; null (with `rateBp` null) clears the settings',
  })
  @Transform(({ value }) => normalizeVatNumber(value))
  @ValidateIf((o: VatSettingsRequest) => o.vatNumber !== null || o.rateBp !== null)
  @IsString()
  @Matches(VAT_NUMBER, { message: 'must be a Swiss VAT number like CHE-123.456.789 TVA (MWST, TVA or IVA), or null with rateBp null' })
  vatNumber: string | null;

  @ApiProperty({
    nullable: true,
    type: 'integer',
    minimum: 0,
    maximum: 10000,
    example: 810,
    description: 'The VAT rate included in the prices, in basis points (810 = 8.1 %; 0 = exempt); null (with `vatNumber` null) clears the settings',
  })
  @ValidateIf((o: VatSettingsRequest) => o.vatNumber !== null || o.rateBp !== null)
  @IsInt({ message: 'must be an integer number of basis points (810 = 8.1 %), or null with vatNumber null' })
  @Min(0)
  @Max(10000)
  rateBp: number | null;
}

export class VatSettingsResponse {
  @ApiProperty({ nullable: true, type: 'string', description: 'Null: no VAT settings, receipts print no VAT lines', example: 'CHE-123.456.789 TVA' })
  vatNumber: string | null;
  @ApiProperty({ nullable: true, type: 'integer', example: 810 }) rateBp: number | null;
  @ApiProperty({ nullable: true, type: 'string', format: 'date-time' }) updatedAt: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'Who set them' }) updatedBy: string | null;
}
