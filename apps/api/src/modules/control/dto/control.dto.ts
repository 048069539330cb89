import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ORDER_STATUSES, OrderStatus, SCAN_STATES, ScanState, TICKET_STATUSES, TicketStatus } from '../../orders';
import { DOOR_ROLES, DoorRole } from '../entities/control-device.entity';
import { SCAN_MODES, ScanMode } from '../entities/control-profile.entity';
import { SCAN_RESULTS, ScanResult } from '../entities/scan.entity';
import { ControlProfileResponse } from './control-profile.dto';

export const SCAN_DIRECTIONS = ['in', 'out'] as const;
export type ScanDirection = (typeof SCAN_DIRECTIONS)[number];

const DOOR_ROLE_DOC =
  'steward: scans; supervisor: may also override a refusal and annul another device’s scan (an admin’s or manager’s device, or one logged in with the organizer code)';

export class RegisterDeviceRequest {
  @ApiProperty({ example: 'Entrée principale — scanner 1', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The profile it scans with; without one it scans everything, in the mode it chooses' })
  @IsOptional()
  @IsUUID()
  profileId?: string;

  @ApiPropertyOptional({ example: 'Entrée nord', maxLength: 100, description: 'Where it stands: counts are shown per gate' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  gate?: string;
}

export class DeviceLoginRequest {
  @ApiProperty({ example: 'K7QM-4XRT-9HPW', maxLength: 40, description: 'A profile code or the organizer code (dashes, spaces and case ignored)' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  code: string;

  @ApiProperty({ example: 'Téléphone de Léa', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  deviceName: string;

  @ApiPropertyOptional({ example: 'Entrée nord', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  gate?: string;
}

export class DeviceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Bearer token for /control endpoints; shown once' }) token: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: 'string' }) profileId: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'string' }) gate: string | null;
  @ApiProperty({ enum: DOOR_ROLES, description: DOOR_ROLE_DOC }) doorRole: DoorRole;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ControlDeviceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: 'string' }) profileId: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'string', description: 'The profile’s name' }) profileName: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'string' }) gate: string | null;
  @ApiProperty({ enum: DOOR_ROLES, description: DOOR_ROLE_DOC }) doorRole: DoorRole;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string', description: 'Its last scan, to the minute' }) lastSeenAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string', description: 'Set: its token is refused' }) revokedAt: string | null;
}

export class ControlDeviceListResponse {
  @ApiProperty({ type: [ControlDeviceResponse], description: 'Every device, newest first (not paginated)' }) items: ControlDeviceResponse[];
}

export class DoorZoneResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class DoorDateResponse {
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: [DoorZoneResponse], description: 'The zones of its event this device may scan' }) zones: DoorZoneResponse[];
  @ApiProperty({ description: 'Valid tickets of this date inside now (entry/exit mode moves them in and out)' }) insideNow: number;
}

export class ControlSessionResponse {
  @ApiProperty({ format: 'uuid' }) deviceId: string;
  @ApiProperty() deviceName: string;
  @ApiPropertyOptional({ nullable: true, type: 'string' }) gate: string | null;
  @ApiProperty({ enum: DOOR_ROLES, description: DOOR_ROLE_DOC }) doorRole: DoorRole;
  @ApiProperty({ format: 'uuid' }) ticketingId: string;
  @ApiPropertyOptional({ type: ControlProfileResponse, nullable: true, description: 'null: it scans everything, in the mode it chooses' })
  profile: ControlProfileResponse | null;
  @ApiProperty({ type: [DoorDateResponse], description: 'The scheduled dates it may scan, in time order, to choose from' }) dates: DoorDateResponse[];
}

export class ScanRequest {
  @ApiProperty({ description: 'The code read from the QR code or barcode', maxLength: 512 })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  code: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: 500,
    description: 'The dates chosen on the device (within its profile’s); a ticket of another date is `wrong_date`',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  dateIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 500, description: 'Scan by zone: a ticket of another zone is `wrong_zone`' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  zoneIds?: string[];

  @ApiPropertyOptional({
    enum: SCAN_MODES,
    description: 'Only for a device without a profile (default `normal`); a profiled device scans in its profile’s mode',
  })
  @IsOptional()
  @IsIn(SCAN_MODES)
  mode?: ScanMode;

  @ApiPropertyOptional({ enum: SCAN_DIRECTIONS, description: 'Entry/exit mode: `in` (default) or `out`' })
  @IsOptional()
  @IsIn(SCAN_DIRECTIONS)
  direction?: ScanDirection;
}

export class ScannedTicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiProperty() priceName: string;
}

export class ScanResponse {
  @ApiProperty({ description: 'The scan’s id, to annul it or override its refusal', example: '1042' }) scanId: string;
  @ApiProperty({ enum: SCAN_RESULTS, description: 'accepted lets the holder in (or out, for an exit); anything else is refused' }) result: ScanResult;
  @ApiProperty({ description: 'True only for accepted' }) valid: boolean;
  @ApiProperty({ example: 'Billet déjà utilisé' }) message: string;
  @ApiProperty({ enum: SCAN_MODES, description: 'The mode it was scanned in' }) mode: ScanMode;
  @ApiProperty({ enum: SCAN_DIRECTIONS }) direction: ScanDirection;
  @ApiPropertyOptional({ type: ScannedTicketResponse, nullable: true }) ticket: ScannedTicketResponse | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string', description: 'When the ticket was first admitted' })
  firstScannedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'string', description: 'The name of the device that first admitted it (with `already_used`)' })
  firstScannedBy: string | null;
  @ApiProperty({ format: 'date-time' }) scannedAt: string;
}

/** A scan named in the body (scan ids are numbers, written as strings). */
class ScanActionRequest {
  @ApiProperty({ description: 'The scan’s id, from the scan’s answer', example: '1042', pattern: '^[0-9]{1,18}$' })
  @IsString()
  @Matches(/^[0-9]{1,18}$/, { message: 'must be a scan id' })
  scanId: string;

  @ApiProperty({ example: 'Le tourniquet n’a pas tourné', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @Matches(/\S/, { message: 'must not be blank' })
  reason: string;
}

export class AnnulScanRequest extends ScanActionRequest {}

export class OverrideScanRequest extends ScanActionRequest {}

export class AnnulledScanResponse {
  @ApiProperty() scanId: string;
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ enum: ['unscanned', 'in', 'out'], description: 'The ticket’s scan state again, as before that scan' }) scanState: string;
  @ApiProperty({ format: 'date-time' }) annulledAt: string;
}

export class DoorOrderSearchQuery {
  @ApiProperty({ description: 'The order number, the customer’s name or email, or a ticket’s code or barcode', minLength: 2, maxLength: 200 })
  @IsString()
  @MaxLength(200)
  @Matches(/\S.*\S|\S\S/, { message: 'must hold at least 2 characters' })
  q: string;
}

export class DoorOrderTicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Its 18-digit barcode (typed or scanned at the door)' }) barcode: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiPropertyOptional({ nullable: true, type: 'string' }) seatLabel: string | null;
  @ApiProperty() priceName: string;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiProperty({ enum: SCAN_STATES }) scanState: ScanState;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string' }) firstScannedAt: string | null;
}

export class DoorOrderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty() customerName: string;
  @ApiProperty({ type: [DoorOrderTicketResponse], description: 'Its tickets of the dates this device scans' }) tickets: DoorOrderTicketResponse[];
}

export class DoorOrderListResponse {
  @ApiProperty({ type: [DoorOrderResponse], description: 'At most 20, newest first' }) items: DoorOrderResponse[];
}
