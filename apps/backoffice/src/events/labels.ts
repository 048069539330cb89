import type { components } from '@guichet/api-client';
import type { Badge } from '../orders/labels';

export const EVENT_STATUS: Record<components['schemas']['EventResponse']['status'], Badge> = {
  draft: { tone: 'neutral', label: 'Brouillon' },
  published: { tone: 'success', label: 'Publié' },
  archived: { tone: 'warning', label: 'Archivé' },
};
