import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SCAN_RESULTS, ScanResult } from '../entities/scan.entity';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export class DoorDashboardQuery {
  @ApiProperty({ description: 'The dates watched: their ids, comma-separated (at most 20)', example: '6f1c…,9a2e…' })
  @Matches(new RegExp(`^${UUID}(,${UUID}){0,19}$`), { message: 'dateIds must be date ids separated by commas (at most 20)' })
  dateIds: string;
}

export class DoorZoneFigures {
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ description: 'Valid tickets' }) tickets: number;
  @ApiProperty({ description: 'Inside now (scan state `in`)' }) inside: number;
  @ApiProperty({ description: 'Entered at least once' }) entered: number;
}

export class DoorDateFigures {
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() tickets: number;
  @ApiProperty() inside: number;
  @ApiProperty() entered: number;
  @ApiProperty({ type: [DoorZoneFigures] }) zones: DoorZoneFigures[];
}

export class ScansPerMinute {
  @ApiProperty({ format: 'date-time' }) minute: string;
  @ApiProperty() accepted: number;
  @ApiProperty() refused: number;
}

export class RefusalCount {
  @ApiProperty({ enum: SCAN_RESULTS }) result: ScanResult;
  @ApiProperty() count: number;
}

export class DoorDeviceFigures {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: 'string', nullable: true }) gate: string | null;
  @ApiProperty({ description: 'Seen in the last two minutes (a scan, or the scanner page refreshing its door list)' }) online: boolean;
  @ApiPropertyOptional({ format: 'date-time', type: 'string', nullable: true }) lastSeenAt: string | null;
  @ApiProperty() accepted: number;
  @ApiProperty() refused: number;
}

export class GateFigures {
  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'The devices’ gate; null for devices without one' }) gate: string | null;
  @ApiProperty() devices: number;
  @ApiProperty() online: number;
  @ApiProperty() accepted: number;
  @ApiProperty() refused: number;
}

export class ConflictScan {
  @ApiProperty() deviceName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() offline: boolean;
  @ApiProperty({ description: 'This admission was the one reported' }) conflict: boolean;
}

export class DoorConflict {
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ description: 'The order’s number, to find its people' }) orderNumber: string;
  @ApiProperty({ description: 'The ticket’s seat as printed, or its zone' }) place: string;
  @ApiProperty({ type: [ConflictScan], description: 'Every admission of the ticket, oldest first' }) scans: ConflictScan[];
}

export class DoorDashboardResponse {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: [DoorDateFigures] }) dates: DoorDateFigures[];
  @ApiProperty({ type: [ScansPerMinute], description: 'The last 60 minutes, minutes without a scan left out' }) scansPerMinute: ScansPerMinute[];
  @ApiProperty({ type: [RefusalCount], description: 'Refusals of these dates by reason, most frequent first' }) refusals: RefusalCount[];
  @ApiProperty({ type: [GateFigures] }) gates: GateFigures[];
  @ApiProperty({ type: [DoorDeviceFigures] }) devices: DoorDeviceFigures[];
  @ApiProperty({ type: [DoorConflict], description: 'Tickets admitted offline by more than one scan (ADR 0043)' }) conflicts: DoorConflict[];
}
