import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class QuickCancellationRequest {
  @ApiProperty({ description: 'The code read from the pre-printed ticket (QR code or barcode)', maxLength: 512 })
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  code: string;
}

/** What was put back on sale. */
export class QuickCancellationResponse {
  @ApiProperty({ format: 'uuid' }) ticketId: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiPropertyOptional({ nullable: true, type: 'string', example: 'Parterre, rang C, place 12' }) seatLabel: string | null;
}
