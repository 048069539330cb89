import { createHash } from 'node:crypto';
import { SaxesParser, SaxesTagNS } from 'saxes';

/** The ISO 20022 cash-management messages a bank file may be (PAY-5, ADR 0051). */
export const CAMT_MESSAGES = ['camt.053', 'camt.054'] as const;
export type CamtMessage = (typeof CAMT_MESSAGES)[number];
/** Versions read: .04 (Swiss Payment Standards up to 2021) to .08 (since 2022); the elements read are the same in each. */
const VERSIONS = ['04', '05', '06', '07', '08'];
const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:(camt\.05[34])\.001\.(\d\d)$/;
/** The message's root element under Document, and its report element (a statement or a notification). */
const ROOTS: Record<CamtMessage, { root: string; report: string }> = {
  'camt.053': { root: 'BkToCstmrStmt', report: 'Stmt' },
  'camt.054': { root: 'BkToCstmrDbtCdtNtfctn', report: 'Ntfctn' },
};

/** One movement on the account: an entry (`Ntry`), or one transaction (`TxDtls`) of a batch entry. */
export interface CamtEntry {
  /** The account's IBAN (or other id) as the report names it. */
  account: string;
  /** YYYY-MM-DD; null when the bank gave none (a pending entry). */
  bookingDate: string | null;
  valueDate: string | null;
  /** Minor units, positive. */
  amount: number;
  currency: string;
  /** `CRDT` (money in) and not a reversal: only these are payments. */
  credit: boolean;
  /** `BOOK`, `PDNG`, `INFO`… */
  status: string | null;
  referenceKind: 'QRR' | 'SCOR' | null;
  /** The structured creditor reference, without spaces. */
  reference: string | null;
  /** The unstructured remittance information (`Ustrd`), joined. */
  message: string | null;
  /** Whoever paid (`RltdPties/Dbtr/Nm`, or `…/Dbtr/Pty/Nm` since .08). */
  debtorName: string | null;
  /** The bank's own reference: the transaction's, else the entry's. */
  bankReference: string | null;
  endToEndId: string | null;
  /** The line of the `Ntry` or `TxDtls` element it was read from. */
  line: number;
  /** SHA-256 of the fields that identify the movement, whichever file or statement reports it (ADR 0051). */
  checksum: string;
}

export interface CamtFile {
  message: CamtMessage;
  /** `001.04`… */
  version: string;
  messageId: string | null;
  /** Statements (camt.053) or notifications (camt.054) in the file. */
  reports: number;
  entries: CamtEntry[];
}

/** The file cannot be read as camt: `element` is the path of the element at fault, `line` its line (1-based). */
export class CamtFileError extends Error {
  constructor(
    message: string,
    readonly element: string,
    readonly line: number,
  ) {
    super(`${message} (${element}, line ${line})`);
  }
}

interface Tx {
  line: number;
  amount: string | null;
  currency: string | null;
  cdtDbt: string | null;
  refKind: string | null;
  ref: string | null;
  ustrd: string[];
  debtor: string | null;
  acctSvcrRef: string | null;
  endToEndId: string | null;
  txId: string | null;
  amountPath: string;
}
interface Ntry extends Tx {
  bookingDate: string | null;
  valueDate: string | null;
  status: string | null;
  reversal: boolean;
  txs: Tx[];
}

const newTx = (line: number): Tx => ({
  line,
  amount: null,
  currency: null,
  cdtDbt: null,
  refKind: null,
  ref: null,
  ustrd: [],
  debtor: null,
  acctSvcrRef: null,
  endToEndId: null,
  txId: null,
  amountPath: '',
});

/** What a file is, once read through: its entries were handed out one by one as they were read. */
export interface CamtSummary {
  message: CamtMessage;
  /** `001.04`… */
  version: string;
  messageId: string | null;
  /** Statements (camt.053) or notifications (camt.054) in the file. */
  reports: number;
  /** Bank entries read (one per transaction of a batch entry). */
  entries: number;
}

/**
 * Reads a camt.053 (statements) or camt.054 (notifications) file as it comes, chunk by chunk,
 * streaming with saxes: one bank entry per entry, or per transaction of a batch entry, handed to
 * `onEntry` as soon as its `Ntry` closes — nothing of the file is kept but the element being read.
 * Anything that is not well-formed XML, not one of these messages, or lacks what an entry needs is
 * refused (`CamtFileError`, thrown by `write` or `close`) with the element's path and line. A caller
 * that must book nothing of a bad file reads it through before storing anything (ADR 0051).
 */
export class CamtReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private blank = true;
  private summary: Omit<CamtSummary, 'message'> & { message: CamtMessage | null } = { message: null, version: '', messageId: null, reports: 0, entries: 0 };

  constructor(onEntry: (entry: CamtEntry) => void) {
    const parser = this.parser;
    const file = this.summary;
    // Per open element: its name, the path to it (`Document/BkToCstmrStmt/Stmt/Ntry`) and the same with
    // positions (`…/Stmt[2]/Ntry[3]`) for errors — built once per element, never joined again.
    const path: string[] = [];
    const joined: string[] = [];
    const indexed: string[] = [];
    // Sibling counts per open element, made when it has a child.
    const counts: (Map<string, number> | undefined)[] = [undefined];
    let ns = '';
    let report = '';
    let account: string | null = null;
    let ntry: Ntry | null = null;
    let ntryBase = 0;
    let tx: Tx | null = null;
    let txBase = 0;
    let textValue = '';
    const where = () => indexed[indexed.length - 1] ?? '';
    const fail = (why: string, line = parser.line): never => {
      throw new CamtFileError(why, where() || 'Document', line);
    };

    parser.on('doctype', () => fail('A DOCTYPE is not allowed in a bank file'));
    parser.on('opentag', (tag: SaxesTagNS) => {
      const name = tag.local;
      const depth = path.length + 1;
      const siblings = (counts[depth - 1] ??= new Map());
      const n = (siblings.get(name) ?? 0) + 1;
      siblings.set(name, n);
      counts.push(undefined);
      path.push(name);
      joined.push(depth === 1 ? name : `${joined[depth - 2]}/${name}`);
      const label = n > 1 || name === 'Ntry' || name === 'TxDtls' || name === 'Stmt' || name === 'Ntfctn' ? `${name}[${n}]` : name;
      indexed.push(depth === 1 ? label : `${indexed[depth - 2]}/${label}`);
      textValue = '';
      if (depth === 1) {
        const found = NAMESPACE.exec(tag.uri);
        if (name !== 'Document' || !found) fail(`Not a camt.053 or camt.054 file: the root is ${name}${tag.uri ? ` in ${tag.uri}` : ' without a namespace'}`);
        if (!VERSIONS.includes(found![2])) fail(`camt version 001.${found![2]} is not read (001.04 to 001.08 are)`);
        file.message = found![1] as CamtMessage;
        file.version = `001.${found![2]}`;
        ns = tag.uri;
        report = ROOTS[file.message].report;
        return;
      }
      if (tag.uri !== ns) fail(`The element ${name} is not in the file's namespace`);
      if (depth === 2 && name !== ROOTS[file.message!].root) fail(`A ${file.message} file holds ${ROOTS[file.message!].root}, not ${name}`);
      if (depth === 3 && name === report) {
        file.reports++;
        account = null;
      }
      if (depth === 4 && name === 'Ntry' && path[2] === report) {
        ntry = { ...newTx(parser.line), bookingDate: null, valueDate: null, status: null, reversal: false, txs: [] };
        ntryBase = joined[depth - 1].length + 1;
      }
      if (ntry && name === 'TxDtls' && path[depth - 2] === 'NtryDtls') {
        ntry.txs.push((tx = newTx(parser.line)));
        txBase = joined[depth - 1].length + 1;
      }
    });
    parser.on('text', (t) => (textValue += t));
    parser.on('cdata', (t) => (textValue += t));
    parser.on('closetag', (tag: SaxesTagNS) => {
      const name = tag.local;
      const value = textValue.trim();
      textValue = '';
      const depth = path.length;
      const p = joined[depth - 1];
      const attrs = tag.attributes as Record<string, { value: string }>;
      if (tx) {
        if (name === 'TxDtls') tx = null;
        else readTx(tx, p.slice(txBase), value, attrs, indexed[depth - 1]);
      } else if (ntry) {
        if (name === 'Ntry') {
          if (!account) fail('The statement names no account (Acct/Id/IBAN) before its entries', ntry.line);
          const read = entriesOf(ntry, account!, indexed[depth - 1]);
          ntry = null;
          file.entries += read.length;
          for (const entry of read) onEntry(entry);
        } else readNtry(ntry, p.slice(ntryBase), value, attrs, indexed[depth - 1]);
      } else if (depth === 4 && p.endsWith('GrpHdr/MsgId')) file.messageId = value;
      else if (depth >= 4 && path[2] === report && /\/Acct\/Id\/(IBAN|Othr\/Id)$/.test(p)) account = value;
      path.pop();
      joined.pop();
      indexed.pop();
      counts.pop();
    });
    parser.on('error', (e) => fail(e.message.replace(/^\d+:\d+: /, '')));
  }

  /** The next piece of the file's text (a chunk may end anywhere, inside a tag or a name). */
  write(chunk: string): this {
    if (this.blank && /\S/.test(chunk)) this.blank = false;
    this.parser.write(chunk);
    return this;
  }

  /** The file's end: refused if it stops short, is empty, or holds no statement. */
  close(): CamtSummary {
    if (this.blank) throw new CamtFileError('The file is empty', 'Document', 1);
    this.parser.close();
    const file = this.summary;
    if (!file.reports) throw new CamtFileError(`The file holds no ${ROOTS[file.message!].report}`, `Document/${ROOTS[file.message!].root}`, this.parser.line);
    return file as CamtSummary;
  }
}

/** Bytes of the file decoded per piece: the text is never held whole. */
const DECODED_CHUNK = 64 * 1024;

/**
 * Reads the file through without keeping its entries (the upload's check): refused as `readCamtFile`
 * would refuse it, the bytes decoded a piece at a time. Answers what it is and how many entries it has.
 */
export function checkCamtFile(data: Buffer): CamtSummary {
  const reader = new CamtReader(() => undefined);
  for (const text of utf8Pieces(data)) reader.write(text);
  return reader.close();
}

/** Reads a whole camt file, its entries kept (small files, tests, the bench's ceiling). */
export function readCamtFile(data: Buffer | string): CamtFile {
  const entries: CamtEntry[] = [];
  const reader = new CamtReader((e) => entries.push(e));
  if (typeof data === 'string') reader.write(data);
  else for (const text of utf8Pieces(data)) reader.write(text);
  const { message, version, messageId, reports } = reader.close();
  return { message, version, messageId, reports, entries };
}

/** The bytes as UTF-8 text, piece by piece (a character cut by a piece's end comes whole in the next); refused at the line of the first wrong byte. */
function* utf8Pieces(data: Buffer): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let at = 0; at < data.length; at += DECODED_CHUNK) {
    let text: string;
    try {
      text = decoder.decode(data.subarray(at, at + DECODED_CHUNK), { stream: at + DECODED_CHUNK < data.length });
    } catch {
      throw new CamtFileError('The file is not UTF-8 text', 'Document', data.indexOf(0x0a) < 0 ? 1 : firstBadLine(data));
    }
    if (text) yield text;
  }
}

function readNtry(n: Ntry, sub: string, value: string, attrs: Record<string, { value: string }>, at: string): void {
  switch (sub) {
    case 'BookgDt/Dt':
    case 'BookgDt/DtTm':
      n.bookingDate = value.slice(0, 10);
      return;
    case 'ValDt/Dt':
    case 'ValDt/DtTm':
      n.valueDate = value.slice(0, 10);
      return;
    case 'Sts':
    case 'Sts/Cd':
      // .08 nests the code: the closing Sts then holds only white space.
      if (value) n.status = value;
      return;
    case 'RvslInd':
      n.reversal = value === 'true';
      return;
  }
  readTx(n, sub, value, attrs, at);
}

/** The fields a transaction and an entry share; `sub` is the element's path below it. */
function readTx(t: Tx, sub: string, value: string, attrs: Record<string, { value: string }>, at: string): void {
  switch (sub) {
    case 'Amt':
    case 'AmtDtls/TxAmt/Amt':
      if (sub === 'Amt' || t.amount === null) {
        t.amount = value;
        t.currency = attrs.Ccy?.value ?? null;
        t.amountPath = at;
      }
      return;
    case 'CdtDbtInd':
      t.cdtDbt = value;
      return;
    case 'AcctSvcrRef':
    case 'Refs/AcctSvcrRef':
      t.acctSvcrRef = value;
      return;
    case 'Refs/EndToEndId':
      t.endToEndId = value === 'NOTPROVIDED' ? null : value;
      return;
    case 'Refs/TxId':
      t.txId = value;
      return;
    case 'RltdPties/Dbtr/Nm':
    case 'RltdPties/Dbtr/Pty/Nm':
      t.debtor = value;
      return;
    case 'RmtInf/Strd/CdtrRefInf/Tp/CdOrPrtry/Cd':
    case 'RmtInf/Strd/CdtrRefInf/Tp/CdOrPrtry/Prtry':
      t.refKind = value;
      return;
    case 'RmtInf/Strd/CdtrRefInf/Ref':
      t.ref = value.replace(/\s+/g, '');
      return;
    case 'RmtInf/Ustrd':
      if (value) t.ustrd.push(value);
      return;
  }
}

function entriesOf(n: Ntry, account: string, at: string): CamtEntry[] {
  if (n.cdtDbt !== 'CRDT' && n.cdtDbt !== 'DBIT') throw new CamtFileError('An entry needs CdtDbtInd CRDT or DBIT', `${at}/CdtDbtInd`, n.line);
  const entryAmount = minorUnits(n, `${at}/Amt`);
  const txs = n.txs.length ? n.txs : [null];
  return txs.map((t, i) => {
    const amount = t?.amount != null ? minorUnits(t, t.amountPath) : txs.length === 1 ? entryAmount : null;
    if (amount === null) throw new CamtFileError('A transaction of a batch entry needs its amount', `${at}/NtryDtls/TxDtls[${i + 1}]/Amt`, t!.line);
    const source = t ?? n;
    const cdtDbt = t?.cdtDbt ?? n.cdtDbt;
    const currency = (t?.amount != null ? t.currency : n.currency)!;
    const kind = source.refKind === 'QRR' || source.refKind === 'SCOR' ? source.refKind : null;
    const reference = source.ref ?? null;
    const fields = {
      account,
      bookingDate: n.bookingDate,
      valueDate: n.valueDate,
      amount,
      currency,
      credit: cdtDbt === 'CRDT' && !n.reversal,
      status: n.status,
      referenceKind: kind ?? (reference ? guessKind(reference) : null),
      reference,
      message: (t ?? n).ustrd.join(' ') || (t ? n.ustrd.join(' ') || null : null),
      debtorName: t?.debtor ?? n.debtor,
      bankReference: t?.acctSvcrRef ?? n.acctSvcrRef,
      endToEndId: t?.endToEndId ?? n.endToEndId,
      line: source.line,
    };
    // The movement's identity: the same in a camt.054 notification and the camt.053 statement that reports it later.
    const identity = [
      account,
      n.bookingDate,
      n.valueDate,
      amount,
      currency,
      cdtDbt,
      n.reversal,
      reference,
      n.acctSvcrRef,
      t?.acctSvcrRef,
      t?.txId ?? n.txId,
      fields.endToEndId,
      i,
    ];
    return { ...fields, checksum: createHash('sha256').update(JSON.stringify(identity)).digest('hex') };
  });
}

/** QRR is 27 digits; SCOR starts with RF (when the bank gave no type). */
function guessKind(reference: string): 'QRR' | 'SCOR' | null {
  if (/^\d{27}$/.test(reference)) return 'QRR';
  if (/^RF\d\d[0-9A-Z]{1,21}$/i.test(reference)) return 'SCOR';
  return null;
}

function minorUnits(t: Tx, at: string): number {
  if (t.amount === null) throw new CamtFileError('An entry needs its amount (Amt)', at, t.line);
  const m = /^(\d{1,15})(?:\.(\d{1,5}))?$/.exec(t.amount);
  if (!m || (m[2] && /[1-9]/.test(m[2].slice(2)))) throw new CamtFileError(`“${t.amount}” is not an amount`, at, t.line);
  if (!t.currency || !/^[A-Z]{3}$/.test(t.currency)) throw new CamtFileError('An amount needs its currency (Ccy)', at, t.line);
  return Number(m[1]) * 100 + Number((m[2] ?? '').slice(0, 2).padEnd(2, '0'));
}

function firstBadLine(data: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= data.length; i++) {
    if (i === data.length || data[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
