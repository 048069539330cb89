import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { unavailableReason } from './ticket-selection';

const ticket = (status: components['schemas']['TicketResponse']['status']) => ({ status }) as components['schemas']['TicketResponse'];

describe('which bulk action the selected tickets allow', () => {
  it('needs a selection', () => {
    expect(unavailableReason('scan_in', [])).toBe('none');
  });

  it('says which kind of ticket refuses the action', () => {
    expect(unavailableReason('scan_in', [ticket('valid')])).toBeNull();
    expect(unavailableReason('scan_in', [ticket('valid'), ticket('cancelled')])).toBe('cancelled');
    expect(unavailableReason('reissue', [ticket('replaced')])).toBe('replaced');
    expect(unavailableReason('download', [ticket('blacklisted')])).toBe('blacklisted');
    expect(unavailableReason('set_unscanned', [ticket('blacklisted')])).toBeNull();
  });
});
