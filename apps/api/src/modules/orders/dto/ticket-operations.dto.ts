import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID, Matches } from 'class-validator';
import { TICKET_OPERATIONS, TicketOperation } from '../ticket-operations';

export class ApplyTicketOperationRequest {
  @ApiProperty({
    enum: TICKET_OPERATIONS,
    description:
      '`set_unscanned`: unused and valid again (also lifts a blacklisting); `scan_in`: marked as entered; `scan_out`: marked as gone out (may enter again); ' +
      '`blacklist`: refused at the door ("ticket is blacklisted"); `reissue`: codes revoked, new tickets in their place — not sent until the order is resent',
  })
  @IsIn(TICKET_OPERATIONS)
  operation: TicketOperation;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 500, description: 'Tickets of this order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ticketIds: string[];
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export class SelectedTicketsQuery {
  @ApiProperty({ description: 'Ticket ids of this order, comma-separated (at most 500)', example: '6f1c…,9a2e…' })
  @Matches(new RegExp(`^${UUID}(,${UUID}){0,499}$`), { message: 'ticketIds must be ticket ids separated by commas' })
  ticketIds: string;
}
