import type { components } from '@guichet/api-client';
import { type Badge, badge, type Tone } from '../i18n/labels';

type EventStatus = components['schemas']['EventResponse']['status'];

const EVENT_TONES: Record<EventStatus, Tone> = { draft: 'neutral', published: 'success', archived: 'warning' };

export const eventStatusBadge = (status: EventStatus): Badge => badge('eventStatus', status, EVENT_TONES);
