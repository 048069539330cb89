/**
 * The shop's tracking triggers: organizers hook their analytics on these DOM events
 * (`document.addEventListener('ike_cart_add', …)`), as documented in their help pages.
 */
export type TrackingEventName =
  | 'ike_home_view'
  | 'ike_event_view'
  | 'ike_date_view'
  | 'ike_cart_add'
  | 'ike_cart_view'
  /** A line's quantity changed (detail: cart details). */
  | 'ike_cart_update'
  /** A line was taken out (detail: `{ previousCart, newCart }`, cart details). */
  | 'ike_cart_delete'
  | 'ike_cart_empty'
  | 'ike_cart_confirm'
  | 'ike_cart_delivery_view'
  | 'ike_cart_form_view'
  | 'ike_cart_payment_view'
  | 'ike_cart_payment_changed'
  | 'ike_cart_payment_launched'
  | 'ike_cart_payment_success'
  | 'ike_page_changed'
  | 'ike_user_login'
  | 'ike_user_logout';

export function track(name: TrackingEventName, detail: unknown = null): void {
  document.dispatchEvent(new CustomEvent(name, { detail }));
}
