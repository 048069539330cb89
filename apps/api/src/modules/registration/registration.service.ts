import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../../platform/audit/actor';
import { RecentCache } from '../../platform/cache/recent-cache';
import { Clock } from '../../platform/clock/clock';
import { readUploadedFile } from '../../platform/http/upload';
import { FileStorage } from '../../platform/storage/file-storage';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { RegistrationFormRequest, RegistrationFormResponse, RegistrationUploadResponse } from './dto/registration-form.dto';
import { sniffUploadType } from './file-signatures';
import { checkCustomer, checkForm, CustomerInput, DEFAULT_FORM, RegistrationForm, RegistrationSnapshot, UploadType } from './registration-form';
import {
  RegistrationEmailRequiredError,
  RegistrationFormInvalidError,
  RegistrationInvalidError,
  UploadFieldUnknownError,
  UploadNotFoundError,
  UploadTooLargeError,
  UploadTypeNotAllowedError,
} from './registration.errors';
import { RegistrationFormRow } from './entities/registration-form.entity';
import { RegistrationRepository } from './registration.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
const storageKey = (ticketingId: string, sha256: string) => `${ticketingId}/registration/${sha256}`;

/** SHOP-3: the registration form of a ticketing — its settings, the buyer's answers checked against it, and the files they upload. */
@Injectable()
export class RegistrationService {
  /** The form every checkout of an on-sale checks its buyer against; forgotten here when it is set. */
  private readonly forms = new RecentCache<RegistrationFormRow | null>();

  constructor(
    private readonly repo: RegistrationRepository,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
  ) {}

  /** The ticketing's form; the default one (names and email) until it is set. */
  async getForm(scope: TenantScope): Promise<RegistrationFormResponse> {
    return this.formOf(await this.repo.form(scope));
  }

  private formOf(row: RegistrationFormRow | null): RegistrationFormResponse {
    if (!row) return { ...structuredClone(DEFAULT_FORM), updatedAt: null };
    return { standard: { ...DEFAULT_FORM.standard, ...row.standard }, customFields: row.customFields, updatedAt: row.updatedAt.toISOString() };
  }

  /** Replaces the form whole. A form that hides the email or makes it optional is refused, as is a custom field without what its kind needs. */
  async setForm(scope: TenantScope, request: RegistrationFormRequest, actor: Actor): Promise<RegistrationFormResponse> {
    const { form, problems, emailHidden } = checkForm(request);
    if (emailHidden) throw new RegistrationEmailRequiredError();
    if (problems.length) throw new RegistrationFormInvalidError(problems);
    await this.repo.saveForm(scope, { standard: form.standard, customFields: form.customFields, updatedAt: this.clock.now(), updatedBy: actor.label });
    this.forms.forget(scope);
    return this.getForm(scope);
  }

  /**
   * Checks a shop buyer against the form (read before the sale's write): REGISTRATION_INVALID naming
   * each field, else what the order keeps — the contact and the answers with their labels of the day.
   */
  async checkBuyer(scope: TenantScope, cartId: string, customer: CustomerInput): Promise<RegistrationSnapshot> {
    const form = await this.form(scope);
    const fileIds = form.customFields
      .filter((f) => f.kind === 'file')
      .flatMap((f) => {
        const id = customer.answers?.[f.key];
        return typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) ? [id] : [];
      });
    const uploads = await this.repo.uploadsOfCart(scope, cartId, fileIds);
    const today = this.clock.now().toISOString().slice(0, 10);
    const { snapshot, problems } = checkCustomer(form, customer, { today, uploads });
    if (problems.length) throw new RegistrationInvalidError(problems);
    return snapshot;
  }

  /** Part of the sale's write: the files the buyer answered with now belong to the order. */
  attachFiles(scope: TenantScope, cartId: string, orderId: string, snapshot: RegistrationSnapshot): Promise<void> {
    const ids = snapshot.answers.flatMap((a) => (a.file ? [a.file.uploadId] : []));
    return this.repo.attachUploads(scope, cartId, orderId, ids);
  }

  /**
   * A buyer's file for a file field, before checkout: read up to the field's size, recognised by its
   * content (not by its name or the type the browser claims), kept in the file storage under its
   * hash. The caller has checked the cart is open.
   */
  async uploadFile(scope: TenantScope, cartId: string, fieldKey: string, request: FastifyRequest): Promise<RegistrationUploadResponse> {
    const form = await this.form(scope);
    const field = form.customFields.find((f) => f.key === fieldKey && f.kind === 'file');
    if (!field) throw new UploadFieldUnknownError(fieldKey);
    const maxBytes = field.maxBytes!;
    const file = await readUploadedFile(request, { field: 'file', maxBytes, what: 'file', tooLarge: () => new UploadTooLargeError(maxBytes) });
    const type = sniffUploadType(file.data);
    if (!type || !field.accept!.includes(type)) throw new UploadTypeNotAllowedError(field.accept!);
    const sha256 = createHash('sha256').update(file.data).digest('hex');
    await this.storage.put(storageKey(scope.ticketingId, sha256), file.data);
    const upload = {
      id: randomUUID(),
      cartId,
      fieldKey,
      fileName: cleanFileName(file.fileName, type),
      contentType: type,
      sizeBytes: file.data.length,
      sha256,
      createdAt: this.clock.now(),
      orderId: null,
    };
    await this.repo.insertUpload(scope, upload);
    return { id: upload.id, field: fieldKey, fileName: upload.fileName, contentType: type, sizeBytes: upload.sizeBytes };
  }

  /** A file an order's buyer uploaded, for the organizer's team (never public). */
  async orderFile(scope: TenantScope, orderId: string, uploadId: string): Promise<{ data: Buffer; fileName: string; contentType: string }> {
    const upload = await this.repo.orderUpload(scope, orderId, uploadId);
    const data = upload && (await this.storage.get(storageKey(scope.ticketingId, upload.sha256)));
    if (!upload || !data) throw new UploadNotFoundError();
    return { data, fileName: upload.fileName, contentType: upload.contentType };
  }

  /** The sweep: files of carts never checked out, a day on, are deleted (rows, then bytes no other upload shares). */
  async sweepOrphanFiles(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - DAY_MS);
    let total = 0;
    for (;;) {
      const { deleted, keys } = await this.repo.deleteOrphans(before, 200);
      for (const key of keys) await this.storage.delete(key);
      total += deleted;
      if (deleted === 0) return total;
    }
  }

  /** The form a buyer is checked against: from the one-second cache (an edit in another process shows within a second). */
  private async form(scope: TenantScope): Promise<RegistrationForm> {
    const { standard, customFields } = this.formOf(await this.forms.get(scope, 'form', () => this.repo.form(scope)));
    return { standard, customFields: customFields as RegistrationForm['customFields'] };
  }
}

/** The name shown and offered on download: no path, no control characters, the extension of what it is. */
function cleanFileName(name: string | undefined, type: UploadType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(0, 120);
  const ext = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }[type];
  return base || `file.${ext}`;
}
