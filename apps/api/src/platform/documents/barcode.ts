import bwipjs from 'bwip-js';
import type { Content } from 'pdfmake/interfaces';

/**
 * A QR code as vector SVG (bwip-js), black modules on a transparent ground: sharp at any printer's
 * resolution. Level M restores a smudged or scratched tenth of a thermal print.
 */
export function qrCodeSvg(text: string): string {
  const options: bwipjs.RenderOptions & { eclevel: 'M' } = { bcid: 'qrcode', text, eclevel: 'M' };
  return bwipjs.toSVG(options);
}

const mm = (v: number) => (v * 72) / 25.4;

/**
 * A ticket's barcode (ADR 0041) as a vector Code 128 with its digits under the bars, grouped by
 * three as text (for a cashier to type, and for the page's text to hold). 18 digits are set C:
 * 134 modules, drawn 50 mm wide (a 0.37 mm module, three dots of a 203 dpi thermal head) and
 * 12 mm tall, inside the quiet zones scanners need.
 */
export function code128Block(digits: string, margin: [number, number, number, number]): Content {
  const svg = bwipjs.toSVG({ bcid: 'code128', text: digits, height: 12, paddingwidth: 10 });
  return {
    stack: [
      { svg, width: mm(50 + 2 * 3.7), alignment: 'center' },
      { text: digits.replace(/(\d{3})(?=\d)/g, '$1 '), alignment: 'center', fontSize: 10, margin: [0, 2, 0, 0] },
    ],
    margin,
  };
}
