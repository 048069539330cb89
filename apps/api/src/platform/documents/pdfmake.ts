import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  addFonts(f: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let loaded: PdfMake | null = null;

/**
 * pdfmake 0.3, a singleton, loaded with its fonts on the first document rather than at boot: it weighs
 * ~26 MB, and a process that renders nothing (the API at rest, a worker importing a bank file) should
 * not carry it (bench/camt). Fonts are read once and kept in memory (embedding is the cost).
 */
export function pdfmake(): PdfMake {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- @types/pdfmake describes 0.2, not the 0.3 singleton
  const p = require('pdfmake') as PdfMake;
  const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const faces = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
  for (const file of Object.values(faces)) p.virtualfs.writeFileSync(file, readFileSync(join(fontDir, file)));
  // Helvetica is one of PDF's standard fonts (nothing embedded): the QR-bill's payment part is set in it,
  // as its standard asks, and the SVG renderer finds it by that name.
  p.addFonts({
    Roboto: faces,
    Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
  });
  p.setUrlAccessPolicy(() => false);
  p.setLocalAccessPolicy(() => false);
  return (loaded = p);
}
