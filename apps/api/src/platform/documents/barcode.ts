import bwipjs from 'bwip-js';

/**
 * A QR code as vector SVG (bwip-js), black modules on a transparent ground: sharp at any printer's
 * resolution. Level M restores a smudged or scratched tenth of a thermal print.
 */
export function qrCodeSvg(text: string): string {
  const options: bwipjs.RenderOptions & { eclevel: 'M' } = { bcid: 'qrcode', text, eclevel: 'M' };
  return bwipjs.toSVG(options);
}
