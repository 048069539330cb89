import type { components } from '@guichet/api-client';
import { type Badge, badge, type Tone } from '../i18n/labels';

type Schemas = components['schemas'];
type Order = Schemas['OrderResponse'];
type Ticket = Schemas['TicketResponse'];
type LedgerEntry = Schemas['PaymentResponse'];

/** The colours of the order screens' badges; their words are the catalog's (`labels.*`). */
const ORDER_TONES: Record<Order['status'], Tone> = { paid: 'success', reserved: 'warning', cancelled: 'danger' };
const TICKET_TONES: Record<Ticket['status'], Tone> = { valid: 'success', cancelled: 'danger', blacklisted: 'danger', replaced: 'neutral' };
const SCAN_TONES: Record<Ticket['scanState'], Tone> = { unscanned: 'neutral', in: 'info', out: 'neutral' };
const LEDGER_TONES: Record<LedgerEntry['status'], Tone> = { pending: 'warning', succeeded: 'success', failed: 'danger' };
const VOUCHER_TONES: Record<Schemas['OrderGiftVoucherResponse']['status'], Tone> = { awaiting_payment: 'warning', active: 'success', cancelled: 'danger' };

export const orderStatusBadge = (status: Order['status']): Badge => badge('orderStatus', status, ORDER_TONES);
export const ticketStatusBadge = (status: Ticket['status']): Badge => badge('ticketStatus', status, TICKET_TONES);
export const scanStateBadge = (state: Ticket['scanState']): Badge => badge('scanState', state, SCAN_TONES);
export const ledgerStatusBadge = (status: LedgerEntry['status']): Badge => badge('ledgerStatus', status, LEDGER_TONES);
/** A gift voucher bought with the order: awaiting the order's payment, usable, or cancelled. */
export const orderVoucherBadge = (status: Schemas['OrderGiftVoucherResponse']['status']): Badge => badge('giftVoucherStatus', status, VOUCHER_TONES);
