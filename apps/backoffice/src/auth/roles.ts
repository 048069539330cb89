import type { components } from '@guichet/api-client';

export type Role = components['schemas']['TicketingAccessResponse']['role'];

/** What each role is called in the backoffice. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administration',
  manager: 'Gestion',
  ticket_office: 'Guichet',
  control: 'Contrôle',
  accounting: 'Comptabilité',
};

/** What a role may do, in a few words after "Rôle Guichet :" (the team's form and the invitation page explain it). */
export const ROLE_HINTS: Record<Role, string> = {
  admin: 'tout, y compris l’équipe.',
  manager: 'événements, tarifs, plans, codes promo, bons et boutique ; voit l’équipe.',
  ticket_office: 'encaisse les commandes et les bons cadeaux.',
  control: 'enregistre les appareils de contrôle à l’entrée.',
  accounting: 'consulte les commandes et les paiements.',
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];
