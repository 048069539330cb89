/** The shop's words for the API's promo code refusals (422, field `code`; 409 at checkout). */
export const PROMO_MESSAGES: Record<string, string> = {
  PROMO_CODE_UNKNOWN: 'Ce code promo n’existe pas.',
  PROMO_CODE_NOT_YET_VALID: 'Ce code promo n’est pas encore valable.',
  PROMO_CODE_EXPIRED: 'Ce code promo a expiré.',
  PROMO_CODE_USED_UP: 'Ce code promo a déjà été utilisé autant de fois que prévu.',
  PROMO_CODE_NOT_APPLICABLE: 'Ce code promo ne s’applique à aucun billet de votre panier.',
  PROMO_CODE_UNAVAILABLE: 'Votre code promo ne peut plus être utilisé. Retirez-le pour confirmer votre commande au plein tarif.',
};

export function promoMessage(code: string, fallback: string): string {
  return PROMO_MESSAGES[code] ?? fallback;
}

/** What the buyer typed, as the API expects it: trimmed; the API ignores case. */
export function cleanPromoCode(input: string): string {
  return input.trim().replace(/\s+/g, '');
}
