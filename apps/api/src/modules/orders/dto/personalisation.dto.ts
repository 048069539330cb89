import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AttendeeFieldDto } from '../../catalog';

export class PersonalisationLinkResponse {
  @ApiProperty({ description: 'The shop page where the customer completes or corrects attendee data' }) url: string;
  @ApiProperty({ description: 'The link’s secret (in `url`)' }) token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PersonalisationTicketResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() eventName: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() zoneName: string;
  @ApiProperty({ nullable: true, type: 'string' }) seatLabel: string | null;
  @ApiProperty() priceName: string;
  @ApiProperty({ type: [AttendeeFieldDto], description: 'What its price asks of the holder' }) fields: AttendeeFieldDto[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The answers given so far, by field key' })
  answers: Record<string, unknown> | null;
  @ApiProperty({ description: 'Every required field is answered' }) complete: boolean;
}

/** What the customer's personalisation page shows: the valid tickets that ask for attendee data. */
export class PersonalisationResponse {
  @ApiProperty() orderNumber: string;
  @ApiProperty({ format: 'date-time', description: 'When the link stops working' }) expiresAt: string;
  @ApiProperty({ type: [PersonalisationTicketResponse] }) tickets: PersonalisationTicketResponse[];
}

export class PersonalisationQuery {
  @ApiProperty({ description: 'The personalisation link’s secret' })
  @IsString()
  @MaxLength(100)
  token: string;
}

export class TicketAnswersRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  ticketId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Answers by field key: text, number, date (YYYY-MM-DD), one of the choices, or true/false',
  })
  @IsObject()
  answers: Record<string, unknown>;
}

export class SavePersonalisationRequest {
  @ApiProperty({ type: [TicketAnswersRequest], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TicketAnswersRequest)
  tickets: TicketAnswersRequest[];
}
