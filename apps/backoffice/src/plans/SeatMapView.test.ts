import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SeatMapView from './SeatMapView.vue';

const seat = (n: number, status: 'free' | 'sold') => ({
  id: `s${n}`,
  label: `A${n}`,
  x: n * 20,
  y: 10,
  status,
  zoneId: 'z1',
  blocked: false,
  blockReason: null,
});
const plan = { planId: 'p1', name: 'Parterre', width: 200, height: 40, seats: [seat(1, 'sold'), seat(2, 'free'), seat(3, 'free'), seat(4, 'free')] };

function mountMap() {
  return mount(SeatMapView, {
    attachTo: document.body,
    props: {
      plans: [plan] as never,
      selected: new Set<string>(),
      stateOf: (s: { status: string }) => s.status,
      choosable: (s: { status: string }) => s.status === 'free',
      describe: (s: { label: string }) => s.label,
      testidPrefix: 'seat-',
      legend: [],
    },
  });
}

const tabStops = (map: ReturnType<typeof mountMap>) => map.findAll('[tabindex="0"]').map((c) => c.attributes('data-testid'));

describe('the seat map at the keyboard', () => {
  it('is one Tab stop, on the first free seat, that follows the arrow keys', async () => {
    const map = mountMap();
    expect(tabStops(map)).toEqual(['seat-A2']);
    expect(map.get('[data-testid="seat-A3"]').attributes('tabindex')).toBe('-1');
    await map.get('[data-testid="seat-A2"]').trigger('keydown', { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-testid')).toBe('seat-A3');
    await map.vm.$nextTick();
    expect(tabStops(map)).toEqual(['seat-A3']);
    map.unmount();
  });

  it('still chooses a seat with Enter', async () => {
    const map = mountMap();
    await map.get('[data-testid="seat-A3"]').trigger('keydown', { key: 'Enter' });
    expect(map.emitted('toggle')?.[0]).toEqual([plan.seats[2]]);
    map.unmount();
  });
});
