package selfserve.portal.rest;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to the caller's own profile. */
@Schema(name = "MeUpdate")
public record MeUpdate(
        @NotBlank @Schema(description = "en, zh-CN, zh-TW or sv-SE", examples = "sv-SE") String locale) {
}
