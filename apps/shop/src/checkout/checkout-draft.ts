import { reactive } from 'vue';
import { type CheckoutDraft, emptyDraft } from './checkout-steps';
import { DEFAULT_SETTINGS, emptyValues, type RegistrationFormSettings, type RegistrationValues } from './registration-form';

/** The buyer's answers to the registration form, and the form they answer (SHOP-3). */
export interface RegistrationDraft {
  settings: RegistrationFormSettings;
  values: RegistrationValues;
}

/** Drafts by cart id, for the browser tab: going back to the cart and on again keeps what was typed. */
const drafts = new Map<string, CheckoutDraft>();
const registrations = new Map<string, RegistrationDraft>();

export function draftOf(cartId: string): CheckoutDraft {
  let draft = drafts.get(cartId);
  if (!draft) {
    draft = reactive(emptyDraft());
    drafts.set(cartId, draft);
  }
  return draft;
}

/** The registration form's draft of a cart: kept while the Details step is left for the payment and back. */
export function registrationDraftOf(cartId: string): RegistrationDraft {
  let draft = registrations.get(cartId);
  if (!draft) {
    draft = reactive({ settings: DEFAULT_SETTINGS, values: emptyValues(DEFAULT_SETTINGS) });
    registrations.set(cartId, draft);
  }
  return draft;
}

export function forgetDraft(cartId: string): void {
  drafts.delete(cartId);
  registrations.delete(cartId);
}
