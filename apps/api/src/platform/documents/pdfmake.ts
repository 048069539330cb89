import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake 0.3 is a singleton; fonts are read once and kept in memory (embedding is the cost).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- @types/pdfmake describes 0.2, not the 0.3 singleton
export const pdfmake = require('pdfmake') as {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  addFonts(f: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const faces = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
for (const file of Object.values(faces)) pdfmake.virtualfs.writeFileSync(file, readFileSync(join(fontDir, file)));
// Helvetica is one of PDF's standard fonts (nothing embedded): the QR-bill's payment part is set in it,
// as its standard asks, and the SVG renderer finds it by that name.
pdfmake.addFonts({
  Roboto: faces,
  Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
