import { Injectable } from '@nestjs/common';
import { Images } from '../../platform/images/images';
import { NotFoundError } from '../../platform/http/problem';
import { FileStorage } from '../../platform/storage/file-storage';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ShopBrandingResponse, UpdateShopBrandingRequest } from './dto/shop-branding.dto';
import { ShopBranding } from './entities/shop-branding.entity';
import { SalesProblems } from './sales.errors';
import { SalesRepository } from './sales.repository';

const logoKey = (scope: TenantScope, hash: string) => `${scope.ticketingId}/logos/${hash}.png`;
const clean = (s: string | null | undefined) => s?.trim() || null;

/** SHOP-11: the shop's logo, main colour, contact details, terms and privacy links. */
@Injectable()
export class ShopBrandings {
  constructor(
    private readonly repo: SalesRepository,
    private readonly images: Images,
    private readonly storage: FileStorage,
  ) {}

  async get(scope: TenantScope, slug: string): Promise<ShopBrandingResponse> {
    return view(await this.repo.findShopBranding(scope), slug);
  }

  /** Replaces the texts and colour (the logo stays as it is). */
  async update(scope: TenantScope, slug: string, request: UpdateShopBrandingRequest): Promise<ShopBrandingResponse> {
    await this.repo.saveShopBranding(scope, {
      mainColor: request.mainColor?.toLowerCase() ?? null,
      contactEmail: clean(request.contactEmail)?.toLowerCase() ?? null,
      contactPhone: clean(request.contactPhone),
      contactAddress: clean(request.contactAddress),
      termsUrl: clean(request.termsUrl),
      privacyUrl: clean(request.privacyUrl),
    });
    return this.get(scope, slug);
  }

  /** A logo (JPEG, PNG or WebP), fitted inside 600×200 as PNG (transparency kept; pdfmake prints PNG). */
  async uploadLogo(scope: TenantScope, slug: string, data: Buffer): Promise<ShopBrandingResponse> {
    const prepared = await this.images.prepare(data, [{ name: 'logo', width: 600, height: 200, fit: 'inside', format: 'png' }], 'logo');
    await this.storage.put(logoKey(scope, prepared.hash), prepared.variants[0].data);
    await this.repo.saveShopBranding(scope, { logoHash: prepared.hash });
    return this.get(scope, slug);
  }

  async removeLogo(scope: TenantScope, slug: string): Promise<ShopBrandingResponse> {
    await this.repo.saveShopBranding(scope, { logoHash: null });
    return this.get(scope, slug);
  }

  /** The logo's PNG, or null without one (tickets are printed without it). */
  async logo(scope: TenantScope): Promise<{ data: Buffer; hash: string } | null> {
    const branding = await this.repo.findShopBranding(scope);
    const data = branding?.logoHash ? await this.storage.get(logoKey(scope, branding.logoHash)) : null;
    return data ? { data, hash: branding!.logoHash! } : null;
  }

  async requireLogo(scope: TenantScope): Promise<{ data: Buffer; hash: string }> {
    const logo = await this.logo(scope);
    if (!logo) throw new NotFoundError(SalesProblems.SHOP_LOGO_NOT_FOUND, 'Logo');
    return logo;
  }
}

function view(b: ShopBranding | null, slug: string): ShopBrandingResponse {
  const version = b?.logoHash?.slice(0, 16);
  return {
    logo: version ? { version, url: `/api/v1/shop/${encodeURIComponent(slug)}/logo?v=${version}` } : null,
    mainColor: b?.mainColor ?? null,
    contact: { email: b?.contactEmail ?? null, phone: b?.contactPhone ?? null, address: b?.contactAddress ?? null },
    termsUrl: b?.termsUrl ?? null,
    privacyUrl: b?.privacyUrl ?? null,
  };
}
