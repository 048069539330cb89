/**
 * The words of the documents a customer receives (emails, PDFs), in French: the reference. Every
 * other language is a `DocumentWords`, so a missing or misnamed entry fails the typecheck.
 */
export const fr = {
  /** "Sous-total : 12.00 CHF" — French puts a space before the colon. */
  labelled: (label: string, value: string) => `${label} : ${value}`,
  hello: (name: string) => `Bonjour ${name},`,
  seat: { section: 'section', row: 'rang', number: 'place' },
  free: 'gratuit',
  methods: { cash: 'espèces', card: 'carte', bank_transfer: 'virement', gift_voucher: 'bon cadeau', other: 'autre moyen' },
  confirmation: {
    subject: (ticketing: string, number: string) => `${ticketing} — votre commande ${number}`,
    fileName: (number: string) => `commande-${number}.pdf`,
    thanks: (number: string, attached: { tickets: number; vouchers: number }) =>
      `Merci pour votre commande ${number}. ${
        attached.vouchers === 0
          ? 'Vos billets sont joints'
          : attached.tickets === 0
            ? 'Vos bons cadeaux sont joints'
            : 'Vos billets et bons cadeaux sont joints'
      } à ce message (PDF).`,
    doorsAt: (time: string) => ` — ouverture des portes à ${time}`,
    afterDiscount: (list: string, amount: string) => `${list} (après réduction : ${amount})`,
    giftVouchers: 'Bons cadeaux',
    voucher: (code: string, amount: string, until: string, note: string) => `Bon cadeau ${code} : ${amount}, valable jusqu'au ${until}${note}.`,
    voucherAwaitingPayment: ' — utilisable dès le paiement de la commande',
    voucherCancelled: ' — annulé',
    amounts: 'Montants',
    subtotal: 'Sous-total',
    discount: 'Réduction',
    total: 'Total',
    voucherPaid: (code: string) => `Payé par bon cadeau ${code}`,
    paid: 'Payé',
    payOnSite: 'À régler sur place',
    due: 'Reste à payer',
    online: 'Votre commande en ligne',
  },
  cancellation: {
    subject: (ticketing: string, number: string) => `${ticketing} — annulation, commande ${number}`,
    whole: (number: string) => `Votre commande ${number} a été annulée.`,
    some: (number: string) => `Des billets de votre commande ${number} ont été annulés :`,
    noLongerValid: 'Ces billets ne sont plus valables à l’entrée.',
  },
  receipt: {
    subject: (ticketing: string, number: string) => `${ticketing} — reçu de paiement, commande ${number}`,
    title: (number: string) => `Reçu de paiement — commande ${number}`,
    orderAmount: 'Montant de la commande',
    received: (day: string, method: string) => `Reçu le ${day} (${method})`,
    refunded: (day: string, method: string) => `Remboursé le ${day} (${method})`,
    totalPaid: 'Total payé',
    due: 'Reste à payer',
  },
  invoice: {
    subject: (ticketing: string, number: string) => `${ticketing} — facture, commande ${number}`,
    reminderSubject: (ticketing: string, number: string) => `${ticketing} — rappel : facture, commande ${number}`,
    reminder: (number: string, amount: string, dueOn: string) =>
      `Rappel : nous n’avons pas encore reçu le paiement de votre commande ${number}. Votre facture est à nouveau jointe (PDF) : ${amount} à payer d’ici au ${dueOn} avec sa section paiement (QR-facture). Sans paiement à cette date, la commande sera annulée. Si vous avez payé entre-temps, ne tenez pas compte de ce message.`,
    fileName: (number: string) => `facture-${number}.pdf`,
    attached: (number: string, amount: string, dueOn: string) =>
      `Merci pour votre commande ${number}. Votre facture est jointe à ce message (PDF) : ${amount} à payer d’ici au ${dueOn} avec sa section paiement (QR-facture). Vos billets vous seront envoyés dès réception du paiement.`,
    title: (number: string) => `Facture — commande ${number}`,
    date: 'Date',
    dueBy: 'Payable jusqu’au',
    billedTo: 'Facturé à',
    item: 'Désignation',
    amount: 'Montant',
    total: 'Total',
    paid: 'Déjà payé',
    due: 'Montant à payer',
    howToPay:
      'Payez avec la section paiement ci-dessous (QR-facture) : sa référence identifie votre commande. Vos billets vous seront envoyés dès réception du paiement.',
    /** The language of the QR-bill's payment part (swissqrbill). */
    qrBill: 'FR' as 'FR' | 'DE' | 'IT' | 'EN',
  },
  /** The counter's 80 mm receipt (TO-5). */
  slip: {
    title: 'Reçu',
    fileName: (number: string) => `recu-${number}.pdf`,
    order: 'Commande',
    date: 'Date',
    soldBy: 'Vendu par',
    cancelled: 'annulé',
    subtotal: 'Sous-total',
    discount: (code: string | null) => (code ? `Réduction (${code})` : 'Réduction'),
    total: 'Total',
    payments: 'Paiements',
    refunds: 'Remboursements',
    paid: 'Total payé',
    due: 'Reste à payer',
    thanks: 'Merci et bon spectacle !',
    given: 'Reçu',
    change: 'Rendu',
    vatNumber: 'N° TVA',
    vat: (rate: string) => `dont TVA ${rate} :`,
  },
  pdf: {
    title: (number: string) => `Commande ${number}`,
    doorsOpen: (time: string) => `Ouverture des portes : ${time}`,
    awaitingPayment: (due: string) => `Réservation — non payée : à régler sur place (${due})`,
    zone: 'Zone',
    price: 'Tarif',
    section: 'Section',
    row: 'Rang',
    seat: 'Place',
    holder: 'Titulaire',
    /** Printed on the tickets of an order given away at the counter (ADR 0036). */
    invitation: 'Invitation',
    order: 'Commande',
    giftVoucher: 'Bon cadeau',
    code: 'Code',
    voucherValid: (until: string) => `Valable jusqu'au ${until}, en une ou plusieurs fois, sur la billetterie en ligne ou au guichet.`,
    voucherWasCancelled: 'Ce bon cadeau a été annulé.',
    voucherPendingPayment: 'Utilisable dès le paiement de la commande.',
    voucherCancelled: 'ANNULÉ — ce bon n’est plus utilisable.',
  },
};

export type DocumentWords = typeof fr;
