import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ORDER_IMPORT_STATUSES, OrderImportStatus } from '../../modules/orders';
import { IMPORT_COLUMNS } from '../order-import/order-import-file';
import { LINE_ERROR_CODES, LineErrorCode } from '../order-import/order-import.errors';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class OrderImportQuery {
  @ApiPropertyOptional({ description: 'Only check the file and report every error: nothing is written (default false)', type: Boolean })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ description: 'Send each new order’s confirmation email to its customer (default false: they were sold elsewhere)', type: Boolean })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  notify?: boolean;
}

export class ImportLineErrorDto {
  @ApiProperty({ type: 'integer', description: 'Line of the file (the header is line 1)', example: 4 }) line: number;
  @ApiProperty({ enum: IMPORT_COLUMNS, nullable: true, type: 'string', description: 'The column, by its canonical name' }) column: string | null;
  @ApiProperty({ enum: LINE_ERROR_CODES }) code: LineErrorCode;
  @ApiProperty({ example: 'the event has no price of this name' }) message: string;
}

/** The dry run's answer: what the import would do, and every error with its line and column. */
export class OrderImportReportResponse {
  @ApiProperty({ example: 'ventes-2026.csv' }) fileName: string;
  @ApiProperty({ type: 'integer', description: 'Order lines in the file (the header aside)' }) lines: number;
  @ApiProperty({ type: 'integer', description: 'Orders the import would create (lines sharing a reference are one order)' }) orders: number;
  @ApiProperty({ type: 'integer', description: 'Tickets those orders hold' }) tickets: number;
  @ApiProperty({ type: 'integer', description: 'Orders already imported (their reference exists): left as they are' }) alreadyImported: number;
  @ApiProperty({ type: [ImportLineErrorDto] }) errors: ImportLineErrorDto[];
  @ApiProperty({ description: 'No error: the file can be imported' }) ready: boolean;
}

export class ImportFailureDto {
  @ApiProperty({ type: 'integer' }) line: number;
  @ApiProperty() reference: string;
  @ApiProperty({ description: 'A line error code, or the problem code the sale was refused with (e.g. CAPACITY_EXCEEDED)' }) code: string;
  @ApiProperty() message: string;
}

/** An accepted file and how far its import went. */
export class OrderImportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ORDER_IMPORT_STATUSES }) status: OrderImportStatus;
  @ApiProperty({ description: 'Confirmation emails are sent to the customers' }) notify: boolean;
  @ApiProperty({ type: 'integer', description: 'Orders in the file' }) total: number;
  @ApiProperty({ type: 'integer', description: 'Orders placed so far' }) created: number;
  @ApiProperty({ type: 'integer', description: 'Orders already imported before: left as they were' }) skipped: number;
  @ApiProperty({ type: 'integer', description: 'Orders that could not be placed when the import ran (see failures)' }) failed: number;
  @ApiProperty({ type: [ImportFailureDto] }) failures: ImportFailureDto[];
  @ApiProperty({ description: 'Who imported it' }) importedBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) finishedAt: string | null;
}

export class OrderImportListResponse {
  @ApiProperty({ type: [OrderImportResponse], description: 'The latest imports, newest first (at most 20)' }) items: OrderImportResponse[];
}
