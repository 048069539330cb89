import '@guichet/ui/styles.css';
import './shop.css';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n/i18n';
import { router } from './router';

createApp(App).use(i18n).use(router).mount('#app');
