import { declareProblems } from '../../platform/http/problem';

/** Every problem the ledger answers. */
export const PaymentsProblems = declareProblems('payments-reconciliation', {
  REFUND_EXCEEDS_PAID: {
    status: 422,
    summary: 'A refund cannot give back more than the order received and was not already refunded (to a gift voucher: more than gift vouchers paid)',
  },
  PAYMENT_OUTCOME_REJECTED: { status: 401, summary: 'A payment outcome not signed by the provider, or naming no payment of ours: ignored' },
  PAYMENT_PROVIDER_UNAVAILABLE: { status: 503, summary: 'The card payment provider does not answer; nothing was written: try again' },
  INVOICE_SETTINGS_NOT_SET: { status: 404, summary: 'This ticketing has no invoice settings yet (creditor, QR-IBAN): it cannot sell by invoice' },
  INVOICE_NOT_OFFERED: {
    status: 422,
    summary:
      'This ticketing does not sell by invoice: it has no invoice settings (creditor, QR-IBAN) yet — or, in the shop, the first performance is too close for an invoice to be paid before its eve (ADR 0053)',
  },
  TENDERS_INVALID: {
    status: 422,
    summary:
      'The tenders of a counter sale do not settle it: together they must pay exactly the total (cash may be handed over beyond it: the change is given back); `errors` names the field',
  },
  COUNTER_SESSION_ALREADY_OPEN: { status: 409, summary: 'You already have an open counter session in this ticketing: close it before opening another' },
  COUNTER_SESSION_NOT_FOUND: { status: 404, summary: 'No such counter session here (a clerk sees only their own), or none open' },
  COUNTER_SESSION_CLOSED: { status: 409, summary: 'The counter session is closed already' },
  COUNTER_REPORT_PERIOD_INVALID: { status: 422, summary: 'A cash report’s period must run forward (`to` after `from`) and span at most a year' },
  BANK_FILE_TOO_LARGE: { status: 413, summary: 'The bank file is larger than allowed (20 MB); `errors` names the field' },
  BANK_FILE_UNREADABLE: {
    status: 422,
    summary:
      'The file is not a camt.053 or camt.054 (versions 001.04 to 001.08) we can read: not XML, another message, or an entry lacking what it needs; `element` and `line` say where. Nothing was stored',
  },
  BANK_FILE_NOT_FOUND: { status: 404, summary: 'No such bank file in this ticketing' },
  BANK_ENTRY_NOT_FOUND: { status: 404, summary: 'No such bank entry in this ticketing; `errors` names the field' },
  BANK_ENTRY_NOT_PAYABLE: {
    status: 422,
    summary:
      'A selected bank entry cannot be booked: it is not a booked credit, no order is tied to it, or its currency is not its order’s; `errors` names the field. Nothing was booked',
  },
  BANK_ENTRY_ALREADY_BOOKED: {
    status: 409,
    summary: 'A selected bank entry was booked meanwhile (by another validation): read the entries again. Nothing was booked',
  },
  CARD_REFUND_FAILED: { status: 422, summary: 'The card refund was refused by the provider (or the order was not paid by card); `errors` says why' },
});
