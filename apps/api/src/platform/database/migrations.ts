import { OrganizerPasswordResets1796310916650 } from './migrations/1796310916650-organizer-password-resets';
import { UsersLoginLockout1796310315866 } from './migrations/1796310315866-users-login-lockout';
import { InvoiceDeadlines1796277648666 } from './migrations/1796277648666-invoice-deadlines';
import { ScansDateId1796275359361 } from './migrations/1796275359361-scans-date-id';
import { BankFiles1796275451718 } from './migrations/1796275451718-bank-files';
import { DoorOperations1796246817186 } from './migrations/1796246817186-door-operations';
import { OfflineScans1796244768464 } from './migrations/1796244768464-offline-scans';
import { ControlProfilesAndScanModes1796244992659 } from './migrations/1796244992659-control-profiles-and-scan-modes';
import { TicketBarcode1796243629042 } from './migrations/1796243629042-ticket-barcode';
import { ReceiptCashGivenAndVatSettings1796235896937 } from './migrations/1796235896937-receipt-cash-given-and-vat-settings';
import { CounterInvitationsAndTicketText1796232092352 } from './migrations/1796232092352-counter-invitations-and-ticket-text';
import { CounterSessions1796220594504 } from './migrations/1796220594504-counter-sessions';
import { CartRevision1796204931106 } from './migrations/1796204931106-cart-revision';
import { ShopTracking1796204931646 } from './migrations/1796204931646-shop-tracking';
import { CustomerAccounts1796205211224 } from './migrations/1796205211224-customer-accounts';
import { RegistrationForm1796205286320 } from './migrations/1796205286320-registration-form';
import { InvoiceOrders1796194365404 } from './migrations/1796194365404-invoice-orders';
import { InvoiceSettings1796193982186 } from './migrations/1796193982186-invoice-settings';
import { CardPayments1796191486213 } from './migrations/1796191486213-card-payments';
import { IdempotencyKeys1796191427286 } from './migrations/1796191427286-idempotency-keys';
import { OrderLanguage1796191328123 } from './migrations/1796191328123-order-language';
import { OrderImports1796188734288 } from './migrations/1796188734288-order-imports';
import { Commission1796177818425 } from './migrations/1796177818425-commission';
import { OrderSearchIndexes1796176800000 } from './migrations/1796176800000-order-search-indexes';
import { CustomersAndComments1796176721813 } from './migrations/1796176721813-customers-and-comments';
import { AttendeeData1796179352188 } from './migrations/1796179352188-attendee-data';
import { TeamMembersAndInvitations1796166060000 } from './migrations/1796166060000-team-members-and-invitations';
import { VoucherCredits1796168635449 } from './migrations/1796168635449-voucher-credits';
import { ShopBranding1796172468616 } from './migrations/1796172468616-shop-branding';
import { EventImage1796172022919 } from './migrations/1796172022919-event-image';
import { VenueAddressAndDoorTime1796171446584 } from './migrations/1796171446584-venue-address-and-door-time';
import { TicketListPricesAndSeatParts1796170916583 } from './migrations/1796170916583-ticket-list-prices-and-seat-parts';
import { SeatsBlockedPerDate1796170398076 } from './migrations/1796170398076-seats-blocked-per-date';
import { SalesWindows1796169537784 } from './migrations/1796169537784-sales-windows';
import { EventDraftByDefault1796168114150 } from './migrations/1796168114150-event-draft-by-default';
import { PaymentsLedger1796164921915 } from './migrations/1796164921915-payments-ledger';
import { GiftVoucherSales1795354653644 } from './migrations/1795354653644-gift-voucher-sales';
import { BestAvailableSkipLocked1795352000000 } from './migrations/1795352000000-best-available-skip-locked';
import { HoldBestFunction1795351000000 } from './migrations/1795351000000-hold-best-function';
import { BestFreeSeatIndex1795350056622 } from './migrations/1795350056622-best-free-seat-index';
import { GiftVouchers1795348677234 } from './migrations/1795348677234-gift-vouchers';
import { TicketPosition1795348413860 } from './migrations/1795348413860-ticket-position';
import { ZonePosition1795348331579 } from './migrations/1795348331579-zone-position';
import { SeatRanking1795347392124 } from './migrations/1795347392124-seat-ranking';
import { SeatingPlans1795347182194 } from './migrations/1795347182194-seating-plans';
import { PromoCodes1795346781912 } from './migrations/1795346781912-promo-codes';
import { CatalogMultiDatePricesShopSettings1795346328030 } from './migrations/1795346328030-catalog-multi-date-prices-shop-settings';
import { RequireFunction1795345000000 } from './migrations/1795345000000-require-function';
import { InitialSchema1795344294351 } from './migrations/1795344294351-initial-schema';
import { ScanResultReplaced1796173000000 } from './migrations/1796173000000-scan-result-replaced';
// Migrations in the order they run. Generated with `pnpm --filter @guichet/api migration:generate <name>`.
export const MIGRATIONS: Function[] = [
  InitialSchema1795344294351,
  RequireFunction1795345000000,
  CatalogMultiDatePricesShopSettings1795346328030,
  PromoCodes1795346781912,
  SeatingPlans1795347182194,
  SeatRanking1795347392124,
  ZonePosition1795348331579,
  TicketPosition1795348413860,
  GiftVouchers1795348677234,
  BestFreeSeatIndex1795350056622,
  HoldBestFunction1795351000000,
  BestAvailableSkipLocked1795352000000,
  GiftVoucherSales1795354653644,
  PaymentsLedger1796164921915,
  TeamMembersAndInvitations1796166060000,
  EventDraftByDefault1796168114150,
  VoucherCredits1796168635449,
  SalesWindows1796169537784,
  SeatsBlockedPerDate1796170398076,
  TicketListPricesAndSeatParts1796170916583,
  VenueAddressAndDoorTime1796171446584,
  EventImage1796172022919,
  ShopBranding1796172468616,
  Commission1796177818425,
  CustomersAndComments1796176721813,
  OrderSearchIndexes1796176800000,
  ScanResultReplaced1796173000000,
  AttendeeData1796179352188,
  OrderImports1796188734288,
  OrderLanguage1796191328123,
  IdempotencyKeys1796191427286,
  CardPayments1796191486213,
  InvoiceSettings1796193982186,
  InvoiceOrders1796194365404,
  CartRevision1796204931106,
  ShopTracking1796204931646,
  CustomerAccounts1796205211224,
  RegistrationForm1796205286320,
  CounterSessions1796220594504,
  CounterInvitationsAndTicketText1796232092352,
  ReceiptCashGivenAndVatSettings1796235896937,
  TicketBarcode1796243629042,
  OfflineScans1796244768464,
  ControlProfilesAndScanModes1796244992659,
  DoorOperations1796246817186,
  ScansDateId1796275359361,
  BankFiles1796275451718,
  InvoiceDeadlines1796277648666,
  UsersLoginLockout1796310315866,
  OrganizerPasswordResets1796310916650,
];
