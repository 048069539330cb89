import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { SCAN_RESULTS, ScanResult } from '../entities/scan.entity';

export class RegisterDeviceRequest {
  @ApiProperty({ example: 'Entrée principale — scanner 1', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;
}

export class DeviceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Bearer token for /control endpoints; shown once' }) token: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ScanRequest {
  @ApiProperty({ description: 'The code read from the QR code or barcode', maxLength: 512 })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  code: string;
}

export class ScannedTicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiProperty() priceName: string;
}

export class ScanResponse {
  @ApiProperty({ enum: SCAN_RESULTS, description: 'accepted lets the holder in; anything else is refused' }) result: ScanResult;
  @ApiProperty({ description: 'True only for accepted' }) valid: boolean;
  @ApiProperty({ example: 'Billet déjà utilisé' }) message: string;
  @ApiPropertyOptional({ type: ScannedTicketResponse, nullable: true }) ticket: ScannedTicketResponse | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: 'string', description: 'When the ticket was first admitted' })
  firstScannedAt: string | null;
  @ApiProperty({ format: 'date-time' }) scannedAt: string;
}
