import { DomainError, declareProblems, NotFoundError } from '../../platform/http/problem';

/** What importing orders from a CSV file (ORD-13) answers. Every refusal writes nothing. */
export const OrderImportProblems = declareProblems('order-imports', {
  ORDER_IMPORT_FILE_TOO_LARGE: { status: 413, summary: 'The file is larger than allowed (10 MB); `errors` names the field' },
  ORDER_IMPORT_FILE_NOT_UTF8: { status: 422, summary: 'The file is not UTF-8 text (save it as “CSV UTF-8”); `line` says where the first wrong byte is' },
  ORDER_IMPORT_FILE_MALFORMED: {
    status: 422,
    summary: 'The file cannot be read as CSV (an unclosed quote, a line with more or fewer cells than the header…); `line` says where',
  },
  ORDER_IMPORT_COLUMNS: { status: 422, summary: 'The header lacks required columns or names unknown ones; `missing` and `unknown` list them' },
  ORDER_IMPORT_FILE_EMPTY: { status: 422, summary: 'The file has a header but no order line' },
  ORDER_IMPORT_FILE_HAS_ERRORS: { status: 422, summary: 'Some lines have errors (see the dry run): nothing was imported; `lines` lists them' },
  ORDER_IMPORT_NOT_FOUND: { status: 404, summary: 'No such import in this ticketing' },
});

/** One problem of a line, named by its line in the file and its column. */
export interface LineError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  /** The column's name (canonical: `price`, `quantity`…), or null for the line as a whole. */
  column: string | null;
  /** Machine code of the problem, for the message catalogs. */
  code: LineErrorCode;
  /** In English, for integrators. */
  message: string;
}

export const LINE_ERROR_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'NOT_STORABLE',
  'EMAIL_INVALID',
  'QUANTITY_INVALID',
  'AMOUNT_INVALID',
  'AMOUNT_NOT_ALLOWED',
  'AMOUNT_TOO_LOW',
  'PAYMENT_UNKNOWN',
  'REFERENCE_DIFFERS',
  'EVENT_UNKNOWN',
  'EVENT_AMBIGUOUS',
  'EVENT_NOT_PUBLISHED',
  'DATE_REQUIRED',
  'DATE_INVALID',
  'DATE_UNKNOWN',
  'DATE_CANCELLED',
  'DATE_PAST',
  'ZONE_REQUIRED',
  'ZONE_UNKNOWN',
  'PRICE_UNKNOWN',
  'PRICE_NOT_HERE',
  'PRICE_RESERVED',
  'PRICE_CURRENCY',
  'NOT_ENOUGH_PLACES',
] as const;
export type LineErrorCode = (typeof LINE_ERROR_CODES)[number];

export class ImportFileError extends DomainError {}

export class OrderImportNotFoundError extends NotFoundError {
  constructor() {
    super(OrderImportProblems.ORDER_IMPORT_NOT_FOUND, 'Order import');
  }
}
