/** What the buyer typed, as the API expects it: trimmed; the API ignores case. */
export function cleanPromoCode(input: string): string {
  return input.trim().replace(/\s+/g, '');
}
