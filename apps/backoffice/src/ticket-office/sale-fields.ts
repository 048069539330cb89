import type { ProblemLike } from '@guichet/ui';
import type { CustomerDraft } from './counter-customer';

type Answers = (Record<string, unknown> | null)[] | undefined;

/**
 * What the clerk typed for the sale, by the field names the API's refusals use (`customer.email`,
 * `ticketText.line`, `attendees[0].size`), so an edited field can drop its refusal.
 */
export function saleFields(customer: CustomerDraft, ticketText: { line: string; holderName: string }, attendees: Answers): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    customerId: customer.linked?.id,
    'customer.firstName': customer.firstName,
    'customer.lastName': customer.lastName,
    'customer.email': customer.email,
    'customer.phone': customer.phone,
    // The API names the phone as the shop's mobile (see CounterCustomer).
    'customer.mobile': customer.phone,
    'ticketText.line': ticketText.line,
    'ticketText.holderName': ticketText.holderName,
  };
  for (const [i, answers] of (attendees ?? []).entries()) {
    for (const [key, value] of Object.entries(answers ?? {})) fields[`attendees[${i}].${key}`] = value;
  }
  return fields;
}

/** The fields whose value differs between two readings of `saleFields` (one absent in either counts). */
export function editedFields(before: Record<string, unknown>, now: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...names].filter((name) => before[name] !== now[name]);
}

/** The parent of a field's name: `customer` for `customer.email`, `attendees[0]` for `attendees[0].size`. */
const parentOf = (field: string) => field.slice(0, Math.max(field.lastIndexOf('.'), 0));

/**
 * The problem without the refusals of the fields edited since, nor of what holds them (the customer as a
 * whole, one ticket's answers): the clerk fixed them, the next sale will tell. The rest stays; a refusal
 * of fields only goes with its last one (its words only point at them).
 */
export function withoutErrorsOf<T extends ProblemLike>(problem: T, edited: readonly string[]): T | null {
  if (!problem.errors?.length || !edited.length) return problem;
  const cleared = new Set(edited.flatMap((f) => [f, parentOf(f)]).filter(Boolean));
  const errors = problem.errors.filter((e) => !cleared.has(e.field));
  if (!errors.length) return null;
  return errors.length === problem.errors.length ? problem : { ...problem, errors };
}
