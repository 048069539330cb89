import { clientErrorResponse, overflowStatus } from './client-error';

const overflow = (text: string, bytesParsed?: number) =>
  Object.assign(new Error('Parse Error: Header overflow'), { code: 'HPE_HEADER_OVERFLOW', rawPacket: Buffer.from(text, 'latin1'), bytesParsed });

describe('overflowStatus', () => {
  it('blames the URL when the limit was hit inside the request line', () => {
    const long = `GET /api/v1/health?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`;
    // Node stops at the end of the URL: the line break after it is in the chunk but was not read.
    expect(overflowStatus(Buffer.from(long), long.indexOf(' HTTP/1.1'))).toBe(414);
    expect(overflowStatus(Buffer.from(`POST /${'a'.repeat(20_000)}`), undefined)).toBe(414);
  });

  it('blames the URL of the next request on a kept-alive connection too', () => {
    const text = `GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /?x=${'a'.repeat(20_000)}`;
    expect(overflowStatus(Buffer.from(text), text.length)).toBe(414);
  });

  it('blames the headers once the request line has ended', () => {
    const text = `GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(65_000)}`;
    expect(overflowStatus(Buffer.from(text), text.length)).toBe(431);
    expect(overflowStatus(Buffer.from(`GET / HTTP/1.1\r\n${'X-A: b\r\n'.repeat(3000)}`), undefined)).toBe(431);
  });

  it('says 431 when the chunk cannot tell (a long line split over reads, no packet)', () => {
    expect(overflowStatus(Buffer.from('a'.repeat(1000)), 1000)).toBe(431);
    expect(overflowStatus(undefined, undefined)).toBe(431);
    expect(overflowStatus({ type: 'Buffer', data: [] }, 0)).toBe(431);
  });
});

describe('clientErrorResponse', () => {
  const parse = (response: string) => {
    const [head, body] = response.split('\r\n\r\n');
    const [statusLine, ...headers] = head.split('\r\n');
    return { statusLine, headers, body: JSON.parse(body) as Record<string, unknown>, length: Buffer.byteLength(body) };
  };

  it('answers an over-long URL with a 414 problem', () => {
    const res = parse(clientErrorResponse(overflow(`GET /${'a'.repeat(20_000)}`)));
    expect(res.statusLine).toBe('HTTP/1.1 414 URI Too Long');
    expect(res.headers).toEqual(['Content-Type: application/problem+json', `Content-Length: ${res.length}`, 'Connection: close']);
    expect(res.body).toEqual({
      type: 'https://guichet.dev/problems/uri-too-long',
      title: 'URI Too Long',
      status: 414,
      code: 'URI_TOO_LONG',
      detail: 'The request URL is too long',
    });
  });

  it('answers over-long headers with a 431 problem', () => {
    const res = parse(clientErrorResponse(overflow(`GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}`)));
    expect(res.statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(res.body).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', title: 'Request Header Fields Too Large' });
  });

  it('answers a timeout with 408 and anything else the parser refuses with 400', () => {
    expect(parse(clientErrorResponse(Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }))).body).toMatchObject({
      status: 408,
      code: 'REQUEST_TIMEOUT',
    });
    const bad = parse(clientErrorResponse(Object.assign(new Error('Parse Error: Invalid method'), { code: 'HPE_INVALID_METHOD' })));
    expect(bad.statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(bad.body).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });
});
