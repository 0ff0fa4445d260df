package selfserve.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new total of licenses: to add 5 to 100, send 105. */
@Schema(name = "QuantityChange")
public record QuantityBody(@Schema(examples = "105") int quantity) {
}
