import type { components } from '@guichet/api-client';

export type AttendeeField = components['schemas']['AttendeeFieldDto'];
export type AttendeeFieldKind = AttendeeField['kind'];
export const ATTENDEE_FIELD_KINDS: AttendeeFieldKind[] = ['text', 'number', 'date', 'choice', 'checkbox'];

/** A question as the organizer types it: the choices are one text, split on commas. */
export interface AttendeeFieldDraft {
  key: string;
  label: string;
  kind: AttendeeFieldKind;
  required: boolean;
  options: string;
}

export const draftOf = (f: AttendeeField): AttendeeFieldDraft => ({
  key: f.key,
  label: f.label,
  kind: f.kind,
  required: f.required,
  options: (f.options ?? []).join(', '),
});

/** A key for a new question from its label ("Nom du participant" → "nom_du_participant"), unique among `taken`. */
export function keyFor(label: string, taken: string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .replace(/^(\d)/, 'q_$1')
      .slice(0, 32) || 'question';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}

/** The request's `attendeeFields`: keys kept (or made from the label), choices split and trimmed. */
export function requestFields(drafts: AttendeeFieldDraft[]): AttendeeField[] {
  const keys: string[] = [];
  return drafts.map((d) => {
    const key = d.key || keyFor(d.label, keys);
    keys.push(key);
    const options = d.options
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    return { key, label: d.label.trim(), kind: d.kind, required: d.required, ...(d.kind === 'choice' ? { options } : {}) };
  });
}
