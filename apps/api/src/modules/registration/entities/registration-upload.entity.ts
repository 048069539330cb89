import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UploadType } from '../registration-form';

/**
 * A file a buyer uploaded for a file field of the form, before checkout: the bytes live in the file
 * storage under `<ticketing>/registration/<sha256>`, never in the row. Checkout ties it to the order;
 * one never tied (its cart was not checked out) is swept after a day.
 */
@Entity('registration_uploads')
@Index(['ticketingId', 'cartId'])
@Index(['ticketingId', 'orderId'])
@Index('registration_uploads_orphans_idx', ['createdAt'], { where: 'order_id IS NULL' })
@Check('registration_uploads_size_check', `size_bytes > 0`)
export class RegistrationUpload {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  cartId: string;

  /** The key of the form's file field it answers. */
  @Column('text')
  fieldKey: string;

  /** As the buyer's device named it (shown and offered on download, never used as a path). */
  @Column('text')
  fileName: string;

  /** Found from the content, not from what the browser claimed. */
  @Column('text')
  contentType: UploadType;

  @Column('integer')
  sizeBytes: number;

  @Column('text')
  sha256: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('uuid', { nullable: true })
  orderId: string | null;
}
