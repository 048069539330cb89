import js from '@eslint/js';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.tools/**', '.var/**', 'libs/api-client/src/schema.d.ts', 'apps/api/src/platform/database/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nest decorators and TypeORM need `Function` in a few typed lists.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // One message catalog per SPA (ADR 0011): every word a user sees comes from `src/i18n`, so no
    // word is written straight into a template or its placeholder/title/aria-label/alt. The allowlist
    // holds symbols only (and "Guichet", the product name, with "G", its mark).
    files: ['apps/backoffice/src/**/*.vue', 'apps/shop/src/**/*.vue'],
    rules: {
      'vue/no-bare-strings-in-template': [
        'error',
        {
          allowlist: [
            '—',
            '·',
            '×',
            '–',
            '−',
            '/',
            '✕',
            '+',
            '-',
            ':',
            '.',
            ',',
            '%',
            '(',
            ')',
            '…',
            '€',
            'CHF',
            '⋯',
            '⌕',
            '→',
            '←',
            '↑',
            '↓',
            '‹',
            '›',
            '•',
            '*',
            '|',
            '✓',
            '✂',
            '⚠',
            '↶',
            '➜',
            '⌁',
            '♿',
            '#',
            'Guichet',
            'G',
            '/^[0-9]+$/',
          ],
          // What the user reads or hears; form values such as a radio's `value` are not words.
          attributes: { '/.+/': ['title', 'aria-label', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt'] },
        },
      ],
    },
  },
  {
    // One clock (DESIGN §3.8): the API reads "now" only from the injected Clock, so deadlines, holds
    // and sales windows are testable. `new Date(x)` converts a value and stays allowed.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/platform/clock/clock.ts', 'apps/api/src/**/*.spec.ts', 'apps/api/src/**/*.int-spec.ts', 'apps/api/src/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the injected Clock (clock.now()), not new Date().' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the injected Clock (clock.now()), not Date.now().',
        },
      ],
    },
  },
);
