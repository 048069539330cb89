import { CommentEditor, mayChangeComment } from './comment-authorship';

const user = (id: string, role: CommentEditor['role']): CommentEditor => ({ actor: { kind: 'user', id, label: id }, role });
const byLea = { authorKind: 'user' as const, authorId: 'lea' };

describe('who may edit or delete a comment', () => {
  it('lets its author do it, whatever their role', () => {
    expect(mayChangeComment(byLea, user('lea', 'ticket_office'))).toBe(true);
    expect(mayChangeComment(byLea, user('lea', 'manager'))).toBe(true);
  });

  it('refuses another member who is not an admin', () => {
    expect(mayChangeComment(byLea, user('marc', 'ticket_office'))).toBe(false);
    expect(mayChangeComment(byLea, user('marc', 'manager'))).toBe(false);
  });

  it('lets an admin change anyone’s comment, one without a user author too', () => {
    expect(mayChangeComment(byLea, user('ana', 'admin'))).toBe(true);
    expect(mayChangeComment({ authorKind: 'system', authorId: null }, user('ana', 'admin'))).toBe(true);
  });

  it('never matches a comment without an author id to a user', () => {
    expect(mayChangeComment({ authorKind: 'system', authorId: null }, user('lea', 'manager'))).toBe(false);
  });
});
