import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { MoneyDto } from '../../platform/http/money.dto';
import { PageQuery } from '../../platform/http/pagination';
import { BANK_ENTRY_STATUSES, BANK_MATCHES, BankEntryStatus, BankMatch } from '../../modules/payments-reconciliation';
import { ORDER_STATUSES, OrderStatus } from '../../modules/orders';

export const BANK_FILE_STAGES = ['queued', 'entries', 'matching', 'done'] as const;
export const BANK_FITS = ['exact', 'partial', 'over'] as const;
/** What the entry brings against what its order still owes (read now, from the ledger). */
export type BankFit = (typeof BANK_FITS)[number];

/** An imported bank file and how far its import went. */
export class BankFileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'camt053_20261201.xml' }) fileName: string;
  @ApiProperty({ enum: ['camt.053', 'camt.054'] }) message: string;
  @ApiProperty({ example: '001.08' }) version: string;
  @ApiProperty({
    enum: BANK_FILE_STAGES,
    description: 'queued (waiting for the worker), entries (being stored), matching (being matched to orders), done',
  })
  stage: (typeof BANK_FILE_STAGES)[number];
  @ApiProperty({ type: 'integer', description: 'Bank entries in the file (one per transaction of a batch entry)' }) entriesTotal: number;
  @ApiProperty({ type: 'integer', description: 'Entries stored so far (new or known)' }) entriesDone: number;
  @ApiProperty({ type: 'integer', description: 'Entries not known before: the others were stored from an earlier file or statement' }) entriesNew: number;
  @ApiProperty({ description: 'Who imported it' }) importedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) finishedAt: string | null;
}

export class BankFileListResponse {
  @ApiProperty({ type: [BankFileResponse] }) items: BankFileResponse[];
}

export class BankEntryOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'K7M2P9QX' }) number: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ description: 'The buyer, as on the order' }) customerName: string;
  @ApiProperty({ type: MoneyDto }) total: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: 'What the order still owes now (zero once paid in full)' }) due: MoneyDto;
}

export class BankEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The file it was first read from' }) bankFileId: string;
  @ApiProperty({ enum: BANK_ENTRY_STATUSES }) status: BankEntryStatus;
  @ApiProperty({ example: 'CH4431999123000889012' }) account: string;
  @ApiProperty({ format: 'date', nullable: true, type: 'string' }) bookingDate: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: 'string' }) valueDate: string | null;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
  @ApiProperty({ description: 'Money in (not a reversal); a debit is never a payment' }) credit: boolean;
  @ApiProperty({ enum: ['QRR', 'SCOR'], nullable: true, type: 'string' }) referenceKind: 'QRR' | 'SCOR' | null;
  @ApiProperty({ nullable: true, type: 'string' }) reference: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'The unstructured remittance information' }) message: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) debtorName: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) bankReference: string | null;
  @ApiProperty({
    enum: BANK_MATCHES,
    nullable: true,
    type: 'string',
    description: 'How the order was found: its QR reference, its SCOR reference, or only suggested by amount and name (check it before selecting it)',
  })
  match: BankMatch | null;
  @ApiProperty({ type: BankEntryOrderDto, nullable: true }) order: BankEntryOrderDto | null;
  @ApiProperty({ enum: BANK_FITS, nullable: true, type: 'string', description: 'Against what the order still owes: exact, partial (less) or over (more)' })
  fit: BankFit | null;
  @ApiProperty({ description: 'Matched by reference to a reserved order it pays exactly: selected in advance for validation' }) preselected: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) bookedAt: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'Who validated it' }) bookedBy: string | null;
  @ApiProperty({ nullable: true, type: 'boolean', description: 'Validated as settling its order although it paid less (a decision of bookedBy)' })
  bookedComplete: boolean | null;
}

export class BankEntryListResponse {
  @ApiProperty({ type: [BankEntryResponse] }) items: BankEntryResponse[];
  @ApiProperty({ nullable: true, type: 'string' }) nextCursor: string | null;
}

export class ListBankEntriesQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: BANK_ENTRY_STATUSES,
    description: 'matched (by reference, to book), suggested, unmatched, booked, ignored (debits, entries not booked by the bank)',
  })
  @IsOptional()
  @IsIn(BANK_ENTRY_STATUSES)
  status?: BankEntryStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the entries first read from this file' })
  @IsOptional()
  @IsUUID()
  bankFileId?: string;
}

export class ValidateBankEntriesRequest {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 500,
    description: 'The selected entries: each becomes a bank-transfer payment of its order',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  entryIds: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 500,
    description: 'Among them, partial payments validated as settling their order (the order becomes paid although it received less; recorded as your decision)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  complete?: string[];
}

export class BankEntryBookedDto {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ description: 'The order became paid (its tickets are sent)' }) orderPaid: boolean;
  @ApiProperty({ type: MoneyDto, description: 'What the order still owes after it: zero once it is paid (a part payment validated as complete included)' })
  due: MoneyDto;
}

export class ValidateBankEntriesResponse {
  @ApiProperty({ type: [BankEntryBookedDto] }) booked: BankEntryBookedDto[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Entries booked before (by an earlier validation): left as they were' }) alreadyBooked: string[];
}
