/** The shop's words for the API's gift voucher refusals (422, field `code`; 409 at checkout). */
export const VOUCHER_MESSAGES: Record<string, string> = {
  GIFT_VOUCHER_UNKNOWN: 'Ce bon cadeau n’existe pas.',
  GIFT_VOUCHER_EXPIRED: 'Ce bon cadeau a expiré.',
  GIFT_VOUCHER_EMPTY: 'Ce bon cadeau a déjà été entièrement utilisé.',
  GIFT_VOUCHER_CURRENCY: 'Ce bon cadeau est dans une autre devise que votre commande.',
  GIFT_VOUCHER_NOT_FOR_VOUCHERS: 'Un bon cadeau règle des billets, pas d’autres bons cadeaux.',
  GIFT_VOUCHER_NOT_PAID: 'Ce bon cadeau sera utilisable dès que la commande qui l’a acheté sera payée.',
  GIFT_VOUCHER_UNAVAILABLE: 'Le solde de votre bon cadeau a changé entre-temps. Appliquez-le à nouveau pour voir ce qu’il règle.',
};

export function voucherMessage(code: string, fallback: string): string {
  return VOUCHER_MESSAGES[code] ?? fallback;
}

/** What the buyer typed, as the API expects it: spaces and dashes are optional, case does not matter. */
export function cleanVoucherCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase();
}
