import type { components } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { t } from '../i18n/i18n';

type InvoiceSettings = components['schemas']['InvoiceSettingsResponse'];
type InvoiceRequest = components['schemas']['InvoiceSettingsRequest'];
type Country = InvoiceRequest['country'];

/** What the invoice card edits, as typed: the term and the reminder days are text (« 10, 20 »). */
export interface InvoiceDraft {
  creditorName: string;
  street: string;
  buildingNumber: string;
  zip: string;
  city: string;
  country: Country;
  qrIban: string;
  paymentTermDays: string;
  reminderDays: string;
}

/** The settings as the card shows them; none yet: the API's defaults (30 days, reminders after 10 and 20). */
export function draftFrom(s: InvoiceSettings | null): InvoiceDraft {
  return {
    creditorName: s?.creditorName ?? '',
    street: s?.street ?? '',
    buildingNumber: s?.buildingNumber ?? '',
    zip: s?.zip ?? '',
    city: s?.city ?? '',
    country: s?.country ?? 'CH',
    qrIban: s?.qrIban ?? '',
    paymentTermDays: String(s?.paymentTermDays ?? 30),
    reminderDays: (s?.reminderDays ?? [10, 20]).join(', '),
  };
}

/** « 10, 20 » (commas, spaces or semicolons) → [10, 20]; empty → none; null when a part is not a whole number. */
export function reminderDaysOf(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  return parts.every((p) => /^\d{1,3}$/.test(p)) ? parts.map(Number) : null;
}

/**
 * The request, the fields as typed (the API names what is wrong); a term or reminder days that are
 * not numbers are said here, under their field, before anything is sent.
 */
export function invoiceRequest(d: InvoiceDraft): { body: InvoiceRequest } | { problem: ProblemLike } {
  const errors: { field: string; message: string }[] = [];
  const term = d.paymentTermDays.trim();
  if (!/^\d{1,3}$/.test(term)) errors.push({ field: 'paymentTermDays', message: t('invoiceSettings.termInvalid') });
  const reminderDays = reminderDaysOf(d.reminderDays);
  if (!reminderDays) errors.push({ field: 'reminderDays', message: t('invoiceSettings.reminderDaysInvalid') });
  if (errors.length) return { problem: { detail: t('invoiceSettings.checkFields'), errors } };
  const { paymentTermDays: _term, reminderDays: _days, ...rest } = d;
  return { body: { ...rest, paymentTermDays: Number(term), reminderDays: reminderDays! } };
}

/** The API's refusal, one message per field, in this card's words where a field has a rule to explain. */
export function invoiceProblemInWords(problem: ProblemLike): ProblemLike {
  const words: Record<string, string> = {
    qrIban: t('invoiceSettings.qrIbanInvalid'),
    paymentTermDays: t('invoiceSettings.termInvalid'),
    reminderDays: t('invoiceSettings.reminderDaysInvalid'),
  };
  const errors = problem.errors?.filter((e, i, all) => all.findIndex((o) => o.field === e.field) === i);
  return { ...problem, errors: errors?.map((e) => ({ ...e, message: words[e.field] ?? e.message })) };
}
