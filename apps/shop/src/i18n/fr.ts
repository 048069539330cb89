import type { components, ProblemCode } from '@guichet/api-client';

type Schemas = components['schemas'];

/**
 * The shop in French: the reference catalog. Every other language (de, it, en) has the same keys
 * (`Catalog` is this object's type), so a missing message fails the typecheck. Written for the
 * customer: what happened and what to do now.
 */

/** What the shop says for each problem code of the API, instead of the API's English `detail`. */
const problems: Record<ProblemCode, string> = {
  BAD_REQUEST: 'Votre demande n’a pas pu être traitée. Rechargez la page et réessayez.',
  CAPACITY_BELOW_TAKEN: 'Cette modification n’est pas possible : des places sont déjà vendues.',
  CAPACITY_EXCEEDED: 'Il ne reste plus assez de places pour cette date dans cette zone.',
  CART_CHANGED: 'Votre panier vient de changer (dans un autre onglet ?) : vérifiez-le et réessayez.',
  CART_CURRENCY_MISMATCH: 'Votre panier est dans une autre devise : une seule devise par commande.',
  CART_LINE_NOT_FOUND: 'Ces billets ne sont plus dans votre panier.',
  CART_TOO_BIG: 'Votre panier est plein : validez-le avant d’ajouter d’autres billets.',
  CART_CLOSED: 'Ce panier a déjà été validé ou abandonné : recommencez votre réservation.',
  CART_EXPIRED: 'Le délai de réservation de vos places est écoulé : choisissez-les à nouveau.',
  CART_NOT_FOUND: 'Ce panier n’existe plus : recommencez votre réservation.',
  CURRENCY_NOT_OFFERED: 'Cet article n’est pas proposé dans la devise de votre panier.',
  DATE_NOT_FOUND: 'Cette représentation n’est plus proposée.',
  EVENT_NOT_FOUND: 'Cet événement n’existe pas ou n’est plus en vente.',
  FORBIDDEN: 'Cette action n’est pas permise.',
  GIFT_VOUCHER_CURRENCY: 'Ce bon cadeau est dans une autre devise que votre commande.',
  GIFT_VOUCHER_EMPTY: 'Ce bon cadeau a déjà été entièrement utilisé.',
  GIFT_VOUCHER_EXPIRED: 'Ce bon cadeau a expiré.',
  GIFT_VOUCHER_NOT_FOR_VOUCHERS: 'Un bon cadeau règle des billets, pas d’autres bons cadeaux.',
  GIFT_VOUCHER_NOT_FOUND: 'Ce bon cadeau n’existe pas.',
  GIFT_VOUCHER_NOT_PAID: 'Ce bon cadeau sera utilisable dès que la commande qui l’a acheté sera payée.',
  GIFT_VOUCHER_OFFER_NOT_FOUND: 'Ce bon cadeau n’est plus proposé.',
  GIFT_VOUCHER_OFFER_NOT_ON_SALE: 'Ce bon cadeau n’est plus en vente.',
  GIFT_VOUCHER_UNAVAILABLE: 'Le solde de votre bon cadeau a changé entre-temps. Appliquez-le à nouveau pour voir ce qu’il règle.',
  GIFT_VOUCHER_UNKNOWN: 'Ce bon cadeau n’existe pas.',
  INTERNAL_ERROR: 'Un problème inattendu est survenu de notre côté. Réessayez dans un instant.',
  INVALID_CREDENTIALS: 'Adresse e-mail ou mot de passe incorrect.',
  PASSWORD_RESET_NOT_FOUND: 'Ce lien n’ouvre rien : il est incomplet, ou un lien plus récent l’a remplacé.',
  PASSWORD_RESET_EXPIRED: 'Ce lien a expiré : demandez-en un nouveau.',
  PASSWORD_RESET_USED: 'Ce lien a déjà servi.',
  USER_LOCKED_OUT: 'Trop de mots de passe erronés : la connexion est bloquée pendant 15 minutes.',
  MALFORMED_BODY: 'Votre demande n’a pas pu être lue. Rechargez la page et réessayez.',
  METHOD_NOT_ALLOWED: 'Cette action n’est pas possible ici. Rechargez la page et réessayez.',
  NO_ADJACENT_SEATS: 'Il n’y a plus autant de places côte à côte dans cette zone : choisissez-les sur le plan.',
  NOT_FOUND: 'Cette page n’existe pas.',
  NOT_READY: 'La billetterie est momentanément indisponible. Réessayez dans un instant.',
  ORDER_NOT_AWAITING_PAYMENT: 'Cette commande n’attend plus de paiement.',
  ORDER_NOT_EXCHANGEABLE: 'Seuls les billets d’une commande payée peuvent être échangés.',
  ORDER_HAS_NO_EMAIL: 'Cette commande n’a pas d’adresse e-mail : rien ne peut lui être envoyé.',
  ORDER_CHANGED: 'La commande a changé entre-temps : rien n’a été enregistré. Rechargez la page.',
  ORDER_NOT_FOUND: 'Cette commande est introuvable : vérifiez le lien reçu par e-mail.',
  PAY_WHAT_YOU_WANT_AMOUNT_TOO_LOW: 'Votre prix est inférieur au minimum de ce tarif.',
  PAY_WHAT_YOU_WANT_MINIMUM_TOO_LOW: 'Ce tarif n’est pas disponible pour le moment : choisissez-en un autre.',
  PAY_WHAT_YOU_WANT_NOT_ALLOWED: 'Le prix libre n’est pas proposé pour cet événement.',
  PAYLOAD_TOO_LARGE: 'Votre demande est trop volumineuse : réservez en plusieurs fois.',
  PAYMENT_METHOD_NOT_ALLOWED: 'Ce moyen de paiement ne convient pas à votre panier.',
  INVITATION_NOT_ALLOWED: 'Seule l’équipe de la billetterie peut offrir des invitations.',
  PLAN_IN_USE: 'Ce plan de salle ne peut plus être modifié.',
  PRICE_NOT_FOUND: 'Ce tarif n’est plus proposé.',
  PRICE_RESERVED_TO_PASSES: 'Ce tarif est réservé aux abonnés.',
  PROMO_CODE_EXISTS: 'Ce code promo existe déjà.',
  PROMO_CODE_EXPIRED: 'Ce code promo a expiré.',
  PROMO_CODE_NOT_APPLICABLE: 'Ce code promo ne s’applique à aucun billet de votre panier.',
  PROMO_CODE_NOT_FOUND: 'Ce code promo n’existe pas.',
  PROMO_CODE_NOT_YET_VALID: 'Ce code promo n’est pas encore valable.',
  PROMO_CODE_UNAVAILABLE: 'Votre code promo ne peut plus être utilisé. Retirez-le pour confirmer votre commande au plein tarif.',
  PROMO_CODE_UNKNOWN: 'Ce code promo n’existe pas.',
  PROMO_CODE_USED_UP: 'Ce code promo a déjà été utilisé autant de fois que prévu.',
  REQUEST_FAILED: 'Votre demande a été refusée. Rechargez la page et réessayez.',
  SALE_LINE_INVALID: 'Ce tarif n’est pas en vente pour cette date et cette zone.',
  SEATED_ZONE_CAPACITY: 'Le nombre de places de cette zone suit son plan de salle.',
  SEATING_PLAN_NOT_FOUND: 'Le plan de salle est introuvable.',
  SEATS_TAKEN: 'Une des places choisies vient d’être prise. Le plan est à jour : choisissez à nouveau.',
  SHOP_NOT_FOUND: 'Cette billetterie n’existe pas : vérifiez l’adresse.',
  SINGLE_DATE_EVENT: 'Cet événement n’a qu’une seule date.',
  TICKETING_NOT_FOUND: 'Cette billetterie n’existe pas.',
  TOO_MANY_DATES_FOR_SINGLE: 'Cet événement a plusieurs dates.',
  TOO_MANY_REQUESTS: 'Trop de demandes en peu de temps : patientez un instant puis réessayez.',
  UNAUTHENTICATED: 'Connectez-vous pour continuer.',
  UNSUPPORTED_MEDIA_TYPE: 'Ce format de demande n’est pas pris en charge. Rechargez la page et réessayez.',
  VALIDATION_FAILED: 'Certaines informations ne sont pas valables : vérifiez les champs signalés.',
  ZONE_NOT_FOUND: 'Cette zone n’est plus proposée.',
  GIFT_VOUCHER_CREDIT_REFUSED: 'Ce bon cadeau ne peut pas reprendre ce montant.',
  GIFT_VOUCHERS_SPENT: 'Un bon cadeau de cette commande a déjà été utilisé : la commande ne peut plus être annulée entièrement.',
  HEADERS_TOO_LARGE: 'Votre navigateur a envoyé une demande trop volumineuse. Videz les cookies de ce site et réessayez.',
  IDEMPOTENCY_KEY_IN_FLIGHT: 'Votre demande est déjà en cours de traitement. Patientez quelques secondes, puis réessayez.',
  IDEMPOTENCY_KEY_REUSED: 'Cette demande a changé depuis votre premier essai. Rechargez la page et recommencez.',
  NO_VALID_TICKETS: 'Cette commande n’a plus de billet valable.',
  NOTHING_TO_REFUND: 'Il n’y a rien à rembourser sur cette commande.',
  CUSTOMER_NOT_FOUND: 'Ce client est introuvable.',
  CUSTOMER_EMAIL_TAKEN: 'Cette adresse e-mail est déjà utilisée.',
  COMMENT_NOT_FOUND: 'Ce commentaire est introuvable.',
  COMMENT_NOT_YOURS: 'Vous ne pouvez pas modifier ce commentaire.',
  ORDER_ALREADY_CANCELLED: 'Cette commande a été annulée.',
  REFUND_EXCEEDS_PAID: 'Ce remboursement dépasse ce qui a été payé.',
  REQUEST_TIMEOUT: 'La connexion a été trop lente. Réessayez.',
  NO_PERSONAL_DATA: 'Vos billets ne demandent aucune donnée personnelle.',
  PERSONALISATION_LINK_EXPIRED: 'Ce lien a expiré. Demandez-en un nouveau à l’organisateur.',
  ATTENDEE_ANSWERS_INVALID: 'Certains champs manquent ou ne sont pas valables : corrigez-les puis enregistrez à nouveau.',
  TICKET_CANCELLED: 'Ce billet est annulé.',
  TICKET_REPLACED: 'Ce billet a été remplacé par un nouveau billet.',
  TICKET_BLACKLISTED: 'Ce billet n’est plus valable.',
  ORDER_SPANS_EVENTS: 'Cette commande contient des billets de plusieurs événements.',
  RESCHEDULE_DATE_NOT_OF_EVENT: 'Cette date n’appartient pas à cet événement.',
  RESCHEDULE_SAME_DATE: 'Vos billets sont déjà pour cette date.',
  RESCHEDULE_DATE_CANCELLED: 'Cette date est annulée.',
  RESCHEDULE_DATE_PAST: 'Cette date est passée.',
  RESCHEDULE_PRICE_NOT_ON_DATE: 'Ce tarif n’est pas proposé à cette date.',
  RESCHEDULE_NO_SEATS: 'Il ne reste pas assez de places à cette date.',
  TICKET_NOT_IN_ORDER: 'Ce billet ne fait pas partie de cette commande.',
  CONTROL_PROFILE_NOT_FOUND: 'Ce profil de contrôle n’existe pas.',
  CONTROL_DEVICE_NOT_FOUND: 'Cet appareil de contrôle n’existe pas.',
  CONTROL_PROFILE_INVALID: 'Une date ou une zone choisie n’appartient pas à cette billetterie.',
  SCAN_SELECTION_INVALID: 'Ce choix ne correspond pas à l’appareil de contrôle.',
  CONTROL_LOGIN_CODE_INVALID: 'Ce code ne permet pas de se connecter.',
  CONTROL_LOGIN_CODE_SPENT: 'Ce code a déjà servi ou a expiré.',
  SCAN_NOT_FOUND: 'Ce scan est introuvable.',
  DOOR_SUPERVISOR_ONLY: 'Seul un superviseur peut faire cela.',
  SCAN_NOT_ANNULLABLE: 'Ce scan ne peut pas être annulé.',
  SCAN_TOO_OLD: 'Ce scan est trop ancien.',
  SCAN_NOT_OVERRIDABLE: 'Ce refus ne peut pas être forcé.',
  QUICK_CANCELLATION_CODE_UNKNOWN: 'Ce code ne correspond à aucun billet.',
  TICKET_ALREADY_SCANNED: 'Ce billet a déjà été scanné.',
  TICKET_SOLD: 'Ce billet a été payé : il ne peut pas être annulé ici.',
  TICKET_NOT_FOUND: 'Ce billet est introuvable.',
  ORDER_NOT_SPLITTABLE: 'Seule une réservation à payer sur place peut être scindée, au guichet.',
  SPLIT_NO_TICKETS: 'Choisissez au moins un billet.',
  SPLIT_ALL_TICKETS: 'Tous les billets sont choisis : la réservation se valide en entier, au guichet.',
  SPLIT_TICKET_NOT_VALID: 'Un des billets choisis n’est plus valable.',
  TICKETS_NOT_CANCELLABLE: 'Certains de ces billets ne sont plus valables.',
  URI_TOO_LONG: 'Cette adresse est trop longue. Revenez à l’accueil de la billetterie.',
  MEMBER_NOT_FOUND: 'Cette personne ne fait plus partie de l’équipe.',
  MEMBER_ALREADY_EXISTS: 'Cette personne fait déjà partie de l’équipe.',
  EMAIL_BELONGS_TO_ANOTHER_ORGANIZER: 'Cette adresse appartient à une autre organisation.',
  LAST_ADMIN: 'La billetterie doit garder au moins un administrateur.',
  INVITATION_NOT_PENDING: 'Il n’y a plus d’invitation en attente.',
  INVITATION_NOT_FOUND: 'Ce lien d’invitation n’est pas valable.',
  INVITATION_EXPIRED: 'Cette invitation a expiré.',
  INVITATION_ALREADY_ACCEPTED: 'Cette invitation a déjà servi.',
  ACCOUNT_ALREADY_EXISTS: 'Cette adresse a déjà un compte sur cette billetterie : connectez-vous, ou choisissez un nouveau mot de passe.',
  ACCOUNT_NOT_CONFIRMED: 'Votre adresse e-mail n’est pas encore confirmée : ouvrez le lien que nous vous avons envoyé.',
  TOO_MANY_LOGIN_ATTEMPTS: 'Trop de mots de passe erronés : réessayez dans un quart d’heure, ou choisissez un nouveau mot de passe.',
  ACCOUNT_LINK_NOT_FOUND: 'Ce lien n’est pas valable : utilisez celui du dernier e-mail reçu.',
  ACCOUNT_LINK_EXPIRED: 'Ce lien a expiré : demandez-en un nouveau.',
  ACCOUNT_LINK_USED: 'Ce lien a déjà servi : connectez-vous.',
  ORDER_EMAIL_MISMATCH: 'Seul un compte avec l’adresse e-mail de la commande peut l’ajouter à ses commandes.',
  ORDER_CLAIMED_BY_ANOTHER_ACCOUNT: 'Cette commande appartient déjà à un autre compte.',
  EVENT_NOT_PUBLISHABLE: 'Cet événement n’est pas encore prêt à être mis en vente.',
  SALES_NOT_OPEN_YET: 'La vente n’a pas encore commencé pour ce spectacle ou ce tarif.',
  SALES_CLOSED: 'La vente est terminée pour ce spectacle ou ce tarif.',
  SEATS_NOT_BLOCKABLE: 'Ces places ne peuvent pas être bloquées : elles sont déjà réservées ou vendues.',
  EVENT_IMAGE_NOT_FOUND: 'Cette image n’est plus disponible.',
  SHOP_LOGO_NOT_FOUND: 'Ce logo n’est plus disponible.',
  IMAGE_TYPE_NOT_ALLOWED: 'Ce fichier n’est pas une image JPEG, PNG ou WebP.',
  IMAGE_TOO_LARGE: 'Cette image est trop lourde (8 Mo au plus).',
  ORDER_IMPORT_FILE_TOO_LARGE: 'Ce fichier est trop lourd : 10 Mo au plus. Découpez-le en plusieurs fichiers.',
  ORDER_IMPORT_FILE_NOT_UTF8: 'Ce fichier n’est pas en UTF-8 : enregistrez-le au format « CSV UTF-8 » puis recommencez.',
  ORDER_IMPORT_FILE_MALFORMED: 'Ce fichier ne peut pas être lu comme un CSV (guillemet non fermé, ligne avec trop ou trop peu de colonnes…).',
  ORDER_IMPORT_COLUMNS: 'L’en-tête du fichier ne nomme pas les colonnes attendues.',
  ORDER_IMPORT_FILE_EMPTY: 'Ce fichier ne contient aucune ligne de commande.',
  ORDER_IMPORT_FILE_HAS_ERRORS: 'Des lignes du fichier ont des erreurs : rien n’a été importé. Corrigez-les d’après la vérification.',
  ORDER_IMPORT_NOT_FOUND: 'Cet import est introuvable.',
  PAYMENT_TIME_OVER: 'Le délai pour payer cette commande est dépassé : ses places ont été remises en vente.',
  PAYMENT_OUTCOME_REJECTED: 'Ce résultat de paiement n’est pas signé par le prestataire : il est ignoré.',
  PAYMENT_PROVIDER_UNAVAILABLE: 'Le service de paiement par carte ne répond pas : réessayez dans un instant.',
  CARD_REFUND_FAILED: 'Le remboursement sur la carte a été refusé par le prestataire de paiement.',
  INVOICE_SETTINGS_NOT_SET: 'Cette billetterie n’accepte pas le paiement sur facture.',
  COUNTER_SESSION_ALREADY_OPEN: 'Une caisse est déjà ouverte.',
  COUNTER_SESSION_NOT_FOUND: 'Aucune session de caisse.',
  COUNTER_SESSION_CLOSED: 'La session de caisse est fermée.',
  COUNTER_REPORT_PERIOD_INVALID: 'Période de rapport non valable.',
  BANK_FILE_TOO_LARGE: 'Fichier trop volumineux.',
  BANK_FILE_UNREADABLE: 'Fichier bancaire illisible.',
  BANK_FILE_NOT_FOUND: 'Fichier bancaire introuvable.',
  BANK_ENTRY_NOT_FOUND: 'Écriture bancaire introuvable.',
  BANK_ENTRY_NOT_PAYABLE: 'Écriture bancaire non comptabilisable.',
  BANK_ENTRY_ALREADY_BOOKED: 'Écriture bancaire déjà validée.',
  TENDERS_INVALID: 'Les encaissements ne règlent pas la vente.',
  INVOICE_NOT_OFFERED: 'Cette billetterie n’accepte pas le paiement sur facture : choisissez un autre moyen de paiement.',
  ORDER_NOT_INVOICED: 'Cette commande n’est pas payée sur facture : elle n’a pas de facture.',
  INVOICE_ORDER_CANCELS_WHOLE: 'Une commande sur facture en attente de paiement s’annule en entier.',
  REGISTRATION_FORM_INVALID: 'Ce formulaire d’inscription n’est pas valable.',
  REGISTRATION_EMAIL_REQUIRED: 'L’adresse e-mail doit rester obligatoire.',
  REGISTRATION_INVALID: 'Certaines informations manquent ou ne sont pas valables : corrigez les champs indiqués.',
  UPLOAD_FIELD_UNKNOWN: 'Ce fichier ne répond à aucune question du formulaire : rechargez la page.',
  UPLOAD_TYPE_NOT_ALLOWED: 'Ce type de fichier n’est pas accepté pour cette question.',
  UPLOAD_TOO_LARGE: 'Ce fichier est trop lourd pour cette question.',
  UPLOAD_NOT_FOUND: 'Ce fichier est introuvable.',
};

/** Where the general words would be vague: what a code means in one place of the shop. */
const problemsIn = {
  /** Choosing places on an event's page. */
  booking: {
    CURRENCY_NOT_OFFERED: 'Ce tarif n’est pas proposé dans cette devise.',
    GIFT_VOUCHER_OFFER_NOT_ON_SALE: 'Un bon cadeau de votre panier n’est plus en vente : retirez-le du panier pour réserver ces places.',
  } satisfies Partial<Record<ProblemCode, string>>,
  /** Putting gift vouchers in a cart, or changing them there. */
  giftVoucherLines: {
    CURRENCY_NOT_OFFERED: 'Ce bon cadeau n’est pas vendu dans la devise de votre panier.',
    VALIDATION_FAILED: 'Cette valeur n’est pas acceptée pour ce bon cadeau.',
  } satisfies Partial<Record<ProblemCode, string>>,
  /** The promo code field of the cart. */
  promoCode: { VALIDATION_FAILED: 'Ce code promo n’est pas valable.' } satisfies Partial<Record<ProblemCode, string>>,
  /** The gift voucher field of the cart. */
  giftVoucherCode: { VALIDATION_FAILED: 'Ce code de bon cadeau n’est pas valable.' } satisfies Partial<Record<ProblemCode, string>>,
};

/** The words of each value of the API's enums, as a customer reads them. */
const labels = {
  orderStatus: {
    paid: 'Confirmée',
    reserved: 'Réservée — paiement sur place',
    cancelled: 'Annulée',
  } satisfies Record<Schemas['ShopOrderResponse']['status'], string>,
  giftVoucherStatus: {
    active: 'Utilisable',
    awaiting_payment: 'Utilisable dès le paiement de la commande',
    cancelled: 'Annulé',
  } satisfies Record<Schemas['OrderGiftVoucherResponse']['status'], string>,
  displayMode: { list: 'Liste', month: 'Mois', week: 'Semaine' } satisfies Record<Schemas['ShopSettingsResponse']['defaultDisplayMode'], string>,
};

/** The booking panel of an event's page. */
const booking = {
  title: 'Réserver',
  chooseDate: 'Choisissez une date pour voir les places et les tarifs.',
  seatChoice: 'Choix des places',
  onPlan: 'Choisir sur le plan',
  bestSeats: 'Meilleures places',
  chooseSeats: 'Choisissez vos places',
  touchSeats: 'Touchez les places libres de la zone « {zone} » (jusqu’à {max}).',
  chooseOnPlan: 'Choisissez vos places sur le plan.',
  seatsChosen: '{count} place choisie | {count} places choisies',
  bestSeatsHint: 'Nous vous attribuons les meilleures places côte à côte disponibles.',
  soldOut: 'Complet pour cette date.',
  soldOutInZone: 'Complet pour cette date dans cette zone.',
  currency: 'Devise',
  noPrice: 'Aucun tarif n’est proposé ici.',
  noPriceInCurrency: 'Aucun tarif n’est proposé ici dans cette devise.',
  yourPrice: 'Votre prix par billet ({currency})',
  minimumHint: 'Minimum {minimum} ; vous pouvez donner davantage.',
  payWhatYouWant: 'À votre prix, dès {minimum}',
  amountMissing: 'Indiquez un montant, par exemple 15.00.',
  onlyLeft: 'Il ne reste que {count} place. | Il ne reste que {count} places.',
  spreadSeats: 'Répartissez vos {count} places entre les tarifs.',
  replacesTicketsKeepsVouchers: 'Ces billets remplaceront ceux de votre panier en cours ; vos bons cadeaux y restent.',
  keepsVouchers: 'Vos bons cadeaux restent dans le panier.',
  replacesCart: 'Ce choix remplacera votre panier en cours.',
  notBooked: 'Impossible de réserver ces places',
  adding: 'Réservation…',
  addToCart: 'Ajouter au panier',
  minimumIs: 'Le minimum est de {minimum}.',
  seatsTaken: 'Ces places viennent d’être prises : {seats}. Choisissez-en d’autres sur le plan.',
};

/** ORD-5: the page where the customer completes or corrects the attendee data of their tickets. */
const personalisation = {
  title: 'Données des participants',
  intro: 'Commande {number} : complétez ou corrigez les informations demandées pour chaque billet. Ce lien est valable jusqu’au {until}.',
  ticket: 'Billet {n}',
  required: 'obligatoire',
  choose: 'Choisir…',
  yes: 'Oui',
  complete: 'Complet',
  incomplete: 'À compléter',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Merci : les données ont été enregistrées.',
  none: 'Aucun billet de cette commande ne demande de données personnelles.',
  refused: 'Enregistrement impossible',
  unavailable: 'Lien indisponible',
  fieldRequired: 'Ce champ est obligatoire.',
  fieldInvalid: 'Cette réponse n’est pas valable.',
};

/** The page shown for an address the shop does not know, or an event, shop or order that does not exist. */
const notFound = {
  title: 'Page introuvable',
  lead: 'La page que vous cherchez n’existe pas ou n’est plus en ligne.',
  event: 'Cet événement n’existe pas ou n’est plus en vente.',
  shop: 'Cette billetterie n’existe pas : vérifiez l’adresse.',
  order: 'Cette commande est introuvable : vérifiez le lien reçu par e-mail.',
  backToShop: 'Retour aux événements',
  backHome: 'Retour à l’accueil',
};

/** Sales windows, on the event cards and pages and next to each price. */
const sales = {
  opensAt: 'En vente dès le {when}',
  closed: 'Vente terminée',
  priceOpensAt: 'en vente dès le {when}',
  priceClosed: 'vente terminée',
  doorsAt: 'Ouverture des portes à {time}',
};

/** Places left, on the event cards. */
const places = {
  soldOut: 'Complet',
  available: 'Places disponibles',
  availableOne: 'Disponible',
  remaining: '{count} place restante | {count} places restantes',
  book: 'Réserver →',
  dates: '{count} dates',
};

/** A seat's parts, as the cart and the confirmation list them. */
const seat = {
  zone: 'Zone',
  section: 'Section',
  row: 'Rang',
  number: 'Place',
};

/** The seat map: its legend, zoom and what a screen reader hears for each seat. */
const seatMap = {
  planLabel: 'Plan de salle {name}. Flèches pour passer d’une place à l’autre, Entrée ou Espace pour choisir.',
  stage: 'Scène',
  zoomIn: 'Agrandir le plan',
  zoomOut: 'Réduire le plan',
  zoomReset: 'Plan entier',
  zoom: 'Taille du plan',
  categories: 'Catégories',
  looks: 'Repères',
  fromPrice: 'dès {price}',
  free: 'Libre',
  yours: 'Votre choix',
  taken: 'Occupée',
  otherCategory: 'Autre catégorie (libre)',
  wheelchair: 'Fauteuil roulant',
  companion: 'Accompagnant',
  /** The letter drawn on a companion seat and in the legend. */
  companionMark: 'A',
  /** "Parterre, rang C, place 4, Catégorie 1, 52.00 CHF, libre" */
  seatLabel: '{seat}, {category}, {price}, {state}',
  seatLabelNoPrice: '{seat}, {category}, {state}',
  seatName: '{section}, rang {row}, place {number}',
  seatNameNoSection: 'Rang {row}, place {number}',
  state: {
    selected: 'choisie',
    free: 'libre',
    taken: 'occupée',
    blocked: 'non disponible',
    'other-zone': 'libre, autre catégorie',
  },
  kind: { standard: '', wheelchair: 'fauteuil roulant', companion: 'place accompagnant' },
  switched: 'Catégorie « {category} » choisie.',
};

/** The order confirmation's amounts. */
const order = {
  listPrice: 'Prix',
  subtotal: 'Sous-total',
  discount: 'Réduction ({code})',
  discountNoCode: 'Réduction',
  total: 'Total',
  free: 'Gratuit',
};

/** Words shared by several pages. */
const common = {
  loading: 'Chargement…',
};

/** The landing page (no shop chosen yet). */
const landing = {
  title: 'Billetterie en ligne',
  lead: 'Saisissez l’identifiant de la billetterie que vous souhaitez ouvrir.',
  slug: 'Identifiant de la billetterie',
  example: 'ex. remparts',
  open: 'Ouvrir',
};

/** A shop's home page: its events and gift vouchers. */
const home = {
  kicker: 'Billetterie officielle',
  lead: 'Choisissez votre spectacle et réservez vos places en quelques clics.',
  loading: 'Chargement des événements…',
  /** The events could not be read (not a missing shop: that is the not-found page). */
  unavailable: 'Les événements n’ont pas pu être chargés',
  onStage: 'À l’affiche',
  noEvents: 'Aucun événement n’est en vente pour le moment.',
  more: 'Plus d’événements',
  giftVouchers: 'Bons cadeaux',
  giftVouchersLead: 'Offrez un spectacle à vos proches : {offers}.',
  giveVoucher: 'Offrir un bon cadeau',
};

/** An event's page. */
const event = {
  allEvents: 'Tous les événements',
  notFound: 'Événement introuvable',
  range: '{count} dates, {range}',
  noDates: 'Aucune date n’est en vente pour le moment.',
  chooseDate: 'Choisissez une date',
  date: 'Date',
};

/** The date pickers of an event with several dates (list, month, week). */
const calendar = {
  onDay: 'le {day}',
  range: 'du {from} au {to}',
  previousMonth: 'Mois précédent',
  nextMonth: 'Mois suivant',
  previousWeek: 'Semaine précédente',
  nextWeek: 'Semaine suivante',
  display: 'Affichage des dates',
  soldOutAt: '{when}, complet',
  chosen: 'Choisie ✓',
  choose: 'Choisir',
};

/** Gift vouchers: their value and validity, as the shop page and the cart show them. */
const giftVouchers = {
  valueRange: 'Valeur au choix, de {min} à {max}',
  valueMissing: 'Indiquez la valeur du bon, entre {min} et {max}.',
  amountMissing: 'Indiquez un montant, par exemple {example}.',
  valueOutOfRange: 'La valeur doit être comprise entre {min} et {max}.',
  validUntil: 'Valable jusqu’au {day}',
  chooseOne: 'Choisissez au moins un bon cadeau.',
  lead: 'Offrez un spectacle : le bon se règle comme des billets, et son code s’utilise dans le panier pour payer des places.',
  loading: 'Chargement des bons cadeaux…',
  notFound: 'Bons cadeaux introuvables',
  none: 'Aucun bon cadeau n’est en vente pour le moment.',
  eachValue: 'Valeur de chaque bon ({currency})',
  fromTo: 'De {min} à {max}.',
  added: 'Ils s’ajoutent à votre panier ({cart}).',
  addedKeepingSeats: 'Ils s’ajoutent à votre panier ({cart}), sans toucher à vos places.',
  replacesCart: 'Votre panier est en {cartCurrency} : des bons cadeaux en {currency} le remplaceront.',
  notAdded: 'Impossible d’ajouter ces bons cadeaux',
  adding: 'Ajout…',
  yours: 'Vos bons cadeaux ({count})',
  copyCode: 'Copier le code {code}',
  copy: 'Copier',
  copied: 'Copié ✓',
};

/** The header: the shop's name when it has none, the cart, the language switcher. */
const header = {
  ticketing: 'Billetterie',
  cart: 'Mon panier',
};

/** The language switcher. */
const language = {
  choose: 'Langue',
};

/** The cart and its checkout form. */
const cart = {
  connectionLost:
    'La connexion a été interrompue avant la réponse. Confirmez à nouveau : si la commande est déjà passée, vous la retrouverez, sans qu’elle le soit deux fois.',
  title: 'Votre panier',
  continue: 'Continuer mes achats',
  notFound: 'Panier introuvable',
  empty: 'Vider le panier',
  emptyCart: 'Panier vide',
  /** "2 billets et 1 bon cadeau" */
  summary: '{tickets} et {vouchers}',
  tickets: '{count} billet | {count} billets',
  vouchers: '{count} bon cadeau | {count} bons cadeaux',
  seatsHeldFor: 'Places réservées encore',
  cartKeptFor: 'Panier gardé encore',
  checkedOut: 'Ce panier a déjà été validé.',
  expired: 'Le délai de réservation est écoulé.',
  seatsReleased: 'Les places ont été libérées ; choisissez-les à nouveau.',
  chooseVouchersAgain: 'Choisissez à nouveau vos bons cadeaux.',
  ticket: 'Billet',
  item: 'Article',
  giftVoucher: 'Bon cadeau',
  validity: 'Valable {months} mois',
  quantity: 'Quantité',
  quantityShort: 'Qté',
  quantityOf: 'Quantité de {name}',
  remove: 'Retirer',
  removeLine: 'Retirer {name}',
  vouchersNotChanged: 'Impossible de modifier les bons cadeaux',
  promoCode: 'Code promo',
  promoApplied: 'Code {code} appliqué{amount}',
  promoMissing: 'Saisissez un code promo.',
  apply: 'Appliquer',
  voucherApplied: 'Bon cadeau appliqué :',
  voucherMissing: 'Saisissez le code de votre bon cadeau.',
  use: 'Utiliser',
  voucherPaysTickets: 'Un bon cadeau règle des billets, pas d’autres bons cadeaux.',
  addTickets: 'Ajouter des billets : vos bons cadeaux resteront dans le panier.',
  yourDetails: 'Vos coordonnées',
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'E-mail',
  sentTickets: 'Vos billets vous seront envoyés à cette adresse.',
  sentVouchers: 'Vos bons cadeaux vous seront envoyés à cette adresse.',
  sentTicketsAndVouchers: 'Vos billets et bons cadeaux vous seront envoyés à cette adresse.',
  completeDetails: 'Merci de compléter vos coordonnées.',
  payment: 'Paiement',
  freeOrder: 'Commande gratuite',
  noPayment: 'Aucun paiement n’est requis.',
  payOnSite: 'Paiement sur place',
  payAtDesk: 'Vous réglez {amount} à la caisse.',
  payAtDeskBeforeShow: 'Vous réglez {amount} à la caisse avant la représentation.',
  vouchersUsableOncePaid: 'Vos bons cadeaux seront utilisables dès le paiement de la commande.',
  notPlaced: 'La commande n’a pas pu être validée',
  reapplyVoucher: 'Appliquer à nouveau le bon cadeau',
  removePromo: 'Retirer le code promo',
  confirming: 'Validation…',
  confirm: 'Confirmer la commande',
};

/** The cart's ticket lines, grouped by event and date, and adding to the open cart. */
const cartLines = {
  addsToCart: 'Ces billets s’ajoutent à votre panier en cours.',
  linesNotChanged: 'Impossible de modifier le panier',
  removing: 'Retrait…',
  lineLabel: '{price}, {event}, {date}',
};

/** The order's page after checkout (and from the emailed link). */
const confirmation = {
  notFound: 'Commande introuvable',
  thanks: 'Merci ! Commande {number}',
  sentTickets: 'Une confirmation avec vos billets a été envoyée à {email}.',
  sentVouchers: 'Une confirmation avec vos bons cadeaux a été envoyée à {email}.',
  sentTicketsAndVouchers: 'Une confirmation avec vos billets et bons cadeaux a été envoyée à {email}.',
  dueAtDesk: 'Le montant de {amount} est à régler à la caisse.',
  dueAtDeskBeforeShow: 'Le montant de {amount} est à régler à la caisse avant la représentation.',
  downloadTickets: 'Télécharger mes billets (PDF)',
  downloadVouchers: 'Télécharger mes bons cadeaux (PDF)',
  yourTickets: 'Vos billets ({count})',
  paidWithVoucher: 'Payé avec le bon cadeau {code}',
  due: 'Reste à payer',
};

/** The shop's footer: the organizer's contact details and links. */
const footer = {
  contact: 'Contact',
  legal: 'Informations légales',
  terms: 'Conditions générales de vente',
  privacy: 'Protection des données',
  poweredBy: 'Billetterie en ligne propulsée par Guichet',
  logoAlt: 'Logo de {name}',
  imageAlt: 'Image de « {name} »',
};

/** Customer accounts (ADR 0029): sign up, confirm, log in, passwords, my orders, claiming a guest order. */
const account = {
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  newPassword: 'Nouveau mot de passe',
  firstName: 'Prénom',
  lastName: 'Nom',
  passwordRule: 'Au moins 10 caractères, avec au moins une lettre et un chiffre ou un symbole.',
  menu: {
    label: 'Mon compte',
    login: 'Se connecter',
    orders: 'Mes commandes',
    logout: 'Se déconnecter',
  },
  login: {
    title: 'Se connecter',
    refused: 'Connexion impossible',
    resend: 'Renvoyer le lien de confirmation',
    resent: 'Si ce compte attend sa confirmation, un nouveau lien vient de lui être envoyé.',
    submit: 'Se connecter',
    forgot: 'Mot de passe oublié ?',
    noAccount: 'Pas encore de compte ? En créer un',
  },
  signUp: {
    title: 'Créer un compte',
    intro: 'Retrouvez vos commandes et vos billets à tout moment.',
    sentTitle: 'Vérifiez votre boîte e-mail',
    sent: 'Nous avons envoyé un lien de confirmation à {email}. Ouvrez-le pour activer votre compte.',
    refused: 'Le compte n’a pas pu être créé',
    submit: 'Créer mon compte',
    haveAccount: 'Déjà un compte ? Se connecter',
  },
  confirm: {
    title: 'Confirmation du compte',
    failed: 'Confirmation impossible',
    done: 'Votre adresse est confirmée : vous êtes connecté.',
  },
  forgot: {
    title: 'Mot de passe oublié',
    intro: 'Indiquez l’adresse de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe.',
    sent: 'Si un compte existe pour {email}, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il reste valable une heure.',
    submit: 'Envoyer le lien',
  },
  reset: {
    title: 'Nouveau mot de passe',
    refused: 'Le mot de passe n’a pas pu être changé',
    submit: 'Enregistrer et se connecter',
    again: 'Demander un nouveau lien',
  },
  orders: {
    title: 'Mes commandes',
    intro: 'Bonjour {name} — les commandes de {email}.',
    none: 'Aucune commande pour l’instant.',
    number: 'Commande {number}',
    open: 'Voir',
    download: 'Télécharger les billets',
    more: 'Plus de commandes',
  },
  claim: {
    intro: 'Cette commande a été passée avec votre adresse {email}. Ajoutez-la à vos commandes pour la retrouver dans votre compte.',
    submit: 'Ajouter à mes commandes',
    done: 'Cette commande est dans vos commandes.',
  },
};

/** French words for the fields the API may name in a refusal (its own messages are in English). */
const fields = {
  customer: {
    firstName: 'Indiquez votre prénom.',
    lastName: 'Indiquez votre nom.',
    email: 'Indiquez une adresse e-mail valide.',
    title: 'Choisissez une civilité.',
    company: 'Indiquez votre entreprise.',
    address: 'Indiquez votre adresse.',
    zip: 'Indiquez votre NPA.',
    city: 'Indiquez votre localité.',
    country: 'Choisissez votre pays.',
    mobile: 'Indiquez un numéro de mobile valable (+41 79 123 45 67).',
    dateOfBirth: 'Indiquez une date de naissance passée.',
  },
  email: 'Indiquez une adresse e-mail valide.',
  password: 'Au moins 10 caractères, avec au moins une lettre et un chiffre ou un symbole.',
  firstName: 'Indiquez votre prénom.',
  lastName: 'Indiquez votre nom.',
  code: 'Ce code n’est pas valable.',
  other: 'Cette valeur n’est pas acceptée.',
};

/** Paying by card (PAY-1): the choice at checkout, and the order page while the payment is on its way. */
const cardPayment = {
  choice: 'Carte bancaire',
  choiceHint: 'VISA ou MasterCard, avec 3-D Secure, sur la page sécurisée de notre prestataire de paiement.',
  redirecting: 'Redirection vers la page de paiement…',
  awaiting: 'Votre commande attend son paiement par carte.',
  deadline: 'Vos places vous sont réservées jusqu’à {time}.',
  pay: 'Payer {amount} par carte',
  payAgain: 'Réessayer le paiement',
  checking: 'Nous attendons la confirmation de votre banque…',
  failedTitle: 'Le paiement n’a pas abouti',
  failedNote: 'Réponse de la banque : {note}',
  failedHelp: 'Essayez avec une autre carte (VISA ou MasterCard) ou contactez votre banque.',
  expired: 'Le délai de paiement est dépassé : la commande a été annulée et ses places remises en vente.',
  statusAwaiting: 'En attente du paiement',
  order: 'Commande',
};

/** The checkout's steps (SHOP-5): delivery, details (contact and attendees), payment. */
const checkout = {
  title: 'Commande',
  progress: 'Étapes de la commande',
  stepOf: 'Étape {n} sur {total}',
  steps: { delivery: 'Livraison', details: 'Coordonnées', payment: 'Paiement' },
  order: 'Commander',
  backToCart: 'Retour au panier',
  back: 'Retour',
  next: 'Continuer',
  deliveryTitle: 'Comment recevez-vous votre commande ?',
  eTickets: 'Billets électroniques par e-mail',
  eTicketsHint: 'Un PDF à imprimer ou à présenter sur votre téléphone à l’entrée, envoyé à votre adresse e-mail.',
  eVouchers: 'Bons cadeaux par e-mail',
  eVouchersHint: 'Un PDF avec le code de chaque bon, envoyé à votre adresse e-mail.',
  onlyDelivery: 'C’est le seul mode de livraison proposé pour cette commande.',
  attendeesTitle: 'Participants',
  attendeesIntro: 'Certains billets demandent des informations sur leur détenteur.',
  attendeesNow: 'Je les remplis maintenant',
  attendeesLater: 'Je les remplirai plus tard',
  attendeesLaterHint: 'L’organisateur vous enverra un lien pour compléter ces informations.',
  ticket: 'Billet {n} · {price}',
  completeAttendees: 'Complétez les informations des participants, ou choisissez de les remplir plus tard.',
  yourOrder: 'Votre commande',
  changeCart: 'Modifier le panier',
  paymentTitle: 'Comment payez-vous ?',
};

/** Paying by invoice (PAY-3): the choice at checkout, and the order page until it is paid. */
const invoice = {
  choice: 'Facture (QR-facture)',
  choiceHint: 'La facture vous est envoyée par e-mail, à payer au plus tard le {date} avec sa QR-facture. Vos billets suivent dès réception du paiement.',
  title: 'Votre facture',
  sent: 'La facture a été envoyée à {email}.',
  amount: 'Montant',
  dueBy: 'À payer jusqu’au',
  reference: 'Référence',
  howToPay: 'Payez avec la QR-facture au bas de la facture (scannez-la dans votre application bancaire) : sa référence fait reconnaître votre paiement.',
  ticketsFollow: 'Vos billets vous seront envoyés par e-mail dès réception du paiement.',
  download: 'Télécharger la facture (PDF)',
  status: 'En attente du paiement de la facture',
};

/** SHOP-3: the registration form the organizer configured, at checkout. */
const registration = {
  title: 'Civilité',
  titles: {
    mrs: 'Madame',
    mr: 'Monsieur',
    other: 'Autre',
  },
  company: 'Entreprise',
  address: 'Adresse',
  zip: 'NPA',
  city: 'Localité',
  country: 'Pays',
  mobile: 'Mobile',
  dateOfBirth: 'Date de naissance',
  optional: 'facultatif',
  choose: 'Choisir…',
  fileHint: '{types}, {size} au plus',
  uploading: 'Envoi du fichier…',
  uploaded: 'Fichier joint : {name}',
  errors: {
    required: 'Ce champ est obligatoire.',
    number: 'Indiquez un nombre.',
    date: 'Indiquez une date valable.',
    choice: 'Choisissez une des propositions.',
    fileType: 'Ce type de fichier n’est pas accepté ({types}).',
    fileSize: 'Ce fichier est trop lourd : {size} au plus.',
    upload: 'Le fichier n’a pas pu être envoyé : réessayez.',
  },
};

export const fr = {
  problems,
  problemsIn,
  labels,
  booking,
  personalisation,
  notFound,
  sales,
  places,
  seat,
  seatMap,
  order,
  common,
  landing,
  home,
  event,
  calendar,
  giftVouchers,
  header,
  language,
  cart,
  cartLines,
  confirmation,
  footer,
  account,
  fields,
  cardPayment,
  checkout,
  invoice,
  registration,
};
