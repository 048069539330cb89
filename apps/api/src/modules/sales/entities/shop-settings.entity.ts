import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const DISPLAY_MODES = ['list', 'month', 'week'] as const;
/** How the shop shows the dates of a multi-date event: a list, a monthly or a weekly calendar. */
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** The organizer's shop options (one row per ticketing; defaults apply until saved). */
@Entity('shop_settings')
@Check('shop_settings_default_offered', `default_display_mode = ANY (display_modes)`)
export class ShopSettings {
  @PrimaryColumn('uuid')
  ticketingId: string;

  @Column('text', { array: true })
  displayModes: DisplayMode[];

  @Column('text')
  defaultDisplayMode: DisplayMode;

  /** Whether the shop tells buyers how many places remain. */
  @Column('boolean')
  showRemaining: boolean;
}
