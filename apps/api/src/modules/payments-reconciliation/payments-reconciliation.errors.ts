import { declareProblems } from '../../platform/http/problem';

/** Every problem the ledger answers. */
export const PaymentsProblems = declareProblems('payments-reconciliation', {
  REFUND_EXCEEDS_PAID: {
    status: 422,
    summary: 'A refund cannot give back more than the order received and was not already refunded (to a gift voucher: more than gift vouchers paid)',
  },
});
