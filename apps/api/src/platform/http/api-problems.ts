import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'items[0].quantity' }) field: string;
  @ApiProperty({ example: 'must not be less than 1' }) message: string;
}

/** RFC 9457 problem details, with Guichet's stable machine `code`. */
export class ProblemDto {
  @ApiProperty({ example: 'https://guichet.dev/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ type: 'integer', example: 400 }) status: number;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable error code' }) code: string;
  @ApiProperty() detail: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (VALIDATION_FAILED, MALFORMED_BODY)',
  401: 'Missing or invalid token (UNAUTHENTICATED)',
  403: 'Role does not allow this (FORBIDDEN)',
  404: 'Not found, or belongs to another ticketing',
  409: 'Conflicts with the current state',
  422: 'Well-formed but not acceptable',
};

/** Documents the problem+json responses an operation can return. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
