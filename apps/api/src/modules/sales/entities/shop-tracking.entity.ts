import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** SHOP-7: the organizer's HEAD snippet and the sources it adds to the shop's Content-Security-Policy. */
@Entity('shop_tracking')
@Check('shop_tracking_head_snippet_length', `length(head_snippet) <= 16384`)
export class ShopTracking {
  @PrimaryColumn('uuid')
  ticketingId: string;

  /** HTML put at the end of the shop document's <head>; '' for none. */
  @Column('text', { default: '' })
  headSnippet: string;

  @Column('text', { array: true, default: '{}' })
  scriptSrc: string[];

  @Column('text', { array: true, default: '{}' })
  imgSrc: string[];

  @Column('text', { array: true, default: '{}' })
  connectSrc: string[];
}
