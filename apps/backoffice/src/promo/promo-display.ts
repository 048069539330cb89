import { type components } from '@guichet/api-client';
import { formatMoney, formatShortDateTime } from '@guichet/ui';
import { type Badge, badge, type Tone } from '../i18n/labels';

export type PromoCode = components['schemas']['PromoCodeResponse'];

/** "−20 %" or "−CHF 10.00". */
export function discountLabel(promo: Pick<PromoCode, 'kind' | 'percent' | 'amount'>): string {
  if (promo.kind === 'percentage') return `−${promo.percent ?? 0} %`;
  return promo.amount ? `−${formatMoney(promo.amount)}` : '—';
}

/** "dès …", "jusqu’au …", "du … au …" or "toujours". */
export function validityLabel(promo: Pick<PromoCode, 'validFrom' | 'validUntil'>): string {
  const from = promo.validFrom ? formatShortDateTime(promo.validFrom) : null;
  const until = promo.validUntil ? formatShortDateTime(promo.validUntil) : null;
  if (from && until) return `du ${from} au ${until}`;
  if (from) return `dès le ${from}`;
  if (until) return `jusqu’au ${until}`;
  return 'sans limite de date';
}

export function usageLabel(promo: Pick<PromoCode, 'usedCount' | 'usageLimit'>): string {
  return promo.usageLimit === null ? `${promo.usedCount} / illimité` : `${promo.usedCount} / ${promo.usageLimit}`;
}

export type PromoStatus = 'active' | 'withdrawn' | 'scheduled' | 'expired' | 'used_up';

/** Where the code stands now: withdrawn by the organizer, outside its window, used up, or usable. */
export function promoStatus(promo: Pick<PromoCode, 'active' | 'validFrom' | 'validUntil' | 'usedCount' | 'usageLimit'>, now: Date): PromoStatus {
  if (!promo.active) return 'withdrawn';
  if (promo.validFrom && new Date(promo.validFrom) > now) return 'scheduled';
  if (promo.validUntil && new Date(promo.validUntil) < now) return 'expired';
  if (promo.usageLimit !== null && promo.usedCount >= promo.usageLimit) return 'used_up';
  return 'active';
}

const PROMO_TONES: Record<PromoStatus, Tone> = { active: 'success', withdrawn: 'neutral', scheduled: 'info', expired: 'warning', used_up: 'warning' };

export const promoStatusBadge = (status: PromoStatus): Badge => badge('promoStatus', status, PROMO_TONES);

/** What the form would send, or the fields to fix. */
export function readPromoForm(form: {
  code: string;
  kind: 'percentage' | 'fixed_amount';
  // Number inputs hand over numbers through v-model, text inputs strings.
  percent: string | number;
  amount: string;
  currency: 'CHF' | 'EUR';
  usageLimit: string | number;
}): { errors: { field: string; message: string }[] } | { body: components['schemas']['CreatePromoCodeRequest'] } {
  const errors: { field: string; message: string }[] = [];
  const code = form.code.trim();
  if (!/^[A-Za-z0-9_-]{3,40}$/.test(code)) errors.push({ field: 'code', message: '3 à 40 lettres, chiffres, - ou _.' });
  const body: components['schemas']['CreatePromoCodeRequest'] = { code, kind: form.kind };
  if (form.kind === 'percentage') {
    const percent = Number(form.percent);
    if (!Number.isInteger(percent) || percent < 1 || percent > 100) errors.push({ field: 'percent', message: 'Un pourcentage entier de 1 à 100.' });
    else body.percent = percent;
  } else {
    const amount = Math.round(Number(form.amount.replace(',', '.')) * 100);
    if (!form.amount.trim() || !Number.isFinite(amount) || amount <= 0) errors.push({ field: 'amount', message: 'Un montant supérieur à zéro.' });
    else body.amount = { amount, currency: form.currency };
  }
  if (String(form.usageLimit).trim()) {
    const limit = Number(form.usageLimit);
    if (!Number.isInteger(limit) || limit < 1) errors.push({ field: 'usageLimit', message: 'Un nombre entier d’au moins 1, ou vide pour illimité.' });
    else body.usageLimit = limit;
  }
  return errors.length ? { errors } : { body };
}
