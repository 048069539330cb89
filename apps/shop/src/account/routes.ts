import type { RouteRecordRaw } from 'vue-router';

const token = (q: unknown) => (typeof q === 'string' ? q : '');

/** The customer account's pages (ADR 0029), under their shop. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/shop/:slug/account/login',
    name: 'account-login',
    component: () => import('./LoginPage.vue'),
    props: (route) => ({ slug: route.params.slug, redirect: token(route.query.redirect) }),
  },
  { path: '/shop/:slug/account/sign-up', name: 'account-sign-up', component: () => import('./SignUpPage.vue'), props: true },
  {
    path: '/shop/:slug/account/confirm',
    name: 'account-confirm',
    component: () => import('./ConfirmPage.vue'),
    props: (route) => ({ slug: route.params.slug, token: token(route.query.token) }),
  },
  { path: '/shop/:slug/account/forgot-password', name: 'account-forgot-password', component: () => import('./ForgotPasswordPage.vue'), props: true },
  {
    path: '/shop/:slug/account/reset-password',
    name: 'account-reset-password',
    component: () => import('./ResetPasswordPage.vue'),
    props: (route) => ({ slug: route.params.slug, token: token(route.query.token) }),
  },
  { path: '/shop/:slug/account/orders', name: 'account-orders', component: () => import('./MyOrdersPage.vue'), props: true },
];
