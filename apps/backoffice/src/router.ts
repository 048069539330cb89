import { createRouter, createWebHistory } from 'vue-router';
import LoginPage from './auth/LoginPage.vue';
import { ensureMe, session } from './auth/session';
import EventCreate from './events/EventCreate.vue';
import EventDetail from './events/EventDetail.vue';
import EventList from './events/EventList.vue';
import AppLayout from './layout/AppLayout.vue';
import NoTicketing from './layout/NoTicketing.vue';
import OrderDetail from './orders/OrderDetail.vue';
import OrderList from './orders/OrderList.vue';
import SalesReport from './reports/SalesReport.vue';
import CustomerList from './customers/CustomerList.vue';
import CustomerPage from './customers/CustomerPage.vue';
import SeatingPlanEditor from './plans/SeatingPlanEditor.vue';
import SeatingPlanList from './plans/SeatingPlanList.vue';
import PromoCodeList from './promo/PromoCodeList.vue';
import GiftVoucherList from './vouchers/GiftVoucherList.vue';
import GiftVoucherOfferList from './vouchers/GiftVoucherOfferList.vue';
import ShopSettings from './shop/ShopSettings.vue';
import InvitationPage from './team/InvitationPage.vue';
import TeamPage from './team/TeamPage.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
    // The invitation email's link: no login yet.
    { path: '/invitation', name: 'invitation', component: InvitationPage, meta: { public: true } },
    { path: '/', name: 'home', component: NoTicketing },
    {
      path: '/t/:ticketingId',
      component: AppLayout,
      children: [
        { path: '', redirect: { name: 'events' } },
        { path: 'events', name: 'events', component: EventList, props: true },
        { path: 'events/new', name: 'event-new', component: EventCreate, props: true },
        { path: 'events/:eventId', name: 'event', component: EventDetail, props: true },
        { path: 'orders', name: 'orders', component: OrderList, props: true },
        { path: 'orders/:orderId', name: 'order', component: OrderDetail, props: true },
        { path: 'customers', name: 'customers', component: CustomerList, props: true },
        { path: 'customers/:customerId', name: 'customer', component: CustomerPage, props: true },
        { path: 'plans', name: 'plans', component: SeatingPlanList, props: true },
        { path: 'plans/new', name: 'plan-new', component: SeatingPlanEditor, props: true },
        { path: 'plans/:planId', name: 'plan', component: SeatingPlanEditor, props: true },
        { path: 'promo-codes', name: 'promo-codes', component: PromoCodeList, props: true },
        { path: 'gift-vouchers', name: 'gift-vouchers', component: GiftVoucherList, props: true },
        { path: 'gift-voucher-offers', name: 'gift-voucher-offers', component: GiftVoucherOfferList, props: true },
        { path: 'shop-settings', name: 'shop-settings', component: ShopSettings, props: true },
        { path: 'team', name: 'team', component: TeamPage, props: true },
        { path: 'reports', name: 'reports', component: SalesReport, props: true },
      ],
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!(await ensureMe())) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  // Home is the first ticketing's events; the page itself only shows when the user has none.
  const first = session.me?.ticketings[0];
  if (to.name === 'home' && first) return { name: 'events', params: { ticketingId: first.id } };
  return true;
});
