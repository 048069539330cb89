import type { components } from '@guichet/api-client';

type Schemas = components['schemas'];
export interface Badge {
  tone: 'success' | 'warning' | 'danger' | 'neutral' | 'info';
  label: string;
}

export const ORDER_STATUS: Record<Schemas['OrderResponse']['status'], Badge> = {
  paid: { tone: 'success', label: 'Payée' },
  reserved: { tone: 'warning', label: 'Réservée' },
  cancelled: { tone: 'danger', label: 'Annulée' },
};

export const TICKET_STATUS: Record<Schemas['TicketResponse']['status'], Badge> = {
  valid: { tone: 'success', label: 'Valide' },
  cancelled: { tone: 'danger', label: 'Annulé' },
  blacklisted: { tone: 'danger', label: 'Bloqué' },
  replaced: { tone: 'neutral', label: 'Remplacé' },
};

export const SCAN_STATE: Record<Schemas['TicketResponse']['scanState'], Badge> = {
  unscanned: { tone: 'neutral', label: 'Non scanné' },
  in: { tone: 'info', label: 'Entré' },
  out: { tone: 'neutral', label: 'Sorti' },
};

export const CHANNEL: Record<Schemas['OrderResponse']['channel'], string> = {
  shop: 'Boutique en ligne',
  ticket_office: 'Guichet',
  import: 'Import',
  api: 'API',
};

export const PAYMENT_METHOD: Record<Schemas['OrderResponse']['paymentMethod'], string> = {
  free: 'Gratuit',
  on_site: 'Paiement sur place',
  gift_voucher: 'Bon cadeau',
};

/** How the ticket office received a reserved order's payment. */
export const SETTLEMENT_METHOD: Record<Schemas['RecordPaymentRequest']['method'], string> = {
  cash: 'Espèces',
  card: 'Carte',
  bank_transfer: 'Virement',
  other: 'Autre moyen',
};

const HISTORY_ACTIONS: Record<string, string> = {
  'orders.order.placed': 'Commande passée',
  'orders.order.paid': 'Paiement enregistré',
  'orders.order.email_sent': 'E-mail de confirmation envoyé',
};

/** French label of a history action; unknown actions show their dotted name. */
export function historyActionLabel(action: string): string {
  return HISTORY_ACTIONS[action] ?? action;
}
