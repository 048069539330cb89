import type { components } from '@guichet/api-client';

type Options = components['schemas']['CheckoutOptionsResponse'];
type Field = components['schemas']['AttendeeFieldDto'];
export type PaymentMethod = Options['paymentMethods'][number];
export type AnswerValue = string | number | boolean;

/**
 * The checkout's steps, in order. Each is a moment the organizer's tracking sees (seed 003:
 * ike_cart_delivery_view, ike_cart_form_view, ike_cart_payment_view); the step is in the address
 * (`?step=`), so the browser's back button goes back one step.
 */
export const STEPS = ['delivery', 'details', 'payment'] as const;
export type Step = (typeof STEPS)[number];

export const TRACKED_VIEW = {
  delivery: 'ike_cart_delivery_view',
  details: 'ike_cart_form_view',
  payment: 'ike_cart_payment_view',
} as const satisfies Record<Step, string>;

/** The step an address names; anything else is the first. */
export function stepOf(query: unknown): Step {
  return STEPS.includes(query as Step) ? (query as Step) : 'delivery';
}

export const nextStep = (step: Step): Step | null => STEPS[STEPS.indexOf(step) + 1] ?? null;
export const previousStep = (step: Step): Step | null => STEPS[STEPS.indexOf(step) - 1] ?? null;

/** What the customer typed, kept per cart while they move between the steps and the cart. */
export interface CheckoutDraft {
  /** Attendee data now, or later with the personalisation link. */
  attendeesLater: boolean;
  /** Per ticket index: field key → answer. */
  answers: Record<number, Record<string, AnswerValue>>;
  paymentMethod: PaymentMethod | null;
}

export const emptyDraft = (): CheckoutDraft => ({
  attendeesLater: false,
  answers: {},
  paymentMethod: null,
});

const blank = (v: AnswerValue | undefined) => v === undefined || v === '' || v === false;

/** Required attendee answers not given, named as the API names them (`attendees[i].<key>`); none when left for later. */
export function attendeeErrors(tickets: { index: number; fields: Field[] }[], draft: Pick<CheckoutDraft, 'answers' | 'attendeesLater'>): string[] {
  if (draft.attendeesLater) return [];
  return tickets.flatMap((t) => t.fields.filter((f) => f.required && blank(draft.answers[t.index]?.[f.key])).map((f) => `attendees[${t.index}].${f.key}`));
}

/** The step where a refused field is typed: the customer is taken back there to correct it. */
export function stepOfField(field: string): Step | null {
  return field.startsWith('customer') || field.startsWith('attendees') ? 'details' : field === 'paymentMethod' ? 'payment' : null;
}

/** The `attendees` of the checkout: per ticket its answers (numbers as numbers, empty ones left out), or null for later. */
export function attendeesPayload(
  tickets: { index: number; fields: Field[] }[],
  draft: Pick<CheckoutDraft, 'answers' | 'attendeesLater'>,
): (Record<string, AnswerValue> | null)[] | undefined {
  if (draft.attendeesLater || !tickets.some((t) => t.fields.length)) return undefined;
  return tickets.map((t) => {
    if (!t.fields.length) return null;
    const out: Record<string, AnswerValue> = {};
    for (const f of t.fields) {
      const v = draft.answers[t.index]?.[f.key];
      if (v === undefined || v === '') continue;
      out[f.key] = f.kind === 'number' ? Number(v) : v;
    }
    return Object.keys(out).length ? out : null;
  });
}

/** The method shown chosen: the customer's if still offered, else the first offered (card, or free alone). */
export function chosenMethod(offered: PaymentMethod[], chosen: PaymentMethod | null): PaymentMethod | null {
  return chosen && offered.includes(chosen) ? chosen : (offered[0] ?? null);
}
