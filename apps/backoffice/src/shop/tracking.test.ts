import { describe, expect, it } from 'vitest';
import { draftFrom, sourceErrorsByLine, trackingRequest } from './tracking';

describe('the tracking card', () => {
  it('sends one source per line, without blanks', () => {
    const draft = { ...draftFrom(null), headSnippet: '<script>x()</script>', scriptSrc: ' https://a.ch \n\nhttps://b.ch\n' };
    expect(trackingRequest(draft)).toEqual({
      headSnippet: '<script>x()</script>',
      csp: { scriptSrc: ['https://a.ch', 'https://b.ch'], imgSrc: [], connectSrc: [] },
    });
  });

  it('says which typed source the API refused, under its list', () => {
    const draft = { ...draftFrom(null), scriptSrc: 'https://a.ch\n\n*' };
    const shown = sourceErrorsByLine({ detail: 'x', errors: [{ field: 'csp.scriptSrc[1]', message: 'must name a host' }] }, draft);
    expect(shown!.errors).toEqual([{ field: 'csp.scriptSrc', message: expect.stringMatching(/^« \* » n’est pas une source admise/) }]);
  });
});
