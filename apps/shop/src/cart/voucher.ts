/** What the buyer typed, as the API expects it: spaces and dashes are optional, case does not matter. */
export function cleanVoucherCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}
