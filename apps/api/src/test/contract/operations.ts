import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed contract: harnesses iterate it, so every endpoint added later is covered. */
type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  nullable?: boolean;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  /** Path parameters that take one of a few words (an enum), not an id. */
  wordParams: string[];
  query: Parameter[];
  body?: Schema;
  /** A multipart/form-data body (an upload): its schema. */
  multipart?: Schema;
  /** It takes an `Idempotency-Key` header. */
  idempotencyKey: boolean;
}

interface ContractResponse {
  content?: Record<string, { schema: Schema }>;
}

const spec = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi/openapi.json'), 'utf8')) as {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: Schema }> };
        responses: Record<string, ContractResponse>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
  info: { description: string };
};

/** Codes any operation may answer (a server error, a body too large…): the contract lists them once, in its description. */
const EVERYWHERE = new Set([...spec.info.description.matchAll(/`([A-Z_]+)` \(\d{3}\)/g)].map((m) => m[1]));

/**
 * Whether the contract says this operation can answer this problem: the code is in the enum of the
 * operation's response for that status, or it is one any operation may answer. `route` is the
 * server's route pattern (`/api/v1/shop/:slug/carts`).
 */
export function declaresProblem(method: string, route: string, status: number, code: string): boolean {
  if (EVERYWHERE.has(code)) return true;
  const op = spec.paths[route.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  if (!op) return true; // not an operation of the contract (an unknown route): nothing to hold it to
  const schema = op.responses[String(status)]?.content?.['application/problem+json']?.schema;
  const codes = schema?.allOf?.flatMap((s) => s.properties?.code?.enum ?? []) ?? [];
  return codes.includes(code);
}

export const OPERATIONS: Operation[] = Object.entries(spec.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    id: op.operationId,
    method: method as Operation['method'],
    path,
    pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
    wordParams: (op.parameters ?? []).filter((p) => p.in === 'path' && p.schema?.enum).map((p) => p.name),
    query: (op.parameters ?? []).filter((p) => p.in === 'query'),
    body: op.requestBody?.content['application/json']?.schema,
    multipart: op.requestBody?.content['multipart/form-data']?.schema,
    idempotencyKey: (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
  })),
);

export function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(spec.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf) {
    return schema.allOf
      .map(resolve)
      .reduce<Schema>(
        (acc, s) => ({ ...acc, ...s, properties: { ...acc.properties, ...s.properties }, required: [...(acc.required ?? []), ...(s.required ?? [])] }),
        {},
      );
  }
  return schema;
}

/** A plausible body for a schema: examples first, then enum/format/type defaults; ids from `ids`. */
export function sample(schema: Schema, ids: Record<string, string>, name = ''): unknown {
  const s = resolve(schema);
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, ids, k)]));
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items ?? {}, ids, name));
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      if (s.format === 'uuid') return ids[name] ?? '00000000-0000-4000-8000-000000000000';
      if (s.format === 'email') return 'someone@example.ch';
      if (s.format === 'date-time') return '2027-01-01T20:00:00+01:00';
      return 'x';
  }
}

/** Top-level body properties with a value of the wrong JSON type. */
export function wrongTypes(schema: Schema): [string, unknown][] {
  const s = resolve(schema);
  return Object.entries(s.properties ?? {}).map(([k, v]) => {
    const t = resolve(v).type;
    return [k, t === 'string' ? 12345 : t === 'integer' || t === 'number' ? 'not-a-number' : t === 'boolean' ? 'yes' : 'not-an-object'];
  });
}

/** A body field's path: property names and array indexes. */
export type FieldPath = (string | number)[];

/** `items[0].seatIds[1]`: the validation pipe's way of naming a field. */
export const fieldName = (path: FieldPath) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * String properties of a body schema, top-level and one level down (an object's properties, an
 * array's first item, arrays of strings included), as paths into `sample(schema)`.
 */
export function stringFields(schema: Schema, depth = 1, parent: FieldPath = []): FieldPath[] {
  return Object.entries(resolve(schema).properties ?? {}).flatMap(([name, property]) => {
    const s = resolve(property);
    const path = [...parent, name];
    const items = s.type === 'array' && s.items ? resolve(s.items) : undefined;
    if (s.type === 'string') return [path];
    if (items?.type === 'string') return [[...path, 0]];
    if (depth === 0) return [];
    if (items?.type === 'object' || items?.properties) return stringFields(items, depth - 1, [...path, 0]);
    if (s.type === 'object' || s.properties) return stringFields(s, depth - 1, path);
    return [];
  });
}

/** A copy of `body` with `value` at `path` (creating what `sample` left out). */
export function withValueAt(body: unknown, path: FieldPath, value: (current: unknown) => unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((key, i) => {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1];
  node[last] = value(node[last]);
  return copy;
}

/** Names of uuid fields anywhere in a body schema. */
export function uuidFields(schema: Schema, seen = new Set<string>()): string[] {
  const s = resolve(schema);
  if (s.type === 'array' && s.items) return uuidFields(s.items, seen);
  return Object.entries(s.properties ?? {}).flatMap(([k, v]) => (resolve(v).format === 'uuid' ? [k] : uuidFields(v, seen)));
}

export function fillPath(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${op.id}: no fixture for path parameter {${name}} — add one to the contract harness`);
    return encodeURIComponent(values[name]);
  });
}
