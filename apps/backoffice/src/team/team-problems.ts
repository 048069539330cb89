import type { ProblemLike } from '@guichet/ui';

/**
 * French wording for the team's and the invitations' error codes, in one place (they move to the
 * SPAs' shared catalog later); other problems keep the API's text. `field`: the words shown under
 * the input the problem points at.
 */
const FRENCH: Record<string, { detail: string; field?: string }> = {
  MEMBER_NOT_FOUND: { detail: 'Cette personne ne fait plus partie de l’équipe : la liste a été mise à jour.' },
  MEMBER_ALREADY_EXISTS: {
    detail: 'Cette personne fait déjà partie de l’équipe. Pour changer son rôle, modifiez-le dans la liste.',
    field: 'Déjà membre de l’équipe.',
  },
  EMAIL_BELONGS_TO_ANOTHER_ORGANIZER: {
    detail:
      'Cette adresse est déjà le compte Guichet d’une autre organisation : elle ne peut pas rejoindre cette billetterie. Demandez une autre adresse à la personne.',
    field: 'Adresse utilisée par une autre organisation.',
  },
  LAST_ADMIN: { detail: 'La billetterie doit garder au moins un administrateur : nommez-en un autre avant de retirer ou de changer celui-ci.' },
  INVITATION_NOT_PENDING: { detail: 'Cette personne a déjà choisi son mot de passe : il n’y a plus d’invitation à renvoyer.' },
  INVITATION_NOT_FOUND: {
    detail:
      'Ce lien d’invitation n’est pas valable : il a pu être remplacé par une invitation plus récente ou retiré. Utilisez le lien du dernier e-mail reçu.',
  },
  INVITATION_EXPIRED: { detail: 'Cette invitation a expiré. Demandez à un administrateur de la billetterie de vous la renvoyer.' },
  INVITATION_ALREADY_ACCEPTED: { detail: 'Cette invitation a déjà servi : votre mot de passe est choisi. Connectez-vous.' },
};

export function inFrench<T extends ProblemLike>(problem: T): T {
  const french = problem.code ? FRENCH[problem.code] : undefined;
  if (!french) return problem;
  return {
    ...problem,
    detail: french.detail,
    errors: problem.errors?.map((e) => ({ ...e, message: french.field ?? e.message })),
  };
}
