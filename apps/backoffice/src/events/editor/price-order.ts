/** Prices in the order the shop shows them: by position, ties in the order the API listed them. */
export function inShopOrder<P extends { position: number }>(prices: readonly P[]): P[] {
  return prices
    .map((price, index) => ({ price, index }))
    .sort((a, b) => a.price.position - b.price.position || a.index - b.index)
    .map(({ price }) => price);
}

/**
 * The position changes that move one price a step up (-1) or down (+1): the list is renumbered
 * 0, 1, 2… in its new order and only the prices whose position differs are sent. Usually that is
 * the two neighbours swapping; positions left equal or with gaps (by an integration, say) are
 * straightened on the way, so the order stays total.
 */
export function moveSteps(prices: readonly { id: string; position: number }[], priceId: string, step: -1 | 1): { priceId: string; position: number }[] {
  const order = inShopOrder(prices);
  const from = order.findIndex((p) => p.id === priceId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [];
  [order[from], order[to]] = [order[to], order[from]];
  return order.flatMap((p, position) => (p.position === position ? [] : [{ priceId: p.id, position }]));
}
