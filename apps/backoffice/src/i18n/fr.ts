import type { components, ProblemCode } from '@guichet/api-client';

type Schemas = components['schemas'];
type Order = Schemas['OrderResponse'];
type Payment = Schemas['PaymentResponse'];
type Ticket = Schemas['TicketResponse'];
type Price = Schemas['PriceResponse'];

/**
 * The backoffice in French: the reference catalog. Every other language has the same keys
 * (`Catalog` is this object's type), so a missing message fails the typecheck. Written for
 * organizers; the shop has its own catalog in a customer's voice.
 */

/** What the backoffice says for each problem code of the API, instead of the API's English `detail`. */
const problems: Record<ProblemCode, string> = {
  BAD_REQUEST: 'La demande n’a pas pu être comprise. Rechargez la page et réessayez.',
  CAPACITY_BELOW_TAKEN: 'La capacité ne peut pas être inférieure aux places déjà vendues ou en panier.',
  CAPACITY_EXCEEDED: 'Il ne reste pas assez de places dans cette zone à cette date.',
  CART_CLOSED: 'Ce panier a déjà été validé ou libéré.',
  CART_EXPIRED: 'Le délai de réservation de ce panier est écoulé : ses places ont été libérées.',
  CART_NOT_FOUND: 'Ce panier n’existe pas ou plus.',
  CURRENCY_NOT_OFFERED: 'Ce n’est pas vendu dans cette devise (une seule devise par commande).',
  DATE_NOT_FOUND: 'Cette date n’existe pas ou plus pour cet événement.',
  EVENT_NOT_FOUND: 'Cet événement n’existe pas ou plus.',
  FORBIDDEN: 'Votre rôle ne permet pas cette action.',
  GIFT_VOUCHER_CURRENCY: 'Ce bon cadeau est dans une autre devise que la commande.',
  GIFT_VOUCHER_EMPTY: 'Ce bon cadeau a déjà été entièrement utilisé.',
  GIFT_VOUCHER_EXPIRED: 'Ce bon cadeau a expiré.',
  GIFT_VOUCHER_NOT_FOR_VOUCHERS: 'Un bon cadeau règle des billets, pas d’autres bons cadeaux.',
  GIFT_VOUCHER_NOT_FOUND: 'Ce bon cadeau n’existe pas ou plus.',
  GIFT_VOUCHER_NOT_PAID: 'Ce bon cadeau sera utilisable une fois payée la commande qui l’a acheté.',
  GIFT_VOUCHER_OFFER_NOT_FOUND: 'Cette offre de bon cadeau n’existe pas ou plus.',
  GIFT_VOUCHER_OFFER_NOT_ON_SALE: 'Ce bon cadeau n’est pas en vente.',
  GIFT_VOUCHER_UNAVAILABLE: 'Le bon cadeau du panier ne peut plus régler ce montant : appliquez-le à nouveau ou retirez-le.',
  GIFT_VOUCHER_UNKNOWN: 'Aucun bon cadeau utilisable ne porte ce code.',
  INTERNAL_ERROR: 'Une erreur inattendue s’est produite. Réessayez ; si elle se répète, signalez-la en indiquant l’heure.',
  INVALID_CREDENTIALS: 'E-mail ou mot de passe incorrect.',
  MALFORMED_BODY: 'La demande envoyée est illisible. Rechargez la page et réessayez.',
  METHOD_NOT_ALLOWED: 'Cette action n’est pas possible ici. Rechargez la page et réessayez.',
  NO_ADJACENT_SEATS: 'Il n’y a pas assez de places libres côte à côte dans cette zone.',
  NOT_FOUND: 'Cette adresse n’existe pas. Rechargez la page.',
  NOT_READY: 'Le service est momentanément indisponible. Réessayez dans un instant.',
  ORDER_NOT_AWAITING_PAYMENT: 'Cette commande n’attend plus de paiement.',
  ORDER_NOT_FOUND: 'Cette commande n’existe pas ou plus.',
  PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW: 'Le montant choisi est inférieur au minimum de ce prix libre.',
  PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW: 'Le minimum d’un prix libre doit être supérieur à 2.00 (frais bancaires).',
  PAY_WHAT_YOU_WANT_NOT_ALLOWED: 'Le prix libre n’est pas possible pour un événement soumis à la taxe sur les divertissements (Lausanne).',
  PAYLOAD_TOO_LARGE: 'La demande est trop volumineuse : envoyez-en moins à la fois.',
  PAYMENT_METHOD_NOT_ALLOWED: 'Ce moyen de paiement ne convient pas à cette commande.',
  PLAN_IN_USE: 'Ce plan est utilisé par un événement : sa disposition ne peut plus changer. Dupliquez-le pour en faire une variante.',
  PRICE_NOT_FOUND: 'Ce tarif n’existe pas ou plus.',
  PRICE_RESERVED_TO_PASSES: 'Ce tarif est réservé aux abonnements.',
  PROMO_CODE_EXISTS: 'Ce code existe déjà.',
  PROMO_CODE_EXPIRED: 'Ce code promo a expiré.',
  PROMO_CODE_NOT_APPLICABLE: 'Ce code promo ne s’applique à aucun de ces billets (ou pas dans cette devise).',
  PROMO_CODE_NOT_FOUND: 'Ce code promo n’existe pas ou plus.',
  PROMO_CODE_NOT_YET_VALID: 'Ce code promo n’est pas encore valable.',
  PROMO_CODE_UNAVAILABLE: 'Le code promo du panier ne peut plus être utilisé : retirez-le pour continuer.',
  PROMO_CODE_UNKNOWN: 'Aucun code promo actif ne porte ce code.',
  PROMO_CODE_USED_UP: 'Ce code promo a été utilisé autant de fois que prévu.',
  REQUEST_FAILED: 'La demande a été refusée. Rechargez la page et réessayez.',
  SALE_LINE_INVALID: 'Cette date, cette zone et ce tarif ne sont pas en vente ensemble.',
  SEATED_ZONE_CAPACITY: 'Une zone placée a autant de places que son plan : sa capacité se change sur le plan de salle.',
  SEATING_PLAN_NOT_FOUND: 'Ce plan de salle n’existe pas ou plus.',
  SEATS_TAKEN: 'Certaines de ces places viennent d’être prises.',
  SHOP_NOT_FOUND: 'Aucune boutique ne porte cette adresse.',
  SINGLE_DATE_EVENT: 'Un événement à date unique ne peut avoir qu’une seule date.',
  TICKETING_NOT_FOUND: 'Cette billetterie n’existe pas ou vous n’y avez pas accès.',
  TOO_MANY_DATES_FOR_SINGLE: 'Seul un événement d’au plus une date peut passer à date unique.',
  TOO_MANY_REQUESTS: 'Trop de demandes en peu de temps : patientez un instant puis réessayez.',
  UNAUTHENTICATED: 'Votre session a expiré : reconnectez-vous.',
  UNSUPPORTED_MEDIA_TYPE: 'Ce format de demande n’est pas pris en charge. Rechargez la page et réessayez.',
  VALIDATION_FAILED: 'Vérifiez les champs signalés.',
  ZONE_NOT_FOUND: 'Cette zone n’existe pas ou plus pour cet événement.',
  GIFT_VOUCHER_CREDIT_REFUSED: 'Ce bon cadeau ne peut pas reprendre ce montant : il dépasserait sa valeur.',
  GIFT_VOUCHERS_SPENT: 'Un bon cadeau vendu avec cette commande a déjà été utilisé : annulez les billets un à un plutôt que la commande entière.',
  HEADERS_TOO_LARGE: 'La demande envoyée par le navigateur est trop volumineuse. Videz les cookies de ce site et réessayez.',
  NO_VALID_TICKETS: 'Cette commande n’a plus de billet valable à annuler.',
  NOTHING_TO_REFUND: 'Rien à rembourser : cette commande n’a rien reçu qui n’ait déjà été remboursé.',
  ORDER_ALREADY_CANCELLED: 'Cette commande est annulée : elle ne peut plus être annulée, renvoyée ni encaissée.',
  REFUND_EXCEEDS_PAID: 'Ce remboursement dépasse ce que la commande a reçu et qui n’a pas encore été remboursé.',
  REQUEST_TIMEOUT: 'La demande n’est pas arrivée à temps. Réessayez.',
  NO_PERSONAL_DATA: 'Aucun billet de cette commande ne demande de données personnelles : il n’y a rien à personnaliser.',
  PERSONALISATION_LINK_EXPIRED: 'Ce lien de personnalisation a expiré : ouvrez à nouveau la personnalisation pour en créer un.',
  ATTENDEE_ANSWERS_INVALID: 'Certaines données des participants manquent ou ne sont pas valables : corrigez les champs indiqués.',
  TICKET_CANCELLED: 'Un des billets choisis est annulé : aucune opération ne s’y applique. Retirez-le de la sélection.',
  TICKET_REPLACED: 'Un des billets choisis a été réédité ou reprogrammé : son code n’est plus valable, un nouveau billet le remplace.',
  TICKET_BLACKLISTED: 'Un des billets choisis est sur liste noire : remettez-le d’abord « non scanné » pour le rendre valable.',
  ORDER_SPANS_EVENTS: 'Cette commande contient des billets de plusieurs événements : elle ne peut pas être reprogrammée sur une seule date.',
  RESCHEDULE_DATE_NOT_OF_EVENT: 'Cette date n’appartient pas à l’événement des billets de la commande.',
  RESCHEDULE_SAME_DATE: 'Les billets de la commande sont déjà pour cette date.',
  RESCHEDULE_DATE_CANCELLED: 'Cette date est annulée : choisissez-en une autre.',
  RESCHEDULE_DATE_PAST: 'Cette date a déjà commencé : choisissez une date à venir.',
  RESCHEDULE_PRICE_NOT_ON_DATE: 'Un tarif de la commande n’est pas vendu à cette date.',
  RESCHEDULE_NO_SEATS: 'Il ne reste pas assez de places libres dans cette catégorie à cette date : rien n’a été changé.',
  TICKET_NOT_IN_ORDER: 'Un des billets choisis n’appartient pas à cette commande.',
  TICKETS_NOT_CANCELLABLE: 'Certains de ces billets ne sont plus valables (déjà annulés ou remplacés entre-temps) : rechargez la commande.',
  URI_TOO_LONG: 'L’adresse demandée est trop longue.',
  MEMBER_NOT_FOUND: 'Cette personne ne fait plus partie de l’équipe : la liste a été mise à jour.',
  MEMBER_ALREADY_EXISTS: 'Cette personne fait déjà partie de l’équipe. Pour changer son rôle, modifiez-le dans la liste.',
  EMAIL_BELONGS_TO_ANOTHER_ORGANIZER:
    'Cette adresse est déjà le compte Guichet d’une autre organisation : elle ne peut pas rejoindre cette billetterie. Demandez une autre adresse à la personne.',
  LAST_ADMIN: 'La billetterie doit garder au moins un administrateur : nommez-en un autre avant de retirer ou de changer celui-ci.',
  INVITATION_NOT_PENDING: 'Cette personne a déjà choisi son mot de passe : il n’y a plus d’invitation à renvoyer.',
  INVITATION_NOT_FOUND:
    'Ce lien d’invitation n’est pas valable : il a pu être remplacé par une invitation plus récente ou retiré. Utilisez le lien du dernier e-mail reçu.',
  INVITATION_EXPIRED: 'Cette invitation a expiré. Demandez à un administrateur de la billetterie de vous la renvoyer.',
  INVITATION_ALREADY_ACCEPTED: 'Cette invitation a déjà servi : votre mot de passe est choisi. Connectez-vous.',
  EVENT_NOT_PUBLISHABLE: 'Cet événement ne peut pas être publié : il lui manque une date programmée, une zone ou un tarif.',
  SALES_NOT_OPEN_YET: 'La vente n’est pas encore ouverte pour cet événement ou ce tarif.',
  SALES_CLOSED: 'La vente est close pour cet événement ou ce tarif.',
  SEATS_NOT_BLOCKABLE: 'Ces places ne peuvent pas être bloquées : elles sont en panier ou vendues. Rechargez le plan.',
  EVENT_IMAGE_NOT_FOUND: 'Cet événement n’a pas d’image.',
  SHOP_LOGO_NOT_FOUND: 'La boutique n’a pas de logo.',
  IMAGE_TYPE_NOT_ALLOWED: 'Ce fichier n’est pas une image JPEG, PNG ou WebP.',
  IMAGE_TOO_LARGE: 'Cette image est trop lourde : 8 Mo au plus.',
};

/** For these codes, the message shown next to the field too (the API's field messages are English). */
const problemFields: Partial<Record<ProblemCode, string>> = {
  PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW: 'Le minimum doit être supérieur à 2.00 (frais bancaires).',
  PAY_WHAT_YOU_WANT_NOT_ALLOWED: 'Pas de prix libre pour un événement soumis à la taxe sur les divertissements.',
  MEMBER_ALREADY_EXISTS: 'Déjà membre de l’équipe.',
  EMAIL_BELONGS_TO_ANOTHER_ORGANIZER: 'Adresse utilisée par une autre organisation.',
};

/** The words of each value of the API's enums. */
const labels = {
  orderStatus: { paid: 'Payée', reserved: 'Réservée', cancelled: 'Annulée' } satisfies Record<Order['status'], string>,
  ticketStatus: { valid: 'Valide', cancelled: 'Annulé', blacklisted: 'Bloqué', replaced: 'Remplacé' } satisfies Record<Ticket['status'], string>,
  scanState: { unscanned: 'Non scanné', in: 'Entré', out: 'Sorti' } satisfies Record<Ticket['scanState'], string>,
  channel: { shop: 'Boutique en ligne', ticket_office: 'Guichet', import: 'Import', api: 'API' } satisfies Record<Order['channel'], string>,
  orderPaymentMethod: { free: 'Gratuit', on_site: 'Paiement sur place', gift_voucher: 'Bon cadeau' } satisfies Record<Order['paymentMethod'], string>,
  ledgerMethod: {
    cash: 'Espèces',
    card: 'Carte',
    bank_transfer: 'Virement',
    gift_voucher: 'Bon cadeau',
    other: 'Autre moyen',
  } satisfies Record<Payment['method'], string>,
  ledgerStatus: { pending: 'En attente', succeeded: 'Effectué', failed: 'Échoué' } satisfies Record<Payment['status'], string>,
  giftVoucherStatus: {
    awaiting_payment: 'En attente du paiement',
    active: 'Utilisable',
    cancelled: 'Annulé',
  } satisfies Record<Schemas['GiftVoucherResponse']['status'], string>,
  /** An active voucher, by what is left of it. */
  giftVoucherBalance: { expired: 'Expiré', usedUp: 'Épuisé', partlyUsed: 'Entamé', unused: 'Valable' },
  giftVoucherOffer: { onSale: 'En vente', withdrawn: 'Retirée' },
  role: {
    admin: 'Administration',
    manager: 'Gestion',
    ticket_office: 'Guichet',
    control: 'Contrôle',
    accounting: 'Comptabilité',
  } satisfies Record<Schemas['TicketingAccessResponse']['role'], string>,
  /** What a role may do, in a few words after "Rôle Guichet :" (the team's form and the invitation page explain it). */
  roleHint: {
    admin: 'tout, y compris l’équipe.',
    manager: 'événements, tarifs, plans, codes promo, bons et boutique ; voit l’équipe.',
    ticket_office: 'encaisse les commandes et les bons cadeaux.',
    control: 'enregistre les appareils de contrôle à l’entrée.',
    accounting: 'consulte les commandes et les paiements.',
  } satisfies Record<Schemas['TicketingAccessResponse']['role'], string>,
  eventStatus: { draft: 'Brouillon', published: 'Publié', archived: 'Archivé' } satisfies Record<Schemas['EventResponse']['status'], string>,
  /** The status as a form offers it: what choosing it does. */
  eventStatusChoice: { published: 'Publié (en vente)', draft: 'Brouillon', archived: 'Archivé' } satisfies Record<Schemas['EventResponse']['status'], string>,
  dateStatus: { scheduled: 'Programmée', cancelled: 'Annulée' } satisfies Record<Schemas['EventDateResponse']['status'], string>,
  zoneKind: { general_admission: 'Placement libre', seated: 'Places numérotées' } satisfies Record<Schemas['ZoneResponse']['kind'], string>,
  seatKind: { standard: 'Standard', wheelchair: 'Fauteuil roulant', companion: 'Accompagnant' } satisfies Record<
    NonNullable<Schemas['SeatInput']['kind']>,
    string
  >,
  priceKind: { fixed: 'Prix fixe', free: 'Gratuit', pay_what_you_want: 'Prix libre' } satisfies Record<Price['kind'], string>,
  priceVisibility: { public: 'Public', pass_only: 'Réservé aux abonnements' } satisfies Record<Price['visibility'], string>,
  promoStatus: { active: 'Actif', withdrawn: 'Retiré', scheduled: 'À venir', expired: 'Expiré', used_up: 'Épuisé' },
  promoKind: { percentage: 'Pourcentage', fixed_amount: 'Montant fixe' } satisfies Record<Schemas['PromoCodeResponse']['kind'], string>,
  displayMode: {
    list: 'Liste',
    month: 'Calendrier mensuel',
    week: 'Calendrier hebdomadaire',
  } satisfies Record<Schemas['ShopSettingsResponse']['defaultDisplayMode'], string>,
};

/** Titles of the order history's actions (`orders.order.placed` is read as a path). */
const history = {
  orders: {
    order: {
      placed: 'Commande passée',
      paid: 'Paiement enregistré',
      email_sent: 'E-mail envoyé',
      cancelled: 'Commande annulée',
      refunded: 'Remboursement enregistré',
      resent: 'Billets renvoyés',
      rescheduled: 'Commande reprogrammée',
    },
    tickets: {
      cancelled: 'Billets annulés',
      set_unscanned: 'Billets remis non scannés',
      scanned_in: 'Billets marqués entrés',
      scanned_out: 'Billets marqués sortis',
      blacklisted: 'Billets mis sur liste noire',
      reissued: 'Billets réédités',
    },
    receipt: { resent: 'Reçu de paiement renvoyé' },
    personalisation: { opened: 'Personnalisation ouverte' },
    attendees: { updated: 'Données des participants enregistrées' },
  },
};

const orders = {
  payment: {
    alreadyPaidOn: 'Commande déjà payée (le {at}).',
    alreadyPaid: 'Commande déjà payée.',
    cancelled: 'Commande annulée : aucun paiement à enregistrer.',
    nothingDue: 'Rien à encaisser : la commande est réglée.',
    notAwaiting: 'Cette commande n’attend plus de paiement : elle est {status}.',
  },
  amounts: {
    title: 'Montant',
    tickets: 'Billets',
    giftVouchers: 'Bons cadeaux',
    promoCode: 'Code promo',
    discount: 'Réduction',
    total: 'Total',
    paid: 'Payé',
    refunded: 'Remboursé',
    due: 'Reste à payer',
    toRefund: 'À rembourser',
    paidAt: 'Payée le',
  },
  list: { paid: 'Payé', due: 'Dû', toRefund: 'à rembourser' },
  ledger: {
    title: 'Paiements',
    none: 'Aucun paiement enregistré pour cette commande.',
    free: 'Commande gratuite : aucun paiement attendu.',
    payment: 'Paiement',
    refund: 'Remboursement',
    date: 'Date',
    kind: 'Opération',
    method: 'Moyen',
    amount: 'Montant',
    status: 'État',
    reference: 'Référence',
    recordedBy: 'Enregistré par',
    bankNote: 'Note de la banque : {note}',
    reason: 'Motif : {reason}',
  },
  tickets: {
    title: 'Billets',
    selectAll: 'Sélectionner tous les billets',
    select: 'Sélectionner le billet {code}',
    selected: 'Aucun billet sélectionné | 1 billet sélectionné | {count} billets sélectionnés',
    bulkAction: 'Opération groupée',
    choose: 'Choisir une opération…',
    apply: 'Appliquer',
    event: 'Événement',
    date: 'Date',
    zone: 'Zone / place',
    price: 'Tarif',
    status: 'Statut',
    scan: 'Contrôle',
    code: 'Code',
    operation: {
      set_unscanned: 'Remettre non scanné (valable à nouveau)',
      scan_in: 'Marquer entré',
      scan_out: 'Marquer sorti',
      blacklist: 'Mettre sur liste noire',
      reissue: 'Rééditer (nouveaux codes)',
      download: 'Télécharger les billets choisis',
    },
    confirmTitle: {
      set_unscanned: 'Remettre {count} billet(s) non scanné(s) ?',
      scan_in: 'Marquer {count} billet(s) comme entré(s) ?',
      scan_out: 'Marquer {count} billet(s) comme sorti(s) ?',
      blacklist: 'Mettre {count} billet(s) sur liste noire ?',
      reissue: 'Rééditer {count} billet(s) ?',
    },
    confirmText: {
      set_unscanned: 'Les billets redeviennent valables et pourront entrer au contrôle, même s’ils étaient sur liste noire.',
      scan_in: 'Les billets seront considérés comme utilisés : le contrôle les refusera comme « déjà utilisés ».',
      scan_out: 'Les billets seront considérés comme sortis : ils pourront entrer à nouveau.',
      blacklist: 'Le contrôle refusera ces billets avec le message « billet sur liste noire ».',
      reissue:
        'Les codes actuels seront révoqués (refusés au contrôle) et de nouveaux billets les remplaceront. Les nouveaux billets ne sont pas envoyés : renvoyez la commande pour les transmettre au client.',
    },
    confirm: 'Confirmer',
    cancel: 'Annuler',
    working: 'En cours…',
    done: {
      set_unscanned: '{count} billet(s) remis non scanné(s).',
      scan_in: '{count} billet(s) marqué(s) entré(s).',
      scan_out: '{count} billet(s) marqué(s) sorti(s).',
      blacklist: '{count} billet(s) mis sur liste noire.',
      reissue: '{count} billet(s) réédité(s). Pensez à renvoyer la commande pour transmettre les nouveaux billets.',
      download: '{count} billet(s) téléchargé(s).',
    },
    refused: 'Opération refusée',
    why: {
      none: 'Sélectionnez d’abord des billets.',
      cancelled: 'Un billet choisi est annulé.',
      replaced: 'Un billet choisi a été remplacé.',
      blacklisted: 'Un billet choisi est sur liste noire : remettez-le d’abord non scanné.',
    },
  },
  personalisation: {
    open: 'Ouvrir la personnalisation',
    link: 'Lien de personnalisation pour le client (valable jusqu’au {until}) :',
  },
  reschedule: {
    open: 'Reprogrammer…',
    title: 'Reprogrammer la commande',
    intro: 'Les {count} billet(s) valable(s) passent à une autre date de « {event} ». Places et sièges sont vérifiés au moment de confirmer.',
    current: 'date actuelle',
    past: 'passée',
    cancelledDate: 'annulée',
    remaining: '{count} place(s) libre(s)',
    loading: 'Chargement des dates…',
    none: 'Aucune autre date à venir pour cet événement.',
    notify: 'Envoyer les nouveaux billets au client par e-mail',
    seats: 'Le même siège est gardé s’il est libre à la nouvelle date, sinon le meilleur siège libre de la même catégorie est attribué.',
    confirm: 'Reprogrammer',
    working: 'Reprogrammation…',
    cancel: 'Annuler',
    done: 'Commande reprogrammée au {date}.',
    refused: 'Reprogrammation refusée',
  },
};

const capacity = {
  belowTaken:
    'Refusé : {taken} place est déjà vendue ou en panier, la capacité ne peut pas descendre en dessous. | Refusé : {taken} places sont déjà vendues ou en panier, la capacité ne peut pas descendre en dessous.',
};

const plans = {
  seatsRefused: '{count} place(s) refusée(s), entourées en rouge sur le plan.',
};

/** ORD-5: the attendee data a price asks for, in the price editor. */
const attendeeFields = {
  title: 'Données des participants',
  hint: 'Ce que chaque billet de ce tarif demande à son titulaire (nominatif). Le client les complète avec le lien de personnalisation.',
  none: 'Aucune donnée demandée.',
  label: 'Question',
  kind: 'Type',
  required: 'Obligatoire',
  options: 'Choix (séparés par des virgules)',
  add: 'Ajouter une question',
  remove: 'Retirer',
  kinds: { text: 'Texte', number: 'Nombre', date: 'Date', choice: 'Choix', checkbox: 'Case à cocher' },
};

export const fr = { problems, problemFields, labels, history, orders, capacity, plans, attendeeFields };
