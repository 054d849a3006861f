package ma.coopmarket.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full set of cooperatives a manager manages (replaces the previous set). */
@Schema(name = "ManagerCooperatives")
public record ManagerCooperatives(@NotNull @Size(max = 50) List<@NotBlank String> cooperativeIds) {
}
