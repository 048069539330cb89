import type { components } from '@guichet/api-client';
import { changesOrders, refunds, type Role } from '../auth/roles';
import { t } from '../i18n/i18n';

type Order = components['schemas']['OrderResponse'];
type ActionState = components['schemas']['ActionStateResponse'];

/**
 * The ⋯ menu's entries, in the order the menu shows them; each opens its own dialog. `cancelAndRedo`
 * appears only where single tickets cannot be cancelled because the invoice would no longer be right (ORD-8).
 */
export const MENU_ENTRIES = ['resendTickets', 'resendReceipt', 'refund', 'exchange', 'cancelTickets', 'cancelOrder', 'cancelAndRedo'] as const;
export type MenuEntry = (typeof MENU_ENTRIES)[number];

export interface MenuItem {
  entry: MenuEntry;
  label: string;
  allowed: boolean;
  /** Why not, in the catalog's words (the API's reason code); null when allowed. */
  reason: string | null;
}

/** Which of the API's action states decides each entry (ORD-9: the API says what is allowed and why). */
function stateOf(order: Pick<Order, 'actions' | 'paid'>, entry: MenuEntry): ActionState {
  const { actions } = order;
  switch (entry) {
    case 'resendTickets':
      return actions.resend;
    case 'resendReceipt':
      // A receipt only exists once something was received; the resend rule otherwise applies.
      return order.paid.amount > 0 || !actions.resend.allowed ? actions.resend : { allowed: false, reason: 'NOTHING_TO_REFUND' };
    case 'refund':
      return actions.refund;
    case 'exchange':
      return actions.exchange;
    case 'cancelTickets':
      return actions.cancelTickets;
    case 'cancelOrder':
    case 'cancelAndRedo':
      return actions.cancelOrder;
  }
}

/** ORD-8: an invoice order awaiting payment is cancelled whole and placed again, never cut down. */
export function redoInsteadOfCancellingTickets(order: Pick<Order, 'actions'>): boolean {
  return order.actions.cancelTickets.reason === 'INVOICE_ORDER_CANCELS_WHOLE';
}

/** The entries a role may use (the others would be refused by the API), each allowed or not with its reason. */
export function menuItems(order: Pick<Order, 'actions' | 'paid'>, role?: Role): MenuItem[] {
  const mayUse = (entry: MenuEntry) => (entry === 'refund' ? refunds(role) : changesOrders(role));
  const shown = (entry: MenuEntry) => entry !== 'cancelAndRedo' || redoInsteadOfCancellingTickets(order);
  return MENU_ENTRIES.filter((entry) => mayUse(entry) && shown(entry)).map((entry) => {
    const state = stateOf(order, entry);
    const reason = state.allowed
      ? null
      : entry === 'resendReceipt' && state.reason === 'NOTHING_TO_REFUND'
        ? t('orderMenu.noReceipt')
        : reasonInWords(state.reason);
    return { entry, label: t(`orderMenu.entries.${entry}`), allowed: state.allowed, reason };
  });
}

function reasonInWords(code: ActionState['reason']): string {
  return code ? t(`problems.${code}`) : t('orderMenu.notAllowed');
}

/** What can still be given back: received minus already refunded (minor units, never below zero). */
export function refundable(order: Pick<Order, 'paid' | 'refunded'>): number {
  return Math.max(0, order.paid.amount - order.refunded.amount);
}
