// exceljs and pdfkit (with their fonts) cost about half a second at every start when imported at
// the top of a module (docs/performance.md, figure g profile), and most starts never export. The
// features that read or write XLSX and PDF load them here on first use instead.
export const loadExcelJs = async (): Promise<typeof import('exceljs')> => (await import('exceljs')).default;
export const loadPdfKit = async (): Promise<typeof import('pdfkit')> => (await import('pdfkit')).default;
