/** Below this many characters a search would match half the orders: the field waits for more. */
export const ORDER_SEARCH_FROM = 2;

/** What the counter's search field asks the order list for: the text typed, trimmed; '' until it is long enough. */
export function orderSearchTerm(typed: string): string {
  const q = typed.trim().replace(/\s+/g, ' ');
  return q.length >= ORDER_SEARCH_FROM ? q : '';
}
