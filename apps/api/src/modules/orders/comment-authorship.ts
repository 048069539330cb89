import type { Actor } from '../../platform/audit/actor';
import type { Role } from '../../platform/tenancy/entities/membership.entity';
import type { OrderComment } from './entities/order-comment.entity';

/** Who asks to edit or delete a comment: the user acting, with their role in the ticketing. */
export interface CommentEditor {
  actor: Actor;
  role: Role;
}

/** ORD-10: a comment is its author's to edit or delete; an admin may do so on anyone's. */
export function mayChangeComment(comment: Pick<OrderComment, 'authorKind' | 'authorId'>, editor: CommentEditor): boolean {
  if (editor.role === 'admin') return true;
  return editor.actor.kind === 'user' && comment.authorKind === 'user' && comment.authorId !== null && comment.authorId === editor.actor.id;
}
