import '@guichet/ui/styles.css';
import './backoffice.css';
import { createApp } from 'vue';
import App from './App.vue';
import { onUnauthorized } from './api/client';
import { logout } from './auth/session';
import { i18n } from './i18n/i18n';
import { router } from './router';

onUnauthorized(() => {
  logout();
  const current = router.currentRoute.value;
  if (current.name !== 'login') void router.push({ name: 'login', query: { redirect: current.fullPath } });
});

createApp(App).use(i18n).use(router).mount('#app');
