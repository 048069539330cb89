import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { useEventWrite } from './useEventWrite';

type EventResponse = components['schemas']['EventResponse'];

const event = { id: 'e1' } as EventResponse;

describe('useEventWrite', () => {
  it('hands the saved event on and clears the previous problem', async () => {
    const updated: EventResponse[] = [];
    const { busy, problem, write } = useEventWrite((e) => updated.push(e));
    problem.value = { detail: 'old' };
    const pending = write(async () => ({ data: event }));
    expect(busy.value).toBe(true);
    expect(problem.value).toBeNull();
    await expect(pending).resolves.toBe(true);
    expect(busy.value).toBe(false);
    expect(updated).toEqual([event]);
  });

  it('keeps a refusal in the catalog’s words, with its fields renamed to the inputs', async () => {
    const updated: EventResponse[] = [];
    const { busy, problem, write } = useEventWrite((e) => updated.push(e));
    const error = { code: 'CAPACITY_BELOW_TAKEN' as const, detail: 'capacity below taken', errors: [{ field: 'capacity', message: 'too low' }] };
    await expect(
      write(
        async () => ({ error }),
        (field) => `zone.${field}`,
      ),
    ).resolves.toBe(false);
    expect(busy.value).toBe(false);
    expect(updated).toEqual([]);
    expect(problem.value).toEqual({
      code: 'CAPACITY_BELOW_TAKEN',
      detail: 'La capacité ne peut pas être inférieure aux places déjà vendues ou en panier.',
      errors: [{ field: 'zone.capacity', message: 'valeur refusée' }],
    });
  });
});
