import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { FieldError } from '../../platform/http/problem';

/** ORD-5: what a price asks of each ticket's holder (attendee data), answered per ticket in orders. */
export const ATTENDEE_FIELD_KINDS = ['text', 'number', 'date', 'choice', 'checkbox'] as const;
export type AttendeeFieldKind = (typeof ATTENDEE_FIELD_KINDS)[number];

export interface AttendeeField {
  key: string;
  label: string;
  kind: AttendeeFieldKind;
  required: boolean;
  /** The choices of a `choice` field. */
  options?: string[];
}

export class AttendeeFieldDto implements AttendeeField {
  @ApiProperty({ example: 'firstName', pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$', description: 'Stable key of the answer' })
  @IsString()
  @Matches(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/)
  key: string;

  @ApiProperty({ example: 'Prénom', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  label: string;

  @ApiProperty({ enum: ATTENDEE_FIELD_KINDS })
  @IsIn(ATTENDEE_FIELD_KINDS)
  kind: AttendeeFieldKind;

  @ApiProperty({ description: 'The holder must answer it' })
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ type: [String], maxItems: 50, description: 'The choices of a `choice` field (required for it)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  options?: string[];
}

/** Keys differ, and a choice has its choices; `path` names the list (`attendeeFields`, `prices[0].attendeeFields`). */
export function attendeeFieldProblems(fields: AttendeeField[], path: string): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (seen.has(f.key)) problems.push({ field: `${path}[${i}].key`, message: 'keys must differ' });
    seen.add(f.key);
    if (f.kind === 'choice' && !f.options?.length) problems.push({ field: `${path}[${i}].options`, message: 'a choice needs its options' });
  });
  return problems;
}

/** Stored as given, trimmed; options only on a choice. */
export function normalizedFields(fields: AttendeeField[] | undefined): AttendeeField[] {
  return (fields ?? []).map((f) => ({
    key: f.key,
    label: f.label.trim(),
    kind: f.kind,
    required: f.required,
    ...(f.kind === 'choice' ? { options: (f.options ?? []).map((o) => o.trim()) } : {}),
  }));
}
