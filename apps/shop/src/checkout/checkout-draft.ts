import { reactive } from 'vue';
import { type CheckoutDraft, emptyDraft } from './checkout-steps';

/** Drafts by cart id, for the browser tab: going back to the cart and on again keeps what was typed. */
const drafts = new Map<string, CheckoutDraft>();

export function draftOf(cartId: string): CheckoutDraft {
  let draft = drafts.get(cartId);
  if (!draft) {
    draft = reactive(emptyDraft());
    drafts.set(cartId, draft);
  }
  return draft;
}

export function forgetDraft(cartId: string): void {
  drafts.delete(cartId);
}
