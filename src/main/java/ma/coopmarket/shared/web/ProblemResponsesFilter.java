package ma.coopmarket.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import ma.coopmarket.shared.error.Problem;

/**
 * Declares on every operation the error responses it can give, all against the one Problem
 * schema, and its security: so the contract is complete without repeating the same annotations on
 * each method.
 *
 * <p>Security: an operation whose method declares none is a public one. The sign-in endpoints and
 * the SMS gateway's signed callbacks take no credentials ({@code security: [{}]}); every other public
 * operation also serves a caller who sends them (a partner's own products, a manager's drafts) and
 * declares them optional ({@code [{}, bearer, apiKey]}), so that a generated client sends what it was
 * configured with.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** Paths whose operations take no credentials at all. */
    private static final List<String> ANONYMOUS = List.of("/api/v1/auth/", "/api/v1/sms/");

    private static void declareSecurity(String path, Operation op) {
        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            return;
        }
        List<SecurityRequirement> security = new ArrayList<>();
        security.add(OASFactory.createSecurityRequirement());
        if (ANONYMOUS.stream().noneMatch(path::startsWith)) {
            security.add(OASFactory.createSecurityRequirement().addScheme("bearer"));
            security.add(OASFactory.createSecurityRequirement().addScheme("apiKey"));
        }
        op.setSecurity(security);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        DecimalSchemas.asString(schema);
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean hasPathParam = path.contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                declareSecurity(path, op);
                if (op.getParameters() != null) {
                    op.getParameters().forEach(DecimalSchemas::exampleAsString);
                }
                describeHeaders(op.getResponses());
                boolean hasBody = op.getRequestBody() != null;
                boolean hasQuery = op.getParameters() != null
                        && op.getParameters().stream().anyMatch(p -> p.getIn() != null && "query".equals(p.getIn().toString()));
                APIResponses responses = op.getResponses();
                if (hasBody || hasQuery) {
                    add(responses, "400", "Invalid input: the errors array names each invalid field.");
                }
                boolean secured = op.getSecurity().stream().noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
                add(responses, "401", secured ? "Missing, invalid, expired or revoked credentials."
                        : "Credentials were sent but are invalid, expired or revoked (none are needed here).");
                if (secured) {
                    add(responses, "403", "The caller's role or permissions do not allow this operation.");
                }
                if (hasPathParam) {
                    add(responses, "404", "No such resource.");
                }
                if (entry.getKey() != PathItem.HttpMethod.GET) {
                    add(responses, "409", "The request conflicts with the current state (duplicate, concurrent change).");
                }
                if (hasBody) {
                    add(responses, "413", "The body is larger than the limit (1 MB).");
                    add(responses, "415", "The body is not application/json.");
                }
                add(responses, "429", "Rate limit reached; Retry-After says when to retry.");
                add(responses, "500", "Unexpected error; the detail carries an incident id.");
                add(responses, "503", "A lock timeout, deadlock, full connection pool or lost database connection;"
                        + " retry after Retry-After (an order with the same Idempotency-Key).");
                // Error responses declared on a method without content get the problem schema too.
                responses.getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        add(responses, code, response.getDescription());
                    }
                });
            }
        });
        SchemaNames.rename(openAPI);
        RequiredProperties.declare(openAPI);
    }

    /** 201 responses carry Location; paged lists carry RFC 8288 Link headers. */
    private static void describeHeaders(APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", OASFactory.createHeader()
                    .description("URL of the created resource.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (returns(ok, "#/components/schemas/Page")) {
            ok.addHeader("Link", OASFactory.createHeader()
                    .description("RFC 8288 links to the first, prev, next and last pages.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        } else if (returns(ok, "#/components/schemas/ChangePage")) {
            ok.addHeader("Link", OASFactory.createHeader()
                    .description("RFC 8288 link to the next page, while hasMore is true.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static boolean returns(APIResponse response, String refPrefix) {
        return response != null && response.getContent() != null && response.getContent().getMediaTypes().values()
                .stream().anyMatch(m -> m.getSchema() != null && m.getSchema().getRef() != null
                        && m.getSchema().getRef().startsWith(refPrefix));
    }

    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null && existing.getContent().getMediaTypes() != null
                && !existing.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(existing != null && existing.getDescription() != null ? existing.getDescription() : description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }
}
