/** Items of an ordered list (prices, gift voucher offers…) as the shop shows them: by position, ties in the order the API listed them. */
export function inShopOrder<P extends { position: number }>(items: readonly P[]): P[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The position changes that move one item a step up (-1) or down (+1): the list is renumbered
 * 0, 1, 2… in its new order and only the items whose position differs are sent. Usually that is
 * the two neighbours swapping; positions left equal or with gaps (by an integration, say) are
 * straightened on the way, so the order stays total.
 */
export function moveSteps(items: readonly { id: string; position: number }[], id: string, step: -1 | 1): { id: string; position: number }[] {
  const order = inShopOrder(items);
  const from = order.findIndex((p) => p.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [];
  [order[from], order[to]] = [order[to], order[from]];
  return order.flatMap((p, position) => (p.position === position ? [] : [{ id: p.id, position }]));
}
