import { ApiProperty } from '@nestjs/swagger';
import { ACTOR_KINDS, ActorKind } from '../../../platform/audit/actor';
import { MoneyDto } from '../../../platform/http/money.dto';
import { LEDGER_STATUSES, LedgerStatus, LEDGER_METHODS, LedgerMethod } from '../entities/ledger-entry';
import { TRANSACTION_STATUSES, TransactionStatus } from '../entities/payment-transaction.entity';

export class LedgerActorResponse {
  @ApiProperty({ enum: ACTOR_KINDS }) kind: ActorKind;
  @ApiProperty({ example: 'Léa Favre' }) label: string;
}

/** One payment of an order, as the ledger holds it. */
export class PaymentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LEDGER_METHODS }) method: LedgerMethod;
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
  @ApiProperty({ enum: LEDGER_STATUSES }) status: LedgerStatus;
  @ApiProperty({ nullable: true, type: 'string', description: 'Terminal or provider reference, gift voucher code, bank reference' })
  providerReference: string | null;
  @ApiProperty({ nullable: true, type: 'string', description: 'What the bank or the provider said' }) note: string | null;
  @ApiProperty({ type: LedgerActorResponse }) actor: LedgerActorResponse;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    description:
      'A cash payment at the counter: the cash handed over (minor units), when said; the change given back is what it exceeds the amount by. Null otherwise (and for a refund)',
  })
  cashGiven: number | null;
}

/** One refund of an order, as the ledger holds it. */
export class RefundResponse extends PaymentResponse {
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'The payment it gives back, if any' }) paymentId: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) reason: string | null;
}

export class TransactionCardDto {
  @ApiProperty({ example: 'visa' }) brand: string;
  @ApiProperty({ nullable: true, type: 'string', example: '1000' }) last4: string | null;
}

/** PAY-2: one attempt to pay online, as the provider reported it. */
export class TransactionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'test', description: 'The payment provider' }) provider: string;
  @ApiProperty({ enum: ['card'] }) method: 'card';
  @ApiProperty({ type: MoneyDto }) amount: MoneyDto;
  @ApiProperty({ enum: TRANSACTION_STATUSES, description: 'started: the customer was sent to the payment page and no outcome came back (yet)' })
  status: TransactionStatus;
  @ApiProperty({ nullable: true, type: 'string', description: 'What the bank or the provider said', example: '05 Do not honor: declined by the issuing bank' })
  note: string | null;
  @ApiProperty({ type: TransactionCardDto, nullable: true }) card: TransactionCardDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string' }) finishedAt: string | null;
}
