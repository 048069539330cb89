import type { Language } from '../../platform/documents/words';
import type { AccountLinkPurpose } from './entities/customer-account-link.entity';

/** What a confirmation or reset email says, in the account's language. */
export interface AccountMailContent {
  purpose: AccountLinkPurpose;
  language: Language;
  shopName: string;
  firstName: string;
  link: string;
  /** The link's expiry, already formatted in the language. */
  until: string;
}

interface MailWords {
  hello: (name: string) => string;
  subject: Record<AccountLinkPurpose, (shop: string) => string>;
  intro: Record<AccountLinkPurpose, (shop: string) => string>;
  action: Record<AccountLinkPurpose, string>;
  once: (until: string) => string;
  notYou: Record<AccountLinkPurpose, string>;
}

const WORDS: Record<Language, MailWords> = {
  fr: {
    hello: (n) => `Bonjour ${n},`,
    subject: { confirm_email: (s) => `Confirmez votre compte – ${s}`, reset_password: (s) => `Nouveau mot de passe – ${s}` },
    intro: {
      confirm_email: (s) => `Vous avez créé un compte client sur la billetterie « ${s} ». Pour le confirmer, ouvrez ce lien :`,
      reset_password: (s) =>
        `Vous avez demandé un nouveau mot de passe pour votre compte client de la billetterie « ${s} ». Choisissez-le en ouvrant ce lien :`,
    },
    action: { confirm_email: 'Confirmer mon compte', reset_password: 'Choisir un nouveau mot de passe' },
    once: (u) => `Ce lien ne sert qu’une fois et reste valable jusqu’au ${u}.`,
    notYou: {
      confirm_email: 'Si vous n’avez pas créé ce compte, ignorez ce message.',
      reset_password: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
    },
  },
  de: {
    hello: (n) => `Guten Tag ${n},`,
    subject: { confirm_email: (s) => `Bestätigen Sie Ihr Konto – ${s}`, reset_password: (s) => `Neues Passwort – ${s}` },
    intro: {
      confirm_email: (s) => `Sie haben bei der Ticketkasse «${s}» ein Kundenkonto eröffnet. Bestätigen Sie es über diesen Link:`,
      reset_password: (s) => `Sie haben für Ihr Kundenkonto bei der Ticketkasse «${s}» ein neues Passwort angefordert. Wählen Sie es über diesen Link:`,
    },
    action: { confirm_email: 'Konto bestätigen', reset_password: 'Neues Passwort wählen' },
    once: (u) => `Dieser Link funktioniert nur einmal und ist bis ${u} gültig.`,
    notYou: {
      confirm_email: 'Wenn Sie dieses Konto nicht eröffnet haben, ignorieren Sie diese Nachricht.',
      reset_password: 'Wenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.',
    },
  },
  it: {
    hello: (n) => `Buongiorno ${n},`,
    subject: { confirm_email: (s) => `Confermi il suo conto – ${s}`, reset_password: (s) => `Nuova password – ${s}` },
    intro: {
      confirm_email: (s) => `Ha creato un conto cliente sulla biglietteria «${s}». Per confermarlo, apra questo link:`,
      reset_password: (s) => `Ha chiesto una nuova password per il suo conto cliente della biglietteria «${s}». La scelga aprendo questo link:`,
    },
    action: { confirm_email: 'Confermare il mio conto', reset_password: 'Scegliere una nuova password' },
    once: (u) => `Questo link vale una sola volta, fino al ${u}.`,
    notYou: {
      confirm_email: 'Se non ha creato questo conto, ignori questo messaggio.',
      reset_password: 'Se non ha chiesto nulla, ignori questo messaggio: la sua password non cambia.',
    },
  },
  en: {
    hello: (n) => `Hello ${n},`,
    subject: { confirm_email: (s) => `Confirm your account – ${s}`, reset_password: (s) => `New password – ${s}` },
    intro: {
      confirm_email: (s) => `You created a customer account at the “${s}” ticket shop. To confirm it, open this link:`,
      reset_password: (s) => `You asked for a new password for your customer account at the “${s}” ticket shop. Choose it by opening this link:`,
    },
    action: { confirm_email: 'Confirm my account', reset_password: 'Choose a new password' },
    once: (u) => `This link works once, until ${u}.`,
    notYou: {
      confirm_email: 'If you did not create this account, ignore this message.',
      reset_password: 'If you did not ask for anything, ignore this message: your password stays as it is.',
    },
  },
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The email's subject, text and HTML (built from the same lines). */
export function accountMail(c: AccountMailContent): { subject: string; text: string; html: string } {
  const w = WORDS[c.language];
  const after = [w.once(c.until), w.notYou[c.purpose]];
  return {
    subject: w.subject[c.purpose](c.shopName),
    text: `${w.hello(c.firstName)}\n\n${w.intro[c.purpose](c.shopName)}\n${c.link}\n\n${after.join('\n')}\n\n${c.shopName}`,
    html:
      `<p>${escapeHtml(w.hello(c.firstName))}</p><p>${escapeHtml(w.intro[c.purpose](c.shopName))}</p>` +
      `<p><a href="${escapeHtml(c.link)}">${escapeHtml(w.action[c.purpose])}</a></p>` +
      `${after.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p>${escapeHtml(c.shopName)}</p>`,
  };
}
