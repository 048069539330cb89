import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SCAN_MODES, ScanMode } from '../entities/control-profile.entity';

export class ControlProfileRequest {
  @ApiProperty({ example: 'Entrée parterre', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The dates its devices may scan; empty: every date of the ticketing', maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  dateIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'The zones its devices may scan; empty: every zone', maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  zoneIds: string[];

  @ApiProperty({ enum: SCAN_MODES, description: '`normal`: enter once; `entry_exit`: in and out alternate; `multiple`: enter as often as wished' })
  @IsIn(SCAN_MODES)
  mode: ScanMode;
}

export class ControlProfileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Empty: every date' }) dateIds: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Empty: every zone' }) zoneIds: string[];
  @ApiProperty({ enum: SCAN_MODES }) mode: ScanMode;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ControlProfileListResponse {
  @ApiProperty({ type: [ControlProfileResponse], description: 'Every profile, by name (a ticketing has a few: not paginated)' })
  items: ControlProfileResponse[];
}

export class LoginCodeResponse {
  @ApiProperty({
    example: 'K7QM-4XRT-9HPW',
    description:
      '12 characters of an alphabet without 0/O, 1/I (60 bits), grouped by four; shown once, as text and as a QR code. Dashes, spaces and case are ignored at login.',
  })
  code: string;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: 'string',
    description: 'A profile code’s end (it is also spent by its first use); null for the organizer code',
  })
  expiresAt: string | null;
}
