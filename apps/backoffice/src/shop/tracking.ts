import type { components } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';

type CspSources = components['schemas']['CspSourcesDto'];
export type SourceList = keyof CspSources;

/** The three lists as the form edits them: one source per line. */
export type TrackingDraft = { headSnippet: string } & Record<SourceList, string>;

export const SOURCE_LISTS: { list: SourceList; directive: string; example: string }[] = [
  { list: 'scriptSrc', directive: 'script-src', example: 'https://www.googletagmanager.com\nhttps://www.google-analytics.com\nhttps://connect.facebook.net' },
  { list: 'imgSrc', directive: 'img-src', example: 'https://www.google-analytics.com\nhttps://www.facebook.com' },
  { list: 'connectSrc', directive: 'connect-src', example: 'https://www.google-analytics.com\nhttps://www.facebook.com' },
];

export function draftFrom(saved: components['schemas']['ShopTrackingResponse'] | null): TrackingDraft {
  return {
    headSnippet: saved?.headSnippet ?? '',
    scriptSrc: (saved?.csp.scriptSrc ?? []).join('\n'),
    imgSrc: (saved?.csp.imgSrc ?? []).join('\n'),
    connectSrc: (saved?.csp.connectSrc ?? []).join('\n'),
  };
}

/** One source per line (spaces around are dropped, empty lines too). */
export const sourcesOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export function trackingRequest(draft: TrackingDraft): components['schemas']['UpdateShopTrackingRequest'] {
  return {
    headSnippet: draft.headSnippet,
    csp: { scriptSrc: sourcesOf(draft.scriptSrc), imgSrc: sourcesOf(draft.imgSrc), connectSrc: sourcesOf(draft.connectSrc) },
  };
}

/**
 * The API names a refused source `csp.scriptSrc[2]`: said here as the line the organizer typed, in
 * French, under its list (the field `csp.scriptSrc`).
 */
export function sourceErrorsByLine(problem: ProblemLike | null, draft: TrackingDraft): ProblemLike | null {
  if (!problem?.errors?.length) return problem;
  return {
    ...problem,
    errors: problem.errors.map((e) => {
      const at = /^csp\.(scriptSrc|imgSrc|connectSrc)\[(\d+)\]$/.exec(e.field);
      if (!at) return e;
      const source = sourcesOf(draft[at[1] as SourceList])[Number(at[2])] ?? '';
      return {
        field: `csp.${at[1]}`,
        message: `« ${source} » n’est pas une source admise : un hôte (https://www.googletagmanager.com, *.facebook.net) ou https: — pas de mot-clé entre apostrophes ni de *.`,
      };
    }),
  };
}

// Seed 003's examples: the Google tag and the Meta pixel, listening to the shop's triggers.
export const EXAMPLE_SNIPPET = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-XXXXXXX');
  document.addEventListener('ike_cart_add', function (e) {
    gtag('event', 'add_to_cart');
  });
</script>
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)
  }(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
  document.addEventListener('ike_cart_payment_launched', function (e) {
    fbq('init', '14085424191xxxxx');
    fbq('track', 'Purchase', { value: e.detail.topaid, currency: e.detail.currency.name });
  });
</script>`;
