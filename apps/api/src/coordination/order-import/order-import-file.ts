import { CsvError, parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import { LedgerMethod } from '../../modules/payments-reconciliation';
import { unstorableReason } from '../../platform/http/storable-text';
import { ImportFileError, LineError, OrderImportProblems } from './order-import.errors';

/** The largest file accepted: about 100,000 order lines. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * The columns of an order import, by their canonical name, with the other names a header may give
 * them (compared without case, accents, spaces or hyphens, so “Prénom” and “first name” both work).
 */
const COLUMNS = {
  reference: { required: true, aliases: ['reference', 'ref', 'externalreference', 'referenceexterne'] },
  email: { required: true, aliases: ['email', 'courriel'] },
  first_name: { required: true, aliases: ['firstname', 'prenom'] },
  last_name: { required: true, aliases: ['lastname', 'nom', 'nomdefamille'] },
  phone: { required: false, aliases: ['phone', 'mobile', 'telephone'] },
  event: { required: true, aliases: ['event', 'evenement', 'spectacle'] },
  date: { required: false, aliases: ['date', 'representation'] },
  zone: { required: false, aliases: ['zone'] },
  price: { required: true, aliases: ['price', 'tarif'] },
  quantity: { required: false, aliases: ['quantity', 'quantite', 'qty'] },
  amount: { required: false, aliases: ['amount', 'montant'] },
  payment: { required: false, aliases: ['payment', 'paiement'] },
} as const;
export type ImportColumn = keyof typeof COLUMNS;
export const IMPORT_COLUMNS = Object.keys(COLUMNS) as ImportColumn[];

/** How a line says the order was paid; empty: it is still to pay (awaiting payment, like an on-site order). */
const PAYMENTS: Record<string, LedgerMethod> = {
  cash: 'cash',
  especes: 'cash',
  card: 'card',
  carte: 'card',
  banktransfer: 'bank_transfer',
  virement: 'bank_transfer',
  other: 'other',
  autre: 'other',
};

const LIMITS: Partial<Record<ImportColumn, number>> = {
  reference: 100,
  email: 254,
  first_name: 100,
  last_name: 100,
  phone: 30,
  event: 200,
  zone: 100,
  price: 100,
};

/** One line of the file, its cells checked on their own (the catalog is consulted later). */
export interface ImportLine {
  line: number;
  /** A cell of it is wrong (see the errors): it is still resolved against the catalog, to report all its errors, but never imported. */
  broken: boolean;
  reference: string;
  customer: { email: string; firstName: string; lastName: string; phone: string | null };
  event: string;
  date: string;
  zone: string;
  price: string;
  quantity: number;
  /** Pay what you want: per ticket, in minor units. */
  amount: number | null;
  paidWith: LedgerMethod | null;
}

export interface ImportFile {
  /** Order lines in the file (the header aside), with or without errors. */
  count: number;
  lines: ImportLine[];
  /** Problems of single cells (an empty reference, a quantity of zero…). */
  errors: LineError[];
}

const normalise = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.'’]/g, '');

/**
 * Reads an order import file: UTF-8 (a BOM is fine), comma or semicolon separated (what a
 * spreadsheet saves), a header naming the columns. A file that cannot be read at all is refused
 * with one problem; a readable file comes back with its lines and the problems of their cells.
 */
export function readImportFile(data: Buffer): ImportFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const line = firstBadUtf8Line(data);
    throw new ImportFileError(
      OrderImportProblems.ORDER_IMPORT_FILE_NOT_UTF8,
      `The file is not UTF-8 text (line ${line}): save it as “CSV UTF-8”`,
      [{ field: 'file', message: `not UTF-8 text (line ${line})` }],
      { line },
    );
  }
  if (unstorableReason(text)) {
    throw new ImportFileError(OrderImportProblems.ORDER_IMPORT_FILE_NOT_UTF8, 'The file is not text (it contains NUL characters)', [
      { field: 'file', message: 'not a text file' },
    ]);
  }
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = [';', '\t', ','].map((d) => ({ d, n: headerLine.split(d).length })).sort((a, b) => b.n - a.n)[0].d;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, info: true, skip_empty_lines: true, trim: true, relax_quotes: false }) as unknown as typeof records;
  } catch (error) {
    const line = error instanceof CsvError ? ((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    const message = error instanceof Error ? error.message.replace(/^Invalid Record Length: /, '') : 'cannot be read';
    throw new ImportFileError(
      OrderImportProblems.ORDER_IMPORT_FILE_MALFORMED,
      `The file cannot be read as CSV at line ${line}: ${message}`,
      [{ field: 'file', message: `not valid CSV at line ${line}` }],
      { line },
    );
  }
  if (!records.length) throw emptyFile();
  const header = records[0].record;
  const positions = new Map<ImportColumn, number>();
  const unknown: string[] = [];
  header.forEach((name, i) => {
    const key = normalise(name);
    const column = IMPORT_COLUMNS.find((c) => (COLUMNS[c].aliases as readonly string[]).includes(key));
    if (!column || positions.has(column)) unknown.push(name);
    else positions.set(column, i);
  });
  const missing = IMPORT_COLUMNS.filter((c) => COLUMNS[c].required && !positions.has(c));
  if (missing.length || unknown.length) {
    throw new ImportFileError(
      OrderImportProblems.ORDER_IMPORT_COLUMNS,
      [missing.length ? `missing columns: ${missing.join(', ')}` : '', unknown.length ? `unknown columns: ${unknown.join(', ')}` : '']
        .filter(Boolean)
        .join('; '),
      [{ field: 'file', message: 'the header does not name the expected columns' }],
      { missing, unknown, expected: IMPORT_COLUMNS },
    );
  }
  if (records.length === 1) throw emptyFile();

  const errors: LineError[] = [];
  const lines: ImportLine[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const fail = (column: ImportColumn, code: LineError['code'], message: string) => errors.push({ line, column, code, message });
    const cell = (column: ImportColumn): string => {
      const at = positions.get(column);
      const value = at === undefined ? '' : (record[at] ?? '');
      if (COLUMNS[column].required && !value) fail(column, 'REQUIRED', 'required');
      else if (LIMITS[column] && value.length > LIMITS[column]) fail(column, 'TOO_LONG', `at most ${LIMITS[column]} characters`);
      else if (unstorableReason(value)) fail(column, 'NOT_STORABLE', unstorableReason(value)!);
      else return value;
      return '';
    };
    const before = errors.length;
    const email = cell('email');
    if (email && !isEmail(email)) fail('email', 'EMAIL_INVALID', 'not an email address');
    const quantityText = cell('quantity');
    const quantity = quantityText ? Number(quantityText) : 1;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 50) fail('quantity', 'QUANTITY_INVALID', 'a whole number from 1 to 50');
    const amountText = cell('amount');
    const amount = amountText ? minorUnits(amountText) : null;
    if (amountText && amount === null) fail('amount', 'AMOUNT_INVALID', 'an amount such as 45 or 45.50');
    const paymentText = cell('payment');
    const paidWith = paymentText ? (PAYMENTS[normalise(paymentText)] ?? null) : null;
    if (paymentText && !paidWith) fail('payment', 'PAYMENT_UNKNOWN', 'one of cash, card, bank_transfer, other (or empty: still to pay)');
    const parsed: ImportLine = {
      line,
      broken: false,
      reference: cell('reference'),
      customer: { email: email.toLowerCase(), firstName: cell('first_name'), lastName: cell('last_name'), phone: cell('phone') || null },
      event: cell('event'),
      date: cell('date'),
      zone: cell('zone'),
      price: cell('price'),
      quantity,
      amount,
      paidWith,
    };
    lines.push({ ...parsed, broken: errors.length > before });
  }
  return { count: records.length - 1, lines, errors };
}

/** "45", "45.5", "45.50" or "45,50" (francs or euros) in minor units; null when it is not such an amount. */
function minorUnits(text: string): number | null {
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(text.replace(/['\u2019 ]/g, ''));
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0')) : null;
}

function emptyFile(): ImportFileError {
  return new ImportFileError(OrderImportProblems.ORDER_IMPORT_FILE_EMPTY, 'The file has no order line', [{ field: 'file', message: 'no order line' }]);
}

/** The line of the first byte sequence that is not UTF-8 (to tell where a Latin-1 “é” is). */
function firstBadUtf8Line(data: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= data.length; i++) {
    if (i === data.length || data[i] === 0x0a) {
      try {
        decoder.decode(data.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
