package ma.coopmarket.shared.web;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ma.coopmarket.shared.error.Problem;

/** The contract's header: what the API is, its tags in display order, and the shared Problem schema. */
@OpenAPIDefinition(
        info = @Info(title = "CoopMarket API", version = "1.0.0",
                description = "The e-commerce API of Moroccan cooperatives: the national directory, the product "
                        + "catalogue, orders and trainings. Texts come in French, Arabic and English; prices are "
                        + "exact decimals in MAD. Every error is RFC 9457 application/problem+json.",
                contact = @Contact(name = "CoopMarket platform team", email = "api@coopmarket.ma"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Reference data", description = "Regions, activity sectors, product categories and training topics."),
                @Tag(name = "Cooperatives", description = "The national directory of cooperatives."),
                @Tag(name = "Products", description = "The catalogue of the cooperatives' products."),
                @Tag(name = "Programmes", description = "Support programmes (e.g. Mourafaka), their calls for applications "
                        + "with a quota and eligibility rules, and cooperatives' applications."),
                @Tag(name = "Trainings", description = "Training sessions of the programmes, and the enrolment of "
                        + "cooperatives' participants with capacity, per-cooperative limits and a waitlist."),
                @Tag(name = "Statistics", description = "Figures computed from the data."),
                @Tag(name = "Orders", description = "Multi-cooperative orders, cash on delivery, each cooperative's part."),
                @Tag(name = "SMS", description = "Webhooks of the SMS gateway: cooperatives answering orders, delivery reports."),
                @Tag(name = "Sync", description = "Keeping a partner's copy of the catalogue in step: delta feeds with "
                        + "tombstones, bulk upsert by the partner's own references, lookup by reference."),
                @Tag(name = "Webhooks", description = "Partners' signed event notifications: endpoints, delivery log, replay."),
                @Tag(name = "Authentication", description = "Registration, sign-in, tokens, the signed-in account."),
                @Tag(name = "Administration", description = "Managers, partner platforms and their API keys (admins).")
        },
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                                bearerFormat = "JWT",
                                description = "Access token from POST /api/v1/auth/token (or an OpenID Connect provider)."),
                        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                                description = "Partner platforms' API key, issued by an admin.")
                }))
public class ApiDefinition extends Application {
}
