import { unstorableFields, unstorableReason, unstorableRequestFields } from './storable-text';

const NUL = 'must not contain the NUL character (U+0000)';
const SURROGATE = 'must not contain a lone UTF-16 surrogate';

describe('unstorableReason', () => {
  it('accepts any well-formed text, astral characters and U+FFFD included', () => {
    for (const text of ['', 'Ada Lovelace', 'Zürich – Genève', '🎭 Théâtre', '\ud83c\udfad', '\ufffd', 'tab\tnew\nline\u0001']) {
      expect(unstorableReason(text)).toBeUndefined();
    }
  });

  it('refuses NUL anywhere', () => {
    for (const text of ['\u0000', 'a\u0000', '\u0000b', 'a\u0000b']) expect(unstorableReason(text)).toBe(NUL);
  });

  it('refuses a lone high or low surrogate, even next to a valid pair', () => {
    for (const text of ['\ud800', '\udfff', 'a\ud83cb', 'a\udfadb', '\udfad\ud83c', '\ud83c\udfad\ud83c', '\udfad\ud83c\udfad']) {
      expect(unstorableReason(text)).toBe(SURROGATE);
    }
  });
});

describe('unstorableFields', () => {
  it('names nested fields as the validation pipe does', () => {
    const body = {
      customer: { firstName: 'A\u0000', lastName: 'ok' },
      items: [{ quantity: 1, seatIds: ['ok', 'x\ud800'] }],
      note: null,
      count: 3,
      paid: true,
    };
    expect(unstorableFields(body)).toEqual([
      { field: 'customer.firstName', message: NUL },
      { field: 'items[0].seatIds[1]', message: SURROGATE },
    ]);
  });

  it('names a bad object key by its path', () => {
    expect(unstorableFields({ customer: { 'first\u0000Name': 'Ada' } })).toEqual([{ field: 'customer.first\u0000Name', message: `the property name ${NUL}` }]);
  });

  it('reports in document order, a key before its value', () => {
    const fields = unstorableFields({ a: ['\u0000', '\u0000'], 'b\u0000': { c: '\u0000' }, d: '\u0000' }).map((e) => e.field);
    expect(fields).toEqual(['a[0]', 'a[1]', 'b\u0000', 'b\u0000.c', 'd']);
  });

  it('names a bare string or array by the given name', () => {
    expect(unstorableFields('x\u0000', 'slug')).toEqual([{ field: 'slug', message: NUL }]);
    expect(unstorableFields(['ok', '\u0000'], 'q')).toEqual([{ field: 'q[1]', message: NUL }]);
  });

  it('stops at the limit', () => {
    const seats = Array.from({ length: 30_000 }, () => ({ row: '\u0000' }));
    expect(unstorableFields({ seats }, '', 3).map((e) => e.field)).toEqual(['seats[0].row', 'seats[1].row', 'seats[2].row']);
    expect(unstorableFields({ seats })).toHaveLength(10);
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`) as unknown;
    expect(unstorableFields(deep)).toEqual([{ field: '[0]'.repeat(100_000), message: NUL }]);
  });

  it('walks the null-prototype records of the router and query parser, not Buffers or class instances', () => {
    function NullObject() {}
    NullObject.prototype = Object.create(null) as object;
    const params = Object.assign(new (NullObject as unknown as new () => object)(), { slug: 'x\u0000' });
    expect(unstorableFields(Object.assign(Object.create(null) as object, { params }))).toEqual([{ field: 'params.slug', message: NUL }]);
    class Opaque {
      text = '\u0000';
    }
    expect(unstorableFields({ file: Buffer.from('\u0000'), opaque: new Opaque(), at: new Date(0) })).toEqual([]);
  });
});

describe('unstorableRequestFields', () => {
  it('names path parameters and query values by their names, body strings by their paths', () => {
    expect(unstorableRequestFields({ params: { slug: 'x\u0000' }, query: { q: '\ud800', limit: '10' }, body: { customer: { email: '\u0000' } } })).toEqual([
      { field: 'slug', message: NUL },
      { field: 'q', message: SURROGATE },
      { field: 'customer.email', message: NUL },
    ]);
  });

  it('leaves the tenant id to the AccessGuard, which answers any malformed one 404', () => {
    expect(unstorableRequestFields({ params: { ticketingId: '\u0000', eventId: '\u0000' } })).toEqual([{ field: 'eventId', message: NUL }]);
  });

  it('accepts a request without params, query or body', () => {
    expect(unstorableRequestFields({})).toEqual([]);
    expect(unstorableRequestFields({ params: null, query: undefined, body: 'plain text' })).toEqual([]);
  });

  it('keeps one limit across params, query and body', () => {
    const body = { list: Array.from({ length: 50 }, () => '\u0000') };
    const errors = unstorableRequestFields({ params: { slug: '\u0000' }, query: { q: '\u0000' }, body });
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 3).map((e) => e.field)).toEqual(['slug', 'q', 'list[0]']);
  });
});
