package ma.coopmarket.partner;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ma.coopmarket.security.Permission;

/** A partner platform, its permissions and the cooperatives they apply to. */
@Schema(name = "PartnerFields")
public record PartnerFields(
        @NotBlank @Size(max = 200) @Schema(example = "Souk Digital") String name,
        @NotNull @Size(max = 10) @Schema(example = "[\"CATALOG_READ\", \"CATALOG_WRITE\"]") List<@NotNull Permission> permissions,
        @NotNull @Size(max = 1000) List<@NotBlank String> cooperativeIds) {
}
