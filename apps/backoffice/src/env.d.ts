/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Public origin of the shop SPA, for links to an event's shop page. */
  readonly VITE_SHOP_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
