import { FieldError } from './problem';

/** Enough to fix a form, and bounded when a 30,000-seat plan is full of bad strings. */
const MAX_REPORTED = 10;

/**
 * The AccessGuard answers every malformed tenant id "not found" before any query runs, so that
 * garbage and other tenants' ids look alike; a 400 here would tell them apart.
 */
const LEFT_TO_ACCESS_GUARD = new Set(['ticketingId']);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why PostgreSQL `text` cannot store a string, or undefined when it can: it refuses NUL outright
 * (a 500 deep in a query), and the driver would silently turn a lone surrogate into U+FFFD.
 */
export function unstorableReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate';
  return undefined;
}

/** JSON objects, and the null-prototype records Fastify's router and query parser build; not Buffers, streams or class instances. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

const childName = (parent: string, key: string | number) => (typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key);

/** An array or record being walked: its name, and which of its entries comes next. */
interface Frame {
  name: string;
  entries: unknown[] | Record<string, unknown>;
  keys?: string[];
  next: number;
}

function frameOf(name: string, value: unknown): Frame | undefined {
  if (Array.isArray(value)) return { name, entries: value, next: 0 };
  if (isRecord(value)) return { name, entries: value, keys: Object.keys(value), next: 0 };
  return undefined;
}

/**
 * The first strings of a parsed value (values and object keys, at any depth) that PostgreSQL
 * could not store, named as the validation pipe names fields (`items[0].seatIds[1]`). Iterative,
 * so that a deeply nested JSON body cannot overflow the stack; names are built for containers and
 * culprits only, as this runs on every body, up to a 30,000-seat plan.
 */
export function unstorableFields(value: unknown, field = '', limit = MAX_REPORTED): FieldError[] {
  const errors: FieldError[] = [];
  const reason = typeof value === 'string' ? unstorableReason(value) : undefined;
  if (reason) errors.push({ field, message: reason });
  const root = frameOf(field, value);
  const stack = root ? [root] : [];
  while (stack.length > 0 && errors.length < limit) {
    const frame = stack[stack.length - 1];
    const size = frame.keys ? frame.keys.length : (frame.entries as unknown[]).length;
    if (frame.next === size) {
      stack.pop();
      continue;
    }
    const key = frame.keys ? frame.keys[frame.next] : frame.next;
    frame.next++;
    const child = (frame.entries as Record<string | number, unknown>)[key];
    const keyReason = typeof key === 'string' ? unstorableReason(key) : undefined;
    if (keyReason) errors.push({ field: childName(frame.name, key), message: `the property name ${keyReason}` });
    if (typeof child === 'string') {
      const childReason = unstorableReason(child);
      if (childReason) errors.push({ field: childName(frame.name, key), message: childReason });
    } else if (typeof child === 'object' && child !== null) {
      const inner = frameOf(childName(frame.name, key), child);
      if (inner) stack.push(inner);
    }
  }
  return errors.slice(0, limit);
}

/**
 * The first path parameters, query values and body strings of a request that PostgreSQL could
 * not store; a parameter or query value is named by its name, a body string by its path.
 */
export function unstorableRequestFields(request: { params?: unknown; query?: unknown; body?: unknown }): FieldError[] {
  const params = isRecord(request.params) ? Object.fromEntries(Object.entries(request.params).filter(([name]) => !LEFT_TO_ACCESS_GUARD.has(name))) : {};
  const errors: FieldError[] = [];
  for (const part of [params, request.query, request.body]) errors.push(...unstorableFields(part, '', MAX_REPORTED - errors.length));
  return errors;
}
