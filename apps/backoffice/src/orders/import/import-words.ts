import type { components, ProblemCode } from '@guichet/api-client';
import { hasMessage, type MessageKey, t } from '../../i18n/i18n';
import { problemWords } from '../../i18n/problems';

type LineError = components['schemas']['ImportLineErrorDto'];
type Failure = components['schemas']['ImportFailureDto'];

/** The columns of an import file, in the order the template lists them, and which ones a file must have. */
export const IMPORT_COLUMNS = [
  'reference',
  'email',
  'first_name',
  'last_name',
  'phone',
  'event',
  'date',
  'zone',
  'price',
  'quantity',
  'amount',
  'payment',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['reference', 'email', 'first_name', 'last_name', 'event', 'price'];

/** A column's name in the catalog's words; an unknown one as the API named it. */
export function columnWords(column: string | null): string {
  if (!column) return t('orderImport.report.wholeLine');
  const key = `orderImport.columns.${column}` as MessageKey;
  return hasMessage(key) ? t(key) : column;
}

/** A line's problem in the catalog's words: a line error code, or the problem a sale was refused with when the job ran. */
export function lineProblemWords(error: Pick<LineError, 'message'> & { code: string }): string {
  const key = `orderImport.lineErrors.${error.code}` as MessageKey;
  if (hasMessage(key)) return t(key);
  return problemWords(error.code as ProblemCode) ?? error.message;
}

export function failureWords(failure: Failure): string {
  return lineProblemWords(failure);
}

/** A template file: the header, and two lines that show the formats (one order of two lines, one still to pay). */
export function templateCsv(): string {
  const rows = [
    IMPORT_COLUMNS.join(';'),
    'A-1001;ada@example.ch;Ada;Lovelace;+41 79 000 00 01;Le Misanthrope;2027-03-01 20:00;Parterre;Plein tarif;2;;card',
    'A-1001;ada@example.ch;Ada;Lovelace;+41 79 000 00 01;Le Misanthrope;2027-03-01 20:00;Parterre;Réduit;1;;card',
    'A-1002;alan@example.ch;Alan;Turing;;Le Misanthrope;01.03.2027 20:00;Parterre;Plein tarif;1;;',
  ];
  return `${rows.join('\r\n')}\r\n`;
}
