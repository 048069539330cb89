import type { DocumentWords } from './fr';

/** Italian (Switzerland). */
export const it: DocumentWords = {
  labelled: (label, value) => `${label}: ${value}`,
  hello: (name) => `Buongiorno ${name},`,
  seat: { section: 'settore', row: 'fila', number: 'posto' },
  free: 'gratuito',
  methods: { cash: 'contanti', card: 'carta', bank_transfer: 'bonifico', gift_voucher: 'buono regalo', other: 'altro mezzo' },
  confirmation: {
    subject: (ticketing, number) => `${ticketing} — il suo ordine ${number}`,
    fileName: (number) => `ordine-${number}.pdf`,
    thanks: (number, attached) =>
      `Grazie per il suo ordine ${number}. ${
        attached.vouchers === 0
          ? 'I suoi biglietti sono allegati'
          : attached.tickets === 0
            ? 'I suoi buoni regalo sono allegati'
            : 'I suoi biglietti e buoni regalo sono allegati'
      } a questo messaggio (PDF).`,
    doorsAt: (time) => ` — apertura delle porte alle ${time}`,
    afterDiscount: (list, amount) => `${list} (dopo lo sconto: ${amount})`,
    giftVouchers: 'Buoni regalo',
    voucher: (code, amount, until, note) => `Buono regalo ${code}: ${amount}, valido fino al ${until}${note}.`,
    voucherAwaitingPayment: ' — utilizzabile dal pagamento dell’ordine',
    voucherCancelled: ' — annullato',
    amounts: 'Importi',
    subtotal: 'Subtotale',
    discount: 'Sconto',
    total: 'Totale',
    voucherPaid: (code) => `Pagato con buono regalo ${code}`,
    paid: 'Pagato',
    payOnSite: 'Da pagare sul posto',
    due: 'Resta da pagare',
    online: 'Il suo ordine online',
  },
  cancellation: {
    subject: (ticketing, number) => `${ticketing} — annullamento, ordine ${number}`,
    whole: (number) => `Il suo ordine ${number} è stato annullato.`,
    some: (number) => `Alcuni biglietti del suo ordine ${number} sono stati annullati:`,
    noLongerValid: 'Questi biglietti non sono più validi all’ingresso.',
  },
  receipt: {
    subject: (ticketing, number) => `${ticketing} — ricevuta di pagamento, ordine ${number}`,
    title: (number) => `Ricevuta di pagamento — ordine ${number}`,
    orderAmount: 'Importo dell’ordine',
    received: (day, method) => `Ricevuto il ${day} (${method})`,
    refunded: (day, method) => `Rimborsato il ${day} (${method})`,
    totalPaid: 'Totale pagato',
    due: 'Resta da pagare',
  },
  invoice: {
    subject: (ticketing: string, number: string) => `${ticketing} — fattura, ordine ${number}`,
    reminderSubject: (ticketing: string, number: string) => `${ticketing} — promemoria: fattura, ordine ${number}`,
    reminder: (number: string, amount: string, dueOn: string) =>
      `Promemoria: non abbiamo ancora ricevuto il pagamento del vostro ordine ${number}. La fattura è di nuovo allegata (PDF): ${amount} da pagare entro il ${dueOn} con la sezione pagamento (QR-fattura). Senza pagamento entro questa data, l’ordine sarà annullato. Se avete pagato nel frattempo, non tenete conto di questo messaggio.`,
    fileName: (number: string) => `fattura-${number}.pdf`,
    attached: (number: string, amount: string, dueOn: string) =>
      `Grazie per il vostro ordine ${number}. La fattura è allegata (PDF): ${amount} da pagare entro il ${dueOn} con la sezione pagamento (QR-fattura). I biglietti vi saranno inviati non appena ricevuto il pagamento.`,
    title: (number: string) => `Fattura — ordine ${number}`,
    date: 'Data',
    dueBy: 'Pagabile entro il',
    billedTo: 'Fatturato a',
    item: 'Descrizione',
    amount: 'Importo',
    total: 'Totale',
    paid: 'Già pagato',
    due: 'Importo da pagare',
    howToPay:
      'Pagate con la sezione pagamento qui sotto (QR-fattura): il suo riferimento identifica il vostro ordine. I biglietti vi saranno inviati non appena ricevuto il pagamento.',
    /** The language of the QR-bill's payment part (swissqrbill). */
    qrBill: 'IT',
  },
  slip: {
    title: 'Ricevuta',
    fileName: (number) => `ricevuta-${number}.pdf`,
    order: 'Ordine',
    date: 'Data',
    soldBy: 'Venduto da',
    cancelled: 'annullato',
    subtotal: 'Subtotale',
    discount: (code) => (code ? `Sconto (${code})` : 'Sconto'),
    total: 'Totale',
    payments: 'Pagamenti',
    refunds: 'Rimborsi',
    paid: 'Totale pagato',
    due: 'Da pagare',
    thanks: 'Grazie e buono spettacolo!',
    given: 'Ricevuto',
    change: 'Resto',
    vatNumber: 'N. IVA',
    vat: (rate: string) => `di cui IVA ${rate}:`,
  },
  pdf: {
    title: (number) => `Ordine ${number}`,
    doorsOpen: (time) => `Apertura delle porte: ${time}`,
    awaitingPayment: (due) => `Prenotazione — non pagata: da pagare sul posto (${due})`,
    zone: 'Zona',
    price: 'Tariffa',
    section: 'Settore',
    row: 'Fila',
    seat: 'Posto',
    holder: 'Titolare',
    invitation: 'Invito',
    order: 'Ordine',
    giftVoucher: 'Buono regalo',
    code: 'Codice',
    voucherValid: (until) => `Valido fino al ${until}, in una o più volte, sulla biglietteria online o alla cassa.`,
    voucherWasCancelled: 'Questo buono regalo è stato annullato.',
    voucherPendingPayment: 'Utilizzabile dal pagamento dell’ordine.',
    voucherCancelled: 'ANNULLATO — questo buono non è più utilizzabile.',
  },
};
