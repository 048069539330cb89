import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteLocationRaw } from 'vue-router';
import LoginPage from './auth/LoginPage.vue';
import { importsOrders, landingSection, maySee, readsCashReport, type Role, type Section } from './auth/roles';
import { ensureMe, session, userIfAny } from './auth/session';
import ControlPage from './control/ControlPage.vue';
import ScanHome from './control/ScanHome.vue';
import ScanPage from './control/ScanPage.vue';
import { scannerSetup } from './control/scanner-setup';
import EventCreate from './events/EventCreate.vue';
import EventDetail from './events/EventDetail.vue';
import EventList from './events/EventList.vue';
import AppLayout from './layout/AppLayout.vue';
import BankReconciliation from './bank/BankReconciliation.vue';
import NoTicketing from './layout/NoTicketing.vue';
import NotAllowed from './layout/NotAllowed.vue';
import NotFound from './layout/NotFound.vue';
import OrderDetail from './orders/OrderDetail.vue';
import OrderList from './orders/OrderList.vue';
import OrderImport from './orders/import/OrderImport.vue';
import SalesReport from './reports/SalesReport.vue';
import CustomerList from './customers/CustomerList.vue';
import CustomerPage from './customers/CustomerPage.vue';
import SeatingPlanEditor from './plans/SeatingPlanEditor.vue';
import SeatingPlanList from './plans/SeatingPlanList.vue';
import PromoCodeList from './promo/PromoCodeList.vue';
import GiftVoucherList from './vouchers/GiftVoucherList.vue';
import GiftVoucherOfferList from './vouchers/GiftVoucherOfferList.vue';
import ShopSettings from './shop/ShopSettings.vue';
import RegistrationFormSettings from './shop/RegistrationFormSettings.vue';
import InvitationPage from './team/InvitationPage.vue';
import PasswordResetPage from './auth/PasswordResetPage.vue';
import TeamPage from './team/TeamPage.vue';
import TicketOfficePage from './ticket-office/TicketOfficePage.vue';
import CashReportPage from './ticket-office/CashReportPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    /** The menu section a page belongs to: a role that may not use the section gets the "not allowed" page. */
    section?: Section;
    /** A page of the section that only some of its roles may use (the API refuses the others). */
    may?: (role: Role) => boolean;
    /** The scanner's pages: a door device logged in by code uses them without a user, and offline. */
    device?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
    // The invitation email's link: no login yet.
    { path: '/invitation', name: 'invitation', component: InvitationPage, meta: { public: true } },
    // A forgotten password: ask for a link (no token), then the link's page (`?token=`).
    { path: '/reset-password', name: 'password-reset', component: PasswordResetPage, meta: { public: true } },
    { path: '/', name: 'home', component: NoTicketing },
    // The installed scanner's start (its web manifest): the ticketing it scanned last, else the device login.
    { path: '/scan', name: 'scan-home', component: ScanHome, meta: { device: true } },
    // Full screen, outside the menus: a phone held in one hand at the door.
    { path: '/t/:ticketingId/scan', name: 'scan', component: ScanPage, props: true, meta: { section: 'control', device: true } },
    {
      path: '/t/:ticketingId',
      component: AppLayout,
      children: [
        { path: '', name: 'ticketing', component: NotFound },
        { path: 'control', name: 'control', component: ControlPage, props: true, meta: { section: 'control' } },
        // Its own chunk with the chart library (ADR 0048): the other pages do not load it.
        {
          path: 'control/dashboard',
          name: 'door-dashboard',
          component: () => import('./control/dashboard/DoorDashboard.vue'),
          props: true,
          meta: { section: 'control' },
        },
        { path: 'events', name: 'events', component: EventList, props: true, meta: { section: 'events' } },
        { path: 'events/new', name: 'event-new', component: EventCreate, props: true, meta: { section: 'events' } },
        { path: 'events/:eventId', name: 'event', component: EventDetail, props: true, meta: { section: 'events' } },
        { path: 'orders', name: 'orders', component: OrderList, props: true, meta: { section: 'orders' } },
        { path: 'orders/import', name: 'order-import', component: OrderImport, props: true, meta: { section: 'orders', may: importsOrders } },
        { path: 'orders/:orderId', name: 'order', component: OrderDetail, props: true, meta: { section: 'orders' } },
        { path: 'ticket-office', name: 'ticket-office', component: TicketOfficePage, props: true, meta: { section: 'ticket-office' } },
        // The clerks reach their own sessions' report from the ticket office's bar; the menu offers it to the others who read it.
        { path: 'ticket-office/report', name: 'cash-report', component: CashReportPage, props: true, meta: { may: readsCashReport } },
        { path: 'customers', name: 'customers', component: CustomerList, props: true, meta: { section: 'customers' } },
        { path: 'customers/:customerId', name: 'customer', component: CustomerPage, props: true, meta: { section: 'customers' } },
        { path: 'plans', name: 'plans', component: SeatingPlanList, props: true, meta: { section: 'plans' } },
        { path: 'plans/new', name: 'plan-new', component: SeatingPlanEditor, props: true, meta: { section: 'plans' } },
        { path: 'plans/:planId', name: 'plan', component: SeatingPlanEditor, props: true, meta: { section: 'plans' } },
        { path: 'promo-codes', name: 'promo-codes', component: PromoCodeList, props: true, meta: { section: 'promo-codes' } },
        { path: 'gift-vouchers', name: 'gift-vouchers', component: GiftVoucherList, props: true, meta: { section: 'gift-vouchers' } },
        { path: 'gift-voucher-offers', name: 'gift-voucher-offers', component: GiftVoucherOfferList, props: true, meta: { section: 'gift-voucher-offers' } },
        { path: 'shop-settings', name: 'shop-settings', component: ShopSettings, props: true, meta: { section: 'shop-settings' } },
        {
          path: 'shop-settings/registration-form',
          name: 'registration-form',
          component: RegistrationFormSettings,
          props: true,
          meta: { section: 'shop-settings' },
        },
        // Every member reaches the page; it shows each role what it may (admins change, managers read).
        { path: 'team', name: 'team', component: TeamPage, props: true },
        {
          path: 'bank-reconciliation',
          name: 'bank-reconciliation',
          component: BankReconciliation,
          props: true,
          meta: { section: 'bank-reconciliation' },
        },
        { path: 'reports', name: 'reports', component: SalesReport, props: true, meta: { section: 'reports' } },
        { path: 'forbidden', name: 'not-allowed', component: NotAllowed, props: true },
        { path: ':pathMatch(.*)*', name: 'ticketing-not-found', component: NotFound },
      ],
    },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFound, meta: { public: true } },
  ],
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The ids a page reads from its address: one that cannot be an id is a wrong address, not a form error. */
const PATH_IDS = ['eventId', 'orderId', 'planId', 'customerId'] as const;

/** Where a member of a ticketing starts: the first section of their role (control: the control page). */
export function landingOf(ticketingId: string): RouteLocationRaw {
  const access = session.me?.ticketings.find((t) => t.id === ticketingId);
  return { name: access ? landingSection(access.role) : 'events', params: { ticketingId } };
}

/**
 * The scanner's pages (ADR 0049): a device set up in this browser scans with its own token, even
 * offline and without a user; without one, a member registers it, anyone else logs it in by code.
 */
async function deviceRoute(to: RouteLocationNormalized): Promise<RouteLocationRaw | boolean | null> {
  const code = typeof to.query.code === 'string';
  if (to.name === 'scan-home') {
    const last = scannerSetup.lastTicketing();
    if (!code && last && scannerSetup.load(last)) return { name: 'scan', params: { ticketingId: last } };
    const ticketings = !code && (await userIfAny()) ? (session.me?.ticketings ?? []) : [];
    const member = ticketings.find((t) => t.id === last) ?? ticketings[0];
    return member ? { name: 'scan', params: { ticketingId: member.id } } : true;
  }
  const ticketingId = to.params.ticketingId as string;
  if ((!code && scannerSetup.load(ticketingId)) || !(await userIfAny())) return true;
  // A member: the section's rules, as for every page.
  return null;
}

router.beforeEach(async (to) => {
  if (to.meta.device) {
    const decided = await deviceRoute(to);
    if (decided !== null) return decided;
  }
  if (to.meta.public) {
    // A wrong address shows its page to everyone; a signed-in user gets the menus around it.
    if (to.name === 'not-found') await ensureMe();
    return true;
  }
  if (!(await ensureMe())) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  // Home is the first ticketing's landing page; the page itself only shows when the user has none.
  const first = session.me?.ticketings[0];
  if (to.name === 'home' && first) return landingOf(first.id);
  const ticketingId = typeof to.params.ticketingId === 'string' ? to.params.ticketingId : null;
  if (ticketingId && to.name === 'ticketing') return landingOf(ticketingId);
  if (ticketingId && PATH_IDS.some((key) => typeof to.params[key] === 'string' && !UUID.test(to.params[key] as string))) {
    return { name: 'ticketing-not-found', params: { ticketingId, pathMatch: to.path.split('/').slice(3) }, query: to.query, hash: to.hash };
  }
  const access = ticketingId ? session.me?.ticketings.find((t) => t.id === ticketingId) : undefined;
  if (access && ((to.meta.section && !maySee(access.role, to.meta.section)) || (to.meta.may && !to.meta.may(access.role)))) {
    return { name: 'not-allowed', params: { ticketingId }, query: { from: to.fullPath } };
  }
  return true;
});
