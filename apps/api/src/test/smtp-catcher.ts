import { createServer } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { PATIENCE_MS } from './wait';

export interface Mailbox {
  all(): ParsedMail[];
  waitFor(pred: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
}

export interface SmtpCatcher {
  port: number;
  url: string;
  mailbox: Mailbox;
  close(): Promise<void>;
}

/** `count` distinct free ports: all are held open until each is known, so no two of them are the same. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((ok, fail) => {
          const srv = createServer();
          srv.once('error', fail);
          srv.listen(0, '127.0.0.1', () => ok(srv));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
  return ports;
}

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then((m) => {
        mails.push(m);
        done();
      }, done);
    },
  });
  // Port 0: the system picks a free port as it binds, so no other test run can take it first.
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mailbox: {
      all: () => [...mails],
      async waitFor(pred, timeoutMs = PATIENCE_MS) {
        const until = Date.now() + timeoutMs;
        for (;;) {
          const found = mails.find(pred);
          if (found) return found;
          if (Date.now() >= until) throw new Error(`no matching email within ${timeoutMs} ms (received ${mails.length})`);
          await new Promise((r) => setTimeout(r, 50));
        }
      },
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
