/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Shop slug the landing page redirects to, e.g. `remparts`. */
  readonly VITE_DEFAULT_SHOP?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
