import type { components } from '@guichet/api-client';

export type Role = components['schemas']['TicketingAccessResponse']['role'];
