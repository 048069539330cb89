import type { components } from '@guichet/api-client';
import { parseMoneyInput } from '@guichet/ui';
import { type Badge, label } from '../i18n/labels';

export type GiftVoucher = components['schemas']['GiftVoucherResponse'];

/** What the list says of a voucher: cancelled, awaiting its order's payment, expired, used up, partly used or unused. */
export function voucherState(v: GiftVoucher, now: Date): Badge {
  if (v.status === 'cancelled') return { tone: 'danger', label: label('giftVoucherStatus', 'cancelled') };
  if (v.status === 'awaiting_payment') return { tone: 'warning', label: label('giftVoucherStatus', 'awaiting_payment') };
  if (new Date(v.expiresAt) <= now) return { tone: 'neutral', label: label('giftVoucherBalance', 'expired') };
  if (v.balance.amount === 0) return { tone: 'neutral', label: label('giftVoucherBalance', 'usedUp') };
  if (v.balance.amount < v.initialAmount.amount) return { tone: 'info', label: label('giftVoucherBalance', 'partlyUsed') };
  return { tone: 'success', label: label('giftVoucherBalance', 'unused') };
}

/** The issue form, read into the request body or the fields to correct. */
export function readVoucherForm(form: {
  amount: string;
  currency: 'CHF' | 'EUR';
  expiresOn: string;
  note: string;
}): { body: { amount: { amount: number; currency: 'CHF' | 'EUR' }; expiresAt?: string; note?: string } } | { errors: { field: string; message: string }[] } {
  const amount = parseMoneyInput(form.amount);
  const errors: { field: string; message: string }[] = [];
  if (amount === null || amount <= 0) errors.push({ field: 'amount', message: 'Indiquez une valeur, par exemple 50.00.' });
  if (form.expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(form.expiresOn)) errors.push({ field: 'expiresAt', message: 'Date invalide.' });
  if (errors.length) return { errors };
  return {
    body: {
      amount: { amount: amount!, currency: form.currency },
      // Valid until the end of the chosen day (Swiss time, 23:59:59).
      ...(form.expiresOn ? { expiresAt: `${form.expiresOn}T23:59:59+01:00` } : {}),
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
    },
  };
}
