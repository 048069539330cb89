import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ACTOR_KINDS, ActorKind } from '../../../platform/audit/actor';
import { PageQuery } from '../../../platform/http/pagination';
import { OrderSummaryResponse } from './order.dto';

const SOMETHING = /\S/;
/** Digits with the usual separators and an optional leading +: what people write for a mobile number. */
const PHONE = /^\+?[0-9][0-9 ().\-/]{4,28}[0-9]$/;

/** ORD-3: the order's contact — who gets its emails. */
export class UpdateOrderContactRequest {
  @ApiProperty({ example: 'Camille', maxLength: 100 })
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ example: 'Rochat', maxLength: 100 })
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(100)
  lastName: string;

  @ApiProperty({ format: 'email', example: 'camille@example.ch', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ nullable: true, type: 'string', example: '+41 79 123 45 67', description: 'Mobile number; null or absent: none' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'must be a phone number (digits, spaces, an optional leading +)' })
  mobile?: string | null;
}

export const COMMENT_SUBJECTS = ['order', 'buyer'] as const;
export type CommentSubject = (typeof COMMENT_SUBJECTS)[number];

export class AddOrderCommentRequest {
  @ApiProperty({ enum: COMMENT_SUBJECTS, description: '`order`: about this purchase only; `buyer`: about its buyer, shown on every order of theirs' })
  @IsIn(COMMENT_SUBJECTS)
  about: CommentSubject;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(2000)
  body: string;
}

export class AddCustomerCommentRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(2000)
  body: string;
}

/** ORD-10: the new text of a comment. */
export class EditCommentRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(2000)
  body: string;
}

export class CommentAuthorResponse {
  @ApiProperty({ enum: ACTOR_KINDS }) kind: ActorKind;
  @ApiProperty({ nullable: true, type: 'string', description: 'The user’s id when a user wrote it: they (or an admin) may edit or delete it' })
  id: string | null;
  @ApiProperty() label: string;
}

export class OrderCommentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMMENT_SUBJECTS, description: '`order`: this purchase; `buyer`: its buyer (shown on all their orders)' }) about: CommentSubject;
  @ApiProperty({ format: 'uuid', nullable: true, type: 'string', description: 'The order of a purchase comment' }) orderId: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ type: CommentAuthorResponse }) author: CommentAuthorResponse;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class ListCustomersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Name or email: exact, or 3+ characters anywhere in them', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CustomerSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ format: 'email', description: 'Lower-case: unique per ticketing whatever the case it was typed in' }) email: string;
  @ApiProperty({ nullable: true, type: 'string' }) phone: string | null;
  @ApiProperty({ type: 'integer' }) orderCount: number;
  @ApiProperty({ format: 'date-time', description: 'When their first order made the record' }) createdAt: string;
}

export class CustomerPage {
  @ApiProperty({ type: [CustomerSummaryResponse] }) items: CustomerSummaryResponse[];
  @ApiPropertyOptional({ nullable: true, type: 'string' }) nextCursor: string | null;
  @ApiProperty({ type: 'integer', description: 'How many customers match in all' }) total: number;
}

export class CustomerResponseDetail extends CustomerSummaryResponse {
  @ApiProperty({ description: 'The team’s notes' }) notes: string;
  @ApiProperty({ type: [OrderSummaryResponse], description: 'Their orders, newest first (at most 200)' }) orders: OrderSummaryResponse[];
  @ApiProperty({ type: [OrderCommentResponse], description: 'Comments on the buyer, oldest first' }) comments: OrderCommentResponse[];
}

export class UpdateCustomerRequest {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @Matches(SOMETHING, { message: 'must not be blank' })
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: 'Refused when another customer of the ticketing has it' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ nullable: true, type: 'string', example: '+41 79 123 45 67', description: 'null: none' })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'must be a phone number (digits, spaces, an optional leading +)' })
  phone?: string | null;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
