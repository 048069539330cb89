import type { components } from '@guichet/api-client';
import { ref, watch, type Ref } from 'vue';
import { api } from '../api/client';

type Shop = components['schemas']['ShopResponse'];

// One shop is visited per session: keep it so the header and pages share one request.
const shops = new Map<string, Promise<Shop | null>>();

function fetchShop(slug: string): Promise<Shop | null> {
  let shop = shops.get(slug);
  if (!shop) {
    shop = api.GET('/api/v1/shop/{slug}', { params: { path: { slug } } }).then(({ data }) => data ?? null);
    shops.set(slug, shop);
    shop.then((found) => found ?? shops.delete(slug));
  }
  return shop;
}

/** The shop (name, currency) for a slug; null while loading or when the shop does not exist. */
export function useShop(slug: Ref<string | undefined>) {
  const shop = ref<Shop | null>(null);
  watch(
    slug,
    async (value) => {
      shop.value = null;
      if (!value) return;
      const found = await fetchShop(value);
      if (slug.value === value) shop.value = found;
    },
    { immediate: true },
  );
  return shop;
}
