import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, locale, LOCALE_STORAGE_KEY, restoreLocale, setLocale, t } from '../i18n/i18n';
import LanguageSwitcher from './LanguageSwitcher.vue';

const mountSwitcher = () => mount(LanguageSwitcher, { global: { plugins: [i18n] } });

describe('LanguageSwitcher', () => {
  afterEach(() => {
    localStorage.clear();
    setLocale('fr');
  });

  it('offers FR · DE · IT · EN, each named in its own language, the current one pressed', () => {
    const switcher = mountSwitcher();
    const buttons = switcher.findAll('button');
    expect(buttons.map((b) => b.get('[aria-hidden="true"]').text())).toEqual(['FR', 'DE', 'IT', 'EN']);
    expect(buttons.map((b) => b.get('.language-name').text())).toEqual(['Français', 'Deutsch', 'Italiano', 'English']);
    expect(buttons.map((b) => b.attributes('lang'))).toEqual(['fr', 'de', 'it', 'en']);
    expect(buttons.map((b) => b.attributes('aria-pressed'))).toEqual(['true', 'false', 'false', 'false']);
    expect(switcher.get('[role="group"]').attributes('aria-label')).toBe('Langue');
  });

  it('switches the shop to the language chosen, sets <html lang> and remembers it', async () => {
    const switcher = mountSwitcher();
    await switcher.get('[data-testid="language-de"]').trigger('click');
    expect(locale()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de');
    expect(t('header.cart')).toBe('Mein Warenkorb');
    expect(switcher.get('[data-testid="language-de"]').attributes('aria-pressed')).toBe('true');
    expect(switcher.get('[data-testid="language-fr"]').attributes('aria-pressed')).toBe('false');
    expect(switcher.get('[role="group"]').attributes('aria-label')).toBe('Sprache');
  });

  it('opens next time in the language remembered, and ignores what is not one of its languages', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'it');
    restoreLocale();
    expect(locale()).toBe('it');
    expect(document.documentElement.lang).toBe('it');

    setLocale('fr');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'xx');
    restoreLocale();
    expect(locale()).toBe('fr');
  });
});
