import { setLocale } from './i18n/i18n';

// The specs read the shop in French, the reference catalog, whatever language the test DOM's navigator claims (happy-dom: en-US).
setLocale('fr');
