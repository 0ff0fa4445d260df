/**
 * Invoice PDFs: the data an invoice shows ({@link selfserve.commerce.internal.pdf.InvoiceDocument}), its
 * texts per language, the fonts (a Latin font plus a CJK font, chosen glyph by glyph, both embedded as
 * subsets) and the page layout. Plain Java with Apache PDFBox, unit-tested without a container.
 */
package selfserve.commerce.internal.pdf;
