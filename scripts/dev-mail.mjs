// Development mail catcher for `npm start`: accepts SMTP on 127.0.0.1:1025, keeps each message
// as an .eml file in .var/mail/ and prints one line per message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const require = createRequire(join(ROOT, 'apps/api/package.json'));
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');
const dir = join(ROOT, '.var/mail');
mkdirSync(dir, { recursive: true });
let n = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, done) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++n}.eml`);
      writeFileSync(file, raw);
      const mail = await simpleParser(raw);
      const attachments = mail.attachments.map((a) => a.filename).join(', ');
      console.log(`to ${session.envelope.rcptTo.map((r) => r.address).join(', ')} — ${mail.subject ?? ''}${attachments ? ` [${attachments}]` : ''} → ${file}`);
      done();
    });
  },
});
server.listen(Number(process.env.DEV_MAIL_PORT ?? 1025), '127.0.0.1', () => console.log('catching mail on smtp://127.0.0.1:1025'));
