const DAY_MS = 86_400_000;

/** The shop offers an invoice only while its deadline leaves this many days for a bank transfer. */
export const INVOICE_MIN_LEAD_DAYS = 5;

/**
 * When a shop invoice is due (ADR 0053): after the ticketing's payment term, but never later than
 * the eve of the first performance it pays for (its start − 24 h) — tickets go out once paid, so an
 * invoice due after the show would keep places for someone who cannot come in. A cart of gift
 * vouchers alone (no performance) has the term.
 */
export function shopInvoiceDeadline(now: Date, paymentTermDays: number, firstShow: Date | null): Date {
  const term = now.getTime() + paymentTermDays * DAY_MS;
  return new Date(firstShow ? Math.min(term, firstShow.getTime() - DAY_MS) : term);
}

/** Whether the shop may offer an invoice now: its deadline leaves at least `INVOICE_MIN_LEAD_DAYS`. */
export function shopInvoiceOpen(now: Date, paymentTermDays: number, firstShow: Date | null): boolean {
  return shopInvoiceDeadline(now, paymentTermDays, firstShow).getTime() - now.getTime() >= INVOICE_MIN_LEAD_DAYS * DAY_MS;
}

/** The reminder days (after the order) that still fall before its deadline: none is sent past it. */
export function remindersBefore(now: Date, reminderDays: number[], deadline: Date): number[] {
  return reminderDays.filter((d) => now.getTime() + d * DAY_MS < deadline.getTime());
}
