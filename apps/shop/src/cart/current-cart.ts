import { ref } from 'vue';

const KEY = 'guichet.shop.cart';

function read(): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** Open cart id per shop slug, kept for the browser tab so the header can link back to it. */
export const currentCarts = ref<Record<string, string>>(read());

export function rememberCart(slug: string, cartId: string): void {
  currentCarts.value = { ...currentCarts.value, [slug]: cartId };
  sessionStorage.setItem(KEY, JSON.stringify(currentCarts.value));
}

export function forgetCart(slug: string): void {
  const { [slug]: _removed, ...rest } = currentCarts.value;
  currentCarts.value = rest;
  sessionStorage.setItem(KEY, JSON.stringify(rest));
}
