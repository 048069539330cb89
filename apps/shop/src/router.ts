import { createRouter, createWebHistory } from 'vue-router';
import CartPage from './cart/CartPage.vue';
import CheckoutPage from './checkout/CheckoutPage.vue';
import { stepOf } from './checkout/checkout-steps';
import EventPage from './events/EventPage.vue';
import GiftVoucherPage from './gift-vouchers/GiftVoucherPage.vue';
import OrderConfirmation from './orders/OrderConfirmation.vue';
import PersonalisationPage from './orders/PersonalisationPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import ShopHome from './shop/ShopHome.vue';
import ShopLanding from './shop/ShopLanding.vue';
import { track } from './tracking/tracking';
import { accountRoutes } from './account/routes';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/',
      name: 'landing',
      component: ShopLanding,
      beforeEnter: () => {
        const slug = import.meta.env.VITE_DEFAULT_SHOP;
        return slug ? { name: 'shop', params: { slug } } : true;
      },
    },
    { path: '/shop/:slug', name: 'shop', component: ShopHome, props: true },
    { path: '/shop/:slug/events/:eventId', name: 'event', component: EventPage, props: true },
    { path: '/shop/:slug/gift-vouchers', name: 'gift-vouchers', component: GiftVoucherPage, props: true },
    { path: '/shop/:slug/cart/:cartId', name: 'cart', component: CartPage, props: true },
    {
      path: '/shop/:slug/cart/:cartId/checkout',
      name: 'checkout',
      component: CheckoutPage,
      props: (route) => ({ ...route.params, step: stepOf(route.query.step) }),
    },
    {
      path: '/shop/:slug/orders/:orderId/personalisation',
      name: 'personalisation',
      component: PersonalisationPage,
      props: (route) => ({ ...route.params, token: String(route.query.token ?? '') }),
    },
    {
      path: '/shop/:slug/orders/:orderId',
      name: 'order',
      component: OrderConfirmation,
      // `transaction`: the card payment attempt the provider sent the customer back from.
      props: (route) => ({
        ...route.params,
        token: String(route.query.token ?? ''),
        transaction: typeof route.query.transaction === 'string' ? route.query.transaction : null,
      }),
    },
    ...accountRoutes,
    // Any other address is a real "Page introuvable", not the home page (issue 8).
    { path: '/shop/:slug/:rest(.*)*', name: 'shop-not-found', component: NotFoundPage, props: (route) => ({ slug: route.params.slug, what: 'page' }) },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, props: { what: 'page' } },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

router.afterEach((to) => track('ike_page_changed', { path: to.fullPath }));
