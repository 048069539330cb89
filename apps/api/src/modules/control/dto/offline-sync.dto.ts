import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SCAN_STATES, type ScanState, TICKET_STATUSES, type TicketStatus } from '../../orders';
import { SCAN_MODES, ScanMode } from '../entities/control-profile.entity';
import { SCAN_RESULTS, ScanResult } from '../entities/scan.entity';
import { SCAN_DIRECTIONS, ScanDirection } from './control.dto';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export class DoorListQuery {
  @ApiProperty({ description: 'The dates the device scans: their ids, comma-separated (at most 20)', example: '6f1c…,9a2e…' })
  @Matches(new RegExp(`^${UUID}(,${UUID}){0,19}$`), { message: 'dateIds must be date ids separated by commas (at most 20)' })
  dateIds: string;
}

export class PublicKeyResponse {
  @ApiProperty({ description: 'The key id, as in `G1.<kid>.…` codes', example: '3fa9c01b7e' }) kid: string;
  @ApiProperty({ description: 'The raw 32-byte Ed25519 public key, base64url (a JWK’s `x`)' }) publicKey: string;
}

export class DoorListTicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The ticket’s 18-digit barcode (ADR 0041)' }) barcode: string;
  @ApiProperty({ format: 'uuid' }) dateId: string;
  @ApiProperty({ format: 'uuid' }) zoneId: string;
  @ApiProperty({ enum: TICKET_STATUSES, description: 'Only `valid` enters; the others are the revocation list' }) status: TicketStatus;
  @ApiProperty({ description: 'Its order is paid (a reservation’s tickets enter once it is)' }) paid: boolean;
  @ApiProperty({ enum: SCAN_STATES, description: 'As the server knows it when the list was made' }) scanState: ScanState;
}

export class DoorListResponse {
  @ApiProperty({ format: 'date-time', description: 'When the list was read: scans after it are the device’s own to keep' }) generatedAt: string;
  @ApiProperty({
    type: [PublicKeyResponse],
    description:
      'The ticketing’s Ed25519 keys (active and retired). A code `G1.<kid>.<id>.<signature>` is genuine when the signature (base64url) verifies over the UTF-8 bytes of `G1.<kid>.<id>` with key `kid`; `<id>` is the ticket id’s 16 bytes in base64url',
  })
  keys: PublicKeyResponse[];
  @ApiProperty({ type: [DoorListTicketResponse], description: 'Every ticket of the dates, whatever its status, by date then id' })
  tickets: DoorListTicketResponse[];
}

export class OfflineScan {
  @ApiProperty({ format: 'uuid', description: 'Chosen by the device for this scan: a re-upload with the same nonce is recognised, never counted twice' })
  @IsUUID()
  nonce: string;

  @ApiProperty({ description: 'What was read', maxLength: 512 })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  code: string;

  @ApiProperty({ format: 'date-time', description: 'When the device scanned it (its own clock)' })
  @IsISO8601({ strict: true })
  at: string;

  @ApiProperty({ enum: SCAN_RESULTS, description: 'The device’s own verdict, made offline' })
  @IsIn(SCAN_RESULTS)
  result: ScanResult;

  @ApiPropertyOptional({
    enum: SCAN_MODES,
    default: 'normal',
    description: 'The mode the device scanned in: only in `normal` is a second admission a conflict',
  })
  @IsOptional()
  @IsIn(SCAN_MODES)
  mode?: ScanMode;

  @ApiPropertyOptional({ enum: SCAN_DIRECTIONS, default: 'in', description: '`out`: an exit, in entry/exit mode' })
  @IsOptional()
  @IsIn(SCAN_DIRECTIONS)
  direction?: ScanDirection;
}

export class OfflineScansRequest {
  @ApiProperty({ type: [OfflineScan], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OfflineScan)
  scans: OfflineScan[];
}

export const OFFLINE_SCAN_STATUSES = ['recorded', 'duplicate'] as const;

export class OfflineScanReceipt {
  @ApiProperty({ format: 'uuid' }) nonce: string;
  @ApiProperty({ enum: OFFLINE_SCAN_STATUSES, description: '`duplicate`: this device had uploaded this nonce already; nothing changed' })
  status: (typeof OFFLINE_SCAN_STATUSES)[number];
  @ApiProperty({ description: 'An admission of a ticket another scan had admitted already, or that was no longer valid: reported on the dashboard' })
  conflict: boolean;
}

export class OfflineScansResponse {
  @ApiProperty({ type: [OfflineScanReceipt], description: 'One per uploaded scan, in order' }) receipts: OfflineScanReceipt[];
}
