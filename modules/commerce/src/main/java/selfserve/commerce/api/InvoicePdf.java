package selfserve.commerce.api;

/** An invoice as a PDF document, with the name a download saves it under. */
public record InvoicePdf(String invoiceNumber, byte[] content) {

    public InvoicePdf {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** {@code INV-1234ABCD5678.pdf} */
    public String fileName() {
        return invoiceNumber + ".pdf";
    }

    @Override
    public String toString() {
        return "InvoicePdf[" + invoiceNumber + ", " + content.length + " bytes]";
    }
}
