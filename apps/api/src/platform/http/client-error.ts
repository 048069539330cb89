import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { statusProblem } from './problem.filter';

/** What Node's `clientError` event carries: a parser error has the chunk it failed in. */
export interface ClientError extends Error {
  code?: string;
  rawPacket?: unknown;
  bytesParsed?: unknown;
}

/**
 * Node counts the request line and the headers against one limit and reports both overflows as
 * `HPE_HEADER_OVERFLOW`. The URL is at fault when the line being read when the limit was hit is
 * still the request line (`GET /…`, no line break yet); when the chunk cannot tell, it is a 431.
 */
export function overflowStatus(rawPacket: unknown, bytesParsed: unknown): 414 | 431 {
  if (!Buffer.isBuffer(rawPacket)) return 431;
  const end = typeof bytesParsed === 'number' && bytesParsed >= 0 ? bytesParsed : rawPacket.length;
  const read = rawPacket.subarray(0, end).toString('latin1');
  return /^[A-Z]+ \S/.test(read.slice(read.lastIndexOf('\n') + 1)) ? 414 : 431;
}

function statusOf(error: ClientError): [number, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'The request did not arrive in time'];
  if (error.code !== 'HPE_HEADER_OVERFLOW') return [400, 'The request could not be parsed as HTTP'];
  return overflowStatus(error.rawPacket, error.bytesParsed) === 414 ? [414, 'The request URL is too long'] : [431, 'The request header fields are too large'];
}

/** The whole HTTP response to a request Node's parser refused, as a problem like any other. */
export function clientErrorResponse(error: ClientError): string {
  const [status, detail] = statusOf(error);
  const body = JSON.stringify(statusProblem(status, detail));
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refuses an over-long URL or header section
 * (and malformed HTTP) before Fastify has a request, so no hook or filter can answer it.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  // The peer is gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.write(clientErrorResponse(error));
  socket.destroy(error);
}
