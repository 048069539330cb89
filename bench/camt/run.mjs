// bench/camt (P6): a generated camt.053 of N entries (default 10,000) imported through the real API
// and worker — upload, then the staged job (entries stored once, matched to N invoice orders by QRR,
// SCOR or suggestion) polled until done — with its time and the peak memory (VmHWM) of the API and
// the worker; then the same file again, which must store and book nothing. In the same run, the
// physical ceilings: the bare saxes parse of the file (no handlers), our reader (readCamtFile), and the
// bare SQL insert of the same rows in the same chunks of 500.
//
//   node bench/camt/run.mjs [--entries 10000]
//
// Needs the API built (apps/api/dist), PostgreSQL and Redis on 127.0.0.1.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { arg, startBenchApi } from '../lib.mjs';

const ENTRIES = arg('entries', 10000);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apiRequire = createRequire(join(ROOT, 'apps/api/package.json'));
const { SaxesParser } = apiRequire('saxes');
const { Queue } = apiRequire('bullmq');
const { calculateSCORReferenceChecksum } = apiRequire('swissqrbill/utils');
const { readCamtFile } = apiRequire('./dist/modules/payments-reconciliation/camt/camt-file.js');
const { qrReferenceOf } = apiRequire('./dist/modules/orders/qr-reference.js');
const { newOrderNumber } = apiRequire('./dist/modules/orders/order-number.js');

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** Peak resident memory of a process so far (kB in /proc → bytes). */
const peak = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
/** Starts a process's peak again from what it holds now (Linux: `5` to clear_refs resets VmHWM). */
const resetPeak = (pid) => writeFileSync(`/proc/${pid}/clear_refs`, '5');

/**
 * Waits until the worker has nothing to do: the demo's seed leaves order confirmations (mails with
 * their tickets' PDFs) in the outbox, which the worker sends in its first ~15 s — its own peak, not
 * the bank file's.
 */
async function settled(bench, sql) {
  const queues = ['mail', 'documents', 'imports'].map(
    (name) => new Queue(name, { connection: { host: '127.0.0.1', port: 6379 }, prefix: `bench-${bench.name}` }),
  );
  try {
    for (let i = 0; i < 600; i++) {
      const pending = (await sql.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`)).rows[0].n;
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized')));
      if (!pending && counts.every((c) => !c.waiting && !c.active && !c.prioritized)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the worker did not settle in 150 s');
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}

/**
 * N orders by invoice, each 50.00 and owed by a different buyer; the file pays them: 80 % by QR
 * reference (one in ten of those a partial payment), 10 % by SCOR, 10 % with no reference (the
 * amount and the name suggest the order); every 20th entry is a batch of three transactions.
 */
function generate(orders) {
  const tx = (o, i) => {
    const amount = i % 10 === 1 ? '30.00' : '50.00';
    const ref =
      i % 10 === 8
        ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF${calculateSCORReferenceChecksum(o.number)}${o.number}</Ref></CdtrRefInf></Strd>`
        : i % 10 === 9
          ? '<Ustrd>Billets</Ustrd>'
          : `<Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>${o.qrReference}</Ref></CdtrRefInf></Strd>`;
    return {
      amount,
      xml: `
          <TxDtls>
            <Refs><AcctSvcrRef>TX${i}</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <Amt Ccy="CHF">${amount}</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties><Dbtr><Pty><Nm>Client ${o.lastName}</Nm></Pty></Dbtr></RltdPties>
            <RmtInf>${ref}</RmtInf>
          </TxDtls>`,
    };
  };
  const parts = [];
  let i = 0;
  let entries = 0;
  while (i < orders.length) {
    const size = entries % 20 === 19 ? 3 : 1;
    const txs = orders.slice(i, i + size).map((o, k) => tx(o, i + k));
    const total = txs.reduce((n, t) => n + Number(t.amount), 0).toFixed(2);
    parts.push(`
      <Ntry>
        <Amt Ccy="CHF">${total}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2027-01-15</Dt></BookgDt>
        <ValDt><Dt>2027-01-15</Dt></ValDt>
        <AcctSvcrRef>NTRY${entries}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${size > 1 ? `<Btch><NbOfTxs>${size}</NbOfTxs></Btch>` : ''}${txs.map((t) => t.xml).join('')}
        </NtryDtls>
      </Ntry>`);
    i += size;
    entries++;
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>BENCH-CAMT</MsgId><CreDtTm>2027-01-15T20:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>BENCH-1</Id>
      <CreDtTm>2027-01-15T20:00:00</CreDtTm>
      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>${parts.join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
  return { xml: Buffer.from(xml, 'utf8'), entries };
}

/**
 * A mail sink (just enough SMTP for nodemailer): without one, the demo's order confirmations fail
 * and are retried for minutes, each attempt rendering their tickets' PDFs again in the worker,
 * in the middle of the import it measures.
 */
async function smtpSink() {
  const server = createServer((socket) => {
    let data = false;
    let buffered = '';
    socket.write('220 bench ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (;;) {
        if (data) {
          const end = buffered.indexOf('\r\n.\r\n');
          if (end < 0) return void (buffered = buffered.slice(-4));
          buffered = buffered.slice(end + 5);
          data = false;
          socket.write('250 OK\r\n');
          continue;
        }
        const eol = buffered.indexOf('\r\n');
        if (eol < 0) return;
        const command = buffered.slice(0, eol).toUpperCase();
        buffered = buffered.slice(eol + 2);
        if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write('250 bench\r\n');
        else if (command.startsWith('DATA')) {
          data = true;
          socket.write('354 go on\r\n');
        } else if (command.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

async function main() {
  const sink = await smtpSink();
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.address().port}`;
  const bench = await startBenchApi('camt', { worker: true });
  const sql = new pg.Client({ connectionString: bench.databaseUrl });
  await sql.connect();
  try {
    const json = async (method, path, body, token) => {
      const res = await fetch(`${bench.base}${path}`, {
        method,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body && JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    };
    // On a busy machine the API may take longer to start than startBenchApi waits.
    let login;
    for (let i = 0; !login; i++) {
      login = await json('POST', '/api/v1/auth/login', { email: 'admin@remparts.demo', password: 'remparts-demo' }).catch((error) => {
        if (i >= 300) throw error;
        return new Promise((r) => setTimeout(r, 200));
      });
    }
    const token = login.body.accessToken;
    const ticketingId = login.body.user.ticketings[0].id;

    // The orders the file pays, straight in SQL: reserved invoice orders with their QR references.
    // One order per transaction: every 20th entry is a batch of three.
    const numbers = new Set();
    while (numbers.size < ENTRIES + 2 * Math.floor(ENTRIES / 20)) numbers.add(newOrderNumber());
    const orders = [...numbers].map((number, i) => ({ number, qrReference: qrReferenceOf(number), lastName: `Payeur${i}` }));
    await sql.query(
      `INSERT INTO orders (ticketing_id, id, number, status, channel, payment_method, currency, total_amount, discount_amount,
                           customer_first_name, customer_last_name, customer_email, access_token_hash, created_at, qr_reference, payment_due_at)
       SELECT $1, gen_random_uuid(), o.number, 'reserved', 'shop', 'invoice', 'CHF', 5000, 0, 'Bench', o.last, 'bench@example.ch', md5(o.number),
              now(), o.qr, now() + interval '30 days'
         FROM unnest($2::text[], $3::text[], $4::text[]) AS o(number, qr, last)`,
      [ticketingId, orders.map((o) => o.number), orders.map((o) => o.qrReference), orders.map((o) => o.lastName)],
    );
    const { xml, entries } = generate(orders);

    // Ceilings: the bare parse, our reader, the bare insert of the same rows.
    let t0 = performance.now();
    const bare = new SaxesParser({ xmlns: true, position: true });
    let elements = 0;
    bare.on('opentag', () => elements++);
    bare.write(xml.toString('utf8')).close();
    const bareParse = performance.now() - t0;
    t0 = performance.now();
    const read = readCamtFile(xml);
    const reader = performance.now() - t0;
    await sql.query(`CREATE TEMP TABLE bare_entries (LIKE bank_entries INCLUDING ALL)`);
    t0 = performance.now();
    for (let i = 0; i < read.entries.length; i += 500) {
      const rows = read.entries.slice(i, i + 500).map((e) => ({ ...e, id: crypto.randomUUID() }));
      await sql.query(
        `INSERT INTO bare_entries (ticketing_id, id, bank_file_id, imported_at, checksum, line, account, booking_date, value_date, amount, currency, credit,
                                   bank_status, reference_kind, reference, message, debtor_name, bank_reference, end_to_end_id)
         SELECT $1, r.id, $1, now(), r.checksum, r.line, r.account, r."bookingDate", r."valueDate", r.amount, r.currency, r.credit,
                r.status, r."referenceKind", r.reference, r.message, r."debtorName", r."bankReference", r."endToEndId"
           FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, checksum text, line int, account text, "bookingDate" date, "valueDate" date, amount int,
                currency char(3), credit boolean, status text, "referenceKind" text, reference text, message text, "debtorName" text,
                "bankReference" text, "endToEndId" text)
         ON CONFLICT (ticketing_id, checksum) DO NOTHING`,
        [ticketingId, JSON.stringify(rows)],
      );
    }
    const bareInsert = performance.now() - t0;

    const importFile = async () => {
      const form = new FormData();
      form.append('file', new Blob([xml], { type: 'application/xml' }), 'bench.camt053.xml');
      const started = performance.now();
      const res = await fetch(`${bench.base}/api/v1/ticketings/${ticketingId}/bank-files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      const accepted = await res.json();
      if (res.status !== 202) throw new Error(`importBankFile: ${res.status} ${JSON.stringify(accepted).slice(0, 300)}`);
      const uploaded = performance.now() - started;
      let file = accepted;
      while (file.stage !== 'done') {
        await new Promise((r) => setTimeout(r, 100));
        file = (await json('GET', `/api/v1/ticketings/${ticketingId}/bank-files/${accepted.id}`, null, token)).body;
      }
      return { file, uploaded, total: performance.now() - started };
    };
    const counts = async () =>
      (
        await sql.query(
          `SELECT (SELECT count(*) FROM bank_entries WHERE ticketing_id = $1)::int AS entries,
                  (SELECT count(*) FROM bank_entries WHERE ticketing_id = $1 AND match IN ('qrr', 'scor'))::int AS matched,
                  (SELECT count(*) FROM bank_entries WHERE ticketing_id = $1 AND match = 'suggestion')::int AS suggested,
                  (SELECT count(*) FROM payments WHERE ticketing_id = $1 AND method = 'bank_transfer')::int AS payments`,
          [ticketingId],
        )
      ).rows[0];

    const before = await counts();
    // What the processes peaked at before any bank file (start-up, the demo's own jobs, done by now):
    // then their peaks start again from what they hold, so that the next ones are the import's own.
    await settled(bench, sql);
    const idle = { api: peak(bench.pids.api), worker: peak(bench.pids.worker) };
    for (const pid of [bench.pids.api, bench.pids.worker]) resetPeak(pid);
    const rest = { api: peak(bench.pids.api), worker: peak(bench.pids.worker) };
    const first = await importFile();
    const afterFirst = await counts();
    const again = await importFile();
    const afterAgain = await counts();

    console.log(
      `file          ${entries} entries, ${read.entries.length} bank entries (batches of 3 every 20th entry), ${mb(xml.length)} (${xml.length} bytes), ${elements} elements`,
    );
    console.log(`bare parse    ${s(bareParse)}   (saxes, no handlers)`);
    console.log(`our reader    ${s(reader)}   (readCamtFile: paths, checks, checksums)`);
    console.log(`bare insert   ${s(bareInsert)}   (the same rows, chunks of 500, ON CONFLICT DO NOTHING)`);
    console.log(
      `import        ${s(first.total)}   (upload and check ${s(first.uploaded)}, then the job)   new ${first.file.entriesNew} of ${first.file.entriesTotal}   ` +
        `matched ${afterFirst.matched - before.matched}   suggested ${afterFirst.suggested - before.suggested}   payments booked ${afterFirst.payments - before.payments}`,
    );
    console.log(
      `re-import     ${s(again.total)}   new ${again.file.entriesNew} of ${again.file.entriesTotal}   entries added ${afterAgain.entries - afterFirst.entries}   payments booked ${afterAgain.payments - afterFirst.payments}`,
    );
    console.log(
      `peak memory   API ${mb(peak(bench.pids.api))}   worker ${mb(peak(bench.pids.worker))}   (VmHWM from the first file on; at rest before it: API ${mb(rest.api)}, worker ${mb(rest.worker)})`,
    );
    console.log(`before it     API ${mb(idle.api)}   worker ${mb(idle.worker)}   (VmHWM from start-up to the first file: the demo's own mails and PDFs sent)`);
    console.log(`ratio import / (bare parse + bare insert): ${((bareParse + bareInsert) / first.total).toFixed(2)}`);
    const ok = first.file.entriesNew === read.entries.length && again.file.entriesNew === 0 && afterAgain.payments === before.payments;
    if (!ok) {
      console.log('FAILED: the re-import stored or booked something, or the first import missed entries');
      process.exitCode = 1;
    }
  } finally {
    await sql.end();
    await bench.drop();
    sink.close();
  }
}

await main();
