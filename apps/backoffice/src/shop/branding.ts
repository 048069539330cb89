import type { components } from '@guichet/api-client';

type Branding = components['schemas']['ShopBrandingResponse'];
type BrandingRequest = components['schemas']['UpdateShopBrandingRequest'];

/** The branding form: every field a text input, empty for "none". */
export interface BrandingDraft {
  mainColor: string;
  contactEmail: string;
  contactPhone: string;
  contactAddress: string;
  termsUrl: string;
  privacyUrl: string;
}

export function draftFrom(branding: Branding | null): BrandingDraft {
  return {
    mainColor: branding?.mainColor ?? '',
    contactEmail: branding?.contact.email ?? '',
    contactPhone: branding?.contact.phone ?? '',
    contactAddress: branding?.contact.address ?? '',
    termsUrl: branding?.termsUrl ?? '',
    privacyUrl: branding?.privacyUrl ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

export function brandingRequest(draft: BrandingDraft): BrandingRequest {
  return {
    mainColor: orNull(draft.mainColor)?.toLowerCase() ?? null,
    contactEmail: orNull(draft.contactEmail),
    contactPhone: orNull(draft.contactPhone),
    contactAddress: orNull(draft.contactAddress),
    termsUrl: orNull(draft.termsUrl),
    privacyUrl: orNull(draft.privacyUrl),
  };
}

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** What the browser can tell before sending, in the organizer's words, fields named like the API's. */
export function brandingErrors(draft: BrandingDraft): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const color = draft.mainColor.trim();
  if (color && !/^#[0-9a-f]{6}$/i.test(color)) errors.push({ field: 'mainColor', message: 'Une couleur s’écrit #rrggbb, par exemple #7a1f3d.' });
  const email = draft.contactEmail.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: 'contactEmail', message: 'Adresse e-mail invalide.' });
  for (const field of ['termsUrl', 'privacyUrl'] as const) {
    const url = draft[field].trim();
    if (url && !isWebUrl(url)) errors.push({ field, message: 'Indiquez une adresse web complète, commençant par https://.' });
  }
  return errors;
}

/** Black or white, whichever reads better on the colour (the preview's button text). */
export function readableOn(hex: string): '#000000' | '#ffffff' {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance > 0.4 ? '#000000' : '#ffffff';
}
