import '@guichet/ui/styles.css';
import './shop.css';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, restoreLocale } from './i18n/i18n';
import { router } from './router';

restoreLocale();
createApp(App).use(i18n).use(router).mount('#app');
