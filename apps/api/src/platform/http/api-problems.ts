import { ApiExtension, ApiProperty, ApiPropertyOptional, OpenAPIObject } from '@nestjs/swagger';
import { IdempotencyProblems } from './idempotency/idempotency.errors';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER, WRITE_METHODS } from './idempotency/idempotency-key';
import { declaredProblems, HttpProblems, Problem } from './problem';

export class FieldErrorDto {
  @ApiProperty({ example: 'items[0].quantity' }) field: string;
  @ApiProperty({ example: 'must not be less than 1' }) message: string;
}

/** RFC 9457 problem details, with Guichet's stable machine `code`. */
export class ProblemDto {
  @ApiProperty({ example: 'https://guichet.dev/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ type: 'integer', example: 400 }) status: number;
  /** Typed as the `ProblemCode` enum by `documentProblems`, once every area has declared its codes. */
  @ApiProperty({ description: 'Stable machine-readable error code' }) code: string;
  @ApiProperty() detail: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

const PROBLEMS_KEY = 'x-guichet-problems';
/** Set by the access decorators: who may call an operation, and with which roles. */
export const ACCESS_EXTENSION = 'x-guichet-access';
export const ROLES_EXTENSION = 'x-guichet-roles';

/**
 * The problems an operation answers because of what it does (its own rules). What every operation
 * of its kind answers — a validation failure, a missing token, a role refused, an unknown ticketing —
 * is added by `documentProblems` from the operation's shape, so it is never forgotten.
 */
export const ApiProblems = (...problems: Problem[]) => ApiExtension(PROBLEMS_KEY, problems.map((p) => p.code) as unknown as Record<string, unknown>);

interface Operation {
  operationId?: string;
  description?: string;
  parameters?: unknown[];
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, { headers?: Record<string, unknown>; [member: string]: unknown }>;
  [extension: string]: unknown;
}

/**
 * Whether a write takes an `Idempotency-Key` (ADR 0023): every write but uploads (multipart, read by
 * the route after the key is decided) and the public operations outside a shop (login, accepting an
 * invitation), which have no caller or ticketing to keep a key for.
 */
function takesIdempotencyKey(path: string, method: string, op: Operation): boolean {
  if (!WRITE_METHODS.has(method.toUpperCase())) return false;
  if (op.requestBody?.content?.['multipart/form-data']) return false;
  return op[ACCESS_EXTENSION] !== 'public' || path.includes('{slug}');
}

/** The header, its problems and the replay's response header, on a write that takes a key. */
function documentIdempotencyKey(op: Operation): void {
  op.parameters = [
    ...(op.parameters ?? []),
    {
      name: IDEMPOTENCY_HEADER,
      in: 'header',
      required: false,
      description:
        'Makes the write safe to retry: the same key with the same request within 24 hours answers the first answer again ' +
        `(with \`${REPLAYED_HEADER}: true\`) and does nothing more. 1 to 255 visible ASCII characters; a UUID per attempt is a good choice.`,
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
    },
  ];
  for (const [status, response] of Object.entries(op.responses)) {
    if (!status.startsWith('2')) continue;
    response.headers = {
      ...response.headers,
      [REPLAYED_HEADER]: {
        description: 'Present when this is the stored answer to an earlier request with the same Idempotency-Key',
        schema: { type: 'string', enum: ['true'] },
      },
    };
  }
}

/** Codes implied by an operation's shape (parameters, body, access), besides its own. */
function impliedCodes(path: string, op: Operation, tenantProblem: Problem): string[] {
  const codes: string[] = [];
  if (op.parameters?.length || op.requestBody) codes.push(HttpProblems.VALIDATION_FAILED.code);
  if (op.requestBody) codes.push(HttpProblems.MALFORMED_BODY.code);
  if (op[ACCESS_EXTENSION] !== 'public') codes.push(HttpProblems.UNAUTHENTICATED.code);
  if (op[ROLES_EXTENSION]) codes.push(HttpProblems.FORBIDDEN.code);
  if (path.includes('{ticketingId}')) codes.push(tenantProblem.code);
  if (op.parameters?.some((p) => (p as { name?: string }).name === IDEMPOTENCY_HEADER)) {
    codes.push(IdempotencyProblems.IDEMPOTENCY_KEY_IN_FLIGHT.code, IdempotencyProblems.IDEMPOTENCY_KEY_REUSED.code);
  }
  return codes;
}

/**
 * Writes each operation's problem responses into the document: one response per status whose
 * `code` is the enum of exactly the codes the operation can answer, so the generated client types
 * them. Roles become part of the description; the internal extensions are removed.
 */
export function documentProblems(document: OpenAPIObject, tenantProblem: Problem): OpenAPIObject {
  const byCode = new Map(declaredProblems().map((p) => [p.code, p]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      if (takesIdempotencyKey(path, method, op)) documentIdempotencyKey(op);
      const own = (op[PROBLEMS_KEY] as string[] | undefined) ?? [];
      const codes = [...new Set([...impliedCodes(path, op, tenantProblem), ...own])];
      const statuses = new Map<number, Problem[]>();
      for (const code of codes) {
        const problem = byCode.get(code);
        if (!problem) throw new Error(`${op.operationId}: problem code ${code} is not declared`);
        statuses.set(problem.status, [...(statuses.get(problem.status) ?? []), problem]);
      }
      for (const [status, problems] of [...statuses].sort(([a], [b]) => a - b)) {
        problems.sort((a, b) => a.code.localeCompare(b.code));
        op.responses[String(status)] = {
          description: problems.map((p) => `- \`${p.code}\`: ${p.summary}`).join('\n'),
          content: {
            'application/problem+json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/ProblemDto' },
                  { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: problems.map((p) => p.code) } } },
                ],
              },
            },
          },
        };
      }
      const roles = op[ROLES_EXTENSION] as string[] | undefined;
      if (roles) op.description = [op.description, `Roles: ${roles.join(', ')}.`].filter(Boolean).join('\n\n');
      delete op[PROBLEMS_KEY];
      delete op[ACCESS_EXTENSION];
      delete op[ROLES_EXTENSION];
    }
  }
  const schemas = document.components!.schemas! as Record<string, { properties?: Record<string, unknown> }>;
  schemas.ProblemCode = { type: 'string', enum: declaredProblems().map((p) => p.code), description: 'Every problem code of the API' } as never;
  schemas.ProblemDto.properties!.code = { allOf: [{ $ref: '#/components/schemas/ProblemCode' }], description: 'Stable machine-readable error code' };
  const everywhere = declaredProblems().filter((p) => p.everywhere);
  document.info.description = `${document.info.description ?? ''}\n\nAny operation may also answer: ${everywhere.map((p) => `\`${p.code}\` (${p.status})`).join(', ')}.`;
  return document;
}
