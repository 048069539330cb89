import type { components } from '@guichet/api-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../auth/session';
import CommentItem from './CommentItem.vue';

type Comment = components['schemas']['OrderCommentResponse'];
type Role = components['schemas']['TicketingAccessResponse']['role'];

const api = vi.hoisted(() => ({ PATCH: vi.fn(), DELETE: vi.fn() }));
vi.mock('../api/client', () => ({ api, tokenStore: { get: () => null, set: () => {}, clear: () => {} } }));

const comment: Comment = {
  id: 'c1',
  about: 'buyer',
  orderId: null,
  body: 'Vient en fauteuil roulant',
  author: { kind: 'user', id: 'lea', label: 'Léa Favre' },
  at: '2027-03-01T10:00:00Z',
};

function signIn(userId: string, role: Role) {
  session.me = {
    id: userId,
    email: `${userId}@example.ch`,
    name: userId,
    organizerName: 'Remparts',
    ticketings: [{ id: 't1', name: 'Remparts', role }],
  } as never;
}

const mountItem = () => mount(CommentItem, { props: { ticketingId: 't1', comment, showAbout: true } });
const path = { params: { path: { ticketingId: 't1', commentId: 'c1' } } };

describe('CommentItem', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    signIn('lea', 'ticket_office');
  });

  it('offers « Modifier » and « Supprimer » to its author and to an admin, not to a colleague', async () => {
    expect(mountItem().find('[data-testid="edit-comment"]').text()).toBe('Modifier');
    expect(mountItem().find('[data-testid="delete-comment"]').text()).toBe('Supprimer');
    signIn('ana', 'admin');
    expect(mountItem().find('[data-testid="edit-comment"]').exists()).toBe(true);
    signIn('marc', 'manager');
    const item = mountItem();
    expect(item.find('[data-testid="edit-comment"]').exists()).toBe(false);
    expect(item.find('[data-testid="delete-comment"]').exists()).toBe(false);
    expect(item.get('[data-testid="comment-body"]').text()).toBe('Vient en fauteuil roulant');
    expect(item.get('[data-testid="comment-about"]').text()).toBe('Acheteur');
  });

  it('edits the text in place and hands the saved comment up', async () => {
    const saved = { ...comment, body: 'Vient en fauteuil roulant, avec un accompagnant' };
    api.PATCH.mockResolvedValue({ data: saved });
    const item = mountItem();
    await item.get('[data-testid="edit-comment"]').trigger('click');
    const input = item.get<HTMLTextAreaElement>('[data-testid="comment-edit-input"]');
    expect(input.element.value).toBe('Vient en fauteuil roulant');
    await input.setValue('Vient en fauteuil roulant, avec un accompagnant');
    await item.get('[data-testid="comment-edit-form"]').trigger('submit');
    await flushPromises();
    expect(api.PATCH).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/comments/{commentId}', {
      ...path,
      body: { body: 'Vient en fauteuil roulant, avec un accompagnant' },
    });
    expect(item.emitted('edited')).toEqual([[saved]]);
    expect(item.find('[data-testid="comment-edit-form"]').exists()).toBe(false);
  });

  it('keeps the form open with the field’s words when the text is refused, and cannot save a blank text', async () => {
    api.PATCH.mockResolvedValue({
      error: { code: 'VALIDATION_FAILED', status: 400, title: 'Bad Request', detail: 'x', errors: [{ field: 'body', message: 'must not be blank' }] },
    });
    const item = mountItem();
    await item.get('[data-testid="edit-comment"]').trigger('click');
    await item.get('[data-testid="comment-edit-input"]').setValue('   ');
    expect(item.get<HTMLButtonElement>('[data-testid="save-comment"]').element.disabled).toBe(true);
    await item.get('[data-testid="comment-edit-input"]').setValue('x');
    await item.get('[data-testid="comment-edit-form"]').trigger('submit');
    await flushPromises();
    expect(item.find('[data-testid="comment-edit-form"]').exists()).toBe(true);
    expect(item.text()).toContain('Écrivez un commentaire (2000 caractères au plus).');
    expect(item.emitted('edited')).toBeUndefined();
  });

  it('asks before deleting: « Non » keeps it, « Oui, supprimer » deletes it', async () => {
    api.DELETE.mockResolvedValue({});
    const item = mountItem();
    await item.get('[data-testid="delete-comment"]').trigger('click');
    expect(item.get('[data-testid="comment-delete-confirmation"]').text()).toContain('toutes les commandes de l’acheteur');
    expect(api.DELETE).not.toHaveBeenCalled();
    await item.get('[data-testid="comment-delete-confirmation"] .btn-ghost').trigger('click');
    expect(item.find('[data-testid="comment-delete-confirmation"]').exists()).toBe(false);
    expect(api.DELETE).not.toHaveBeenCalled();

    await item.get('[data-testid="delete-comment"]').trigger('click');
    await item.get('[data-testid="confirm-delete-comment"]').trigger('click');
    await flushPromises();
    expect(api.DELETE).toHaveBeenCalledWith('/api/v1/ticketings/{ticketingId}/comments/{commentId}', path);
    expect(item.emitted('deleted')).toEqual([['c1']]);
  });

  it('says why a deletion was refused and keeps the comment; one already deleted is gone all the same', async () => {
    api.DELETE.mockResolvedValueOnce({ error: { code: 'COMMENT_NOT_YOURS', status: 403, title: 'Forbidden', detail: 'x' } });
    const item = mountItem();
    await item.get('[data-testid="delete-comment"]').trigger('click');
    await item.get('[data-testid="confirm-delete-comment"]').trigger('click');
    await flushPromises();
    expect(item.text()).toContain('Seul l’auteur du commentaire ou un administrateur peut le modifier ou le supprimer.');
    expect(item.emitted('deleted')).toBeUndefined();

    api.DELETE.mockResolvedValueOnce({ error: { code: 'COMMENT_NOT_FOUND', status: 404, title: 'Not Found', detail: 'x' } });
    await item.get('[data-testid="confirm-delete-comment"]').trigger('click');
    await flushPromises();
    expect(item.emitted('deleted')).toEqual([['c1']]);
  });
});
