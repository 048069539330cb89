import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SCAN_MODES, ScanMode } from '../entities/control-profile.entity';
import { SCAN_RESULTS, ScanResult } from '../entities/scan.entity';
import { ControlProfileResponse } from './control-profile.dto';

export const SCAN_DIRECTIONS = ['in', 'out'] as const;
export type ScanDirection = (typeof SCAN_DIRECTIONS)[number];

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
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ControlDeviceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: 'string' }) profileId: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'string', description: 'The profile’s name' }) profileName: string | null;
  @ApiPropertyOptional({ nullable: true, type: 'string' }) gate: string | null;
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
