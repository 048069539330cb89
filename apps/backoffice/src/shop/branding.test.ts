import { describe, expect, it } from 'vitest';
import { brandingErrors, brandingRequest, draftFrom, readableOn } from './branding';

describe('shop branding form', () => {
  it('reads the branding into text fields and sends empty ones as null', () => {
    const draft = draftFrom({
      logo: null,
      mainColor: '#7a1f3d',
      contact: { email: 'billetterie@remparts.ch', phone: null, address: 'Rue du Château 3, 1510 Moudon' },
      termsUrl: null,
      privacyUrl: 'https://remparts.ch/confidentialite',
    });
    expect(draft).toEqual({
      mainColor: '#7a1f3d',
      contactEmail: 'billetterie@remparts.ch',
      contactPhone: '',
      contactAddress: 'Rue du Château 3, 1510 Moudon',
      termsUrl: '',
      privacyUrl: 'https://remparts.ch/confidentialite',
    });
    expect(brandingRequest({ ...draft, mainColor: ' #7A1F3D ', contactPhone: '  ' })).toEqual({
      mainColor: '#7a1f3d',
      contactEmail: 'billetterie@remparts.ch',
      contactPhone: null,
      contactAddress: 'Rue du Château 3, 1510 Moudon',
      termsUrl: null,
      privacyUrl: 'https://remparts.ch/confidentialite',
    });
  });

  it('names the fields the browser can refuse', () => {
    const draft = { ...draftFrom(null), mainColor: 'rouge', contactEmail: 'billetterie', termsUrl: 'remparts.ch/cg', privacyUrl: 'javascript:alert(1)' };
    expect(brandingErrors(draft).map((e) => e.field)).toEqual(['mainColor', 'contactEmail', 'termsUrl', 'privacyUrl']);
    expect(brandingErrors(draftFrom(null))).toEqual([]);
  });

  it('writes in black on a light colour and in white on a dark one', () => {
    expect(readableOn('#7a1f3d')).toBe('#ffffff');
    expect(readableOn('#f5d90a')).toBe('#000000');
  });
});
