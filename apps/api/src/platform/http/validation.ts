import { applyDecorators, ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import { FieldError, ValidationFailedError } from './problem';

/** Flattens class-validator's tree into `items[0].quantity`-style field names. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown property'),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Validates every body and query DTO: unknown properties and wrong types are 400s naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path ids must be UUIDs; a malformed id is a 400 that names the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new ValidationFailedError([{ field: metadata.data ?? 'id', message: 'must be a UUID' }]);
    }
    return value.toLowerCase();
  }
}

/**
 * An optional list of distinct ids that narrows what something applies to (a price's dates, a
 * promo code's events…): omitted or null means "all"; an empty list is refused, it would mean none.
 */
export function ScopeIds(description: string, max: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', nullable: true, maxItems: max, description }),
    IsOptional(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(max),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
}

/** A path parameter that takes one of a few words (`card`, `ticket`); anything else is a 400 naming it. */
export class OneOfPipe implements PipeTransform<string, string> {
  constructor(private readonly values: readonly string[]) {}

  transform(value: string, metadata: ArgumentMetadata): string {
    if (!this.values.includes(value))
      throw new ValidationFailedError([{ field: metadata.data ?? 'value', message: `must be one of ${this.values.join(', ')}` }]);
    return value;
  }
}
