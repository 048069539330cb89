import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class RescheduleOrderRequest {
  @ApiProperty({ format: 'uuid', description: 'Another scheduled, future date of the same event' })
  @IsUUID()
  dateId: string;

  @ApiPropertyOptional({ description: 'Email the new tickets to the customer (default: no — they can be resent later)' })
  @IsOptional()
  @IsBoolean()
  notify?: boolean;
}
