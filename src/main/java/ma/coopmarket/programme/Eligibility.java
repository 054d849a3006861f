package ma.coopmarket.programme;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may apply to a call. Every rule is optional; a call without rules is open to all cooperatives. */
@Schema(name = "Eligibility")
public record Eligibility(
        @Size(max = 12) @Schema(description = "Region codes; empty or absent: any region.", example = "[\"MA-08\", \"MA-09\"]")
        List<@NotBlank @Size(max = 8) String> regions,
        @Size(max = 50) @Schema(description = "Sector codes; empty or absent: any sector.", example = "[\"AGRICULTURE\", \"CRAFTS\"]")
        List<@NotBlank @Size(max = 40) String> sectors,
        @Schema(description = "Only women's cooperatives may apply.", example = "false") Boolean womenOnly) {

    static Eligibility of(ProgrammeCall c) {
        return new Eligibility(c.eligibleRegions, c.eligibleSectors, c.womenOnly);
    }
}
