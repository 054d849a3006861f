package ma.coopmarket.shared.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into one {@link Problem}. Nothing else in the code base builds error
 * responses, and no Java class name or stack trace reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"coopmarket\"";

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.status(), e.slug(), e.title(), e.getMessage(), path(uri), e.errors(),
                        e.shortages()));
        e.headers().forEach(response::header);
        if (e.status() == 401) {
            response.header("WWW-Authenticate", BEARER_CHALLENGE);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthorized", "Unauthorized",
                "This operation needs a bearer access token or a partner API key.", path(uri), null)))
                .header("WWW-Authenticate", BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "invalid-credentials", "Unauthorized",
                "The access token or API key is invalid, expired or revoked.", path(uri), null)))
                .header("WWW-Authenticate", BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "Your role or permissions do not allow this operation.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return respond(Problem.of(400, "validation-failed", "Validation failed",
                InvalidRequestException.describe(errors), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        List<FieldError> errors = List.of(e.error());
        return respond(Problem.of(400, "validation-failed", "Validation failed",
                InvalidRequestException.describe(errors), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(malformed(e, "", path(uri)));
    }

    /**
     * The 400 problem for JSON that cannot be read into the expected shape, naming the property
     * (its path prefixed by {@code prefix}, e.g. {@code items[3].}) when it is known.
     */
    public static Problem malformed(JsonProcessingException e, String prefix, String instance) {
        List<FieldError> errors = new ArrayList<>();
        String detail = "The request body is not valid JSON.";
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "The request body has a property that this operation does not accept.";
            errors.add(new FieldError(join(prefix, jsonPath(unknown)), "unknown property; it is not part of this operation's input"));
        } else if (e instanceof InvalidFormatException invalid) {
            detail = "A property of the request body has a value of the wrong type or format.";
            errors.add(new FieldError(join(prefix, jsonPath(invalid)), "invalid value '" + invalid.getValue() + "'" + allowed(invalid)));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "A property of the request body has a value of the wrong type.";
            errors.add(new FieldError(join(prefix, jsonPath(mapping)), "invalid value for this property"));
        }
        return Problem.of(400, "malformed-body", "Malformed request body", detail, instance, errors);
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return "body".equals(path) ? prefix.replaceFirst("\\.$", "") : prefix + path;
    }

    /** The problem an {@link ApiException} stands for, as the mapper would send it. */
    public static Problem problemOf(ApiException e, String instance) {
        return Problem.of(e.status(), e.slug(), e.title(), e.getMessage(), instance, e.errors(), e.shortages());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(409, "concurrent-modification", "Concurrent modification",
                "The resource was changed by another request; read it again and retry.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response uniqueConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        // Services check uniqueness first; this covers the race between two identical creates.
        return respond(Problem.of(409, "duplicate", "Duplicate resource",
                "A resource with the same unique key already exists.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        return respond(Problem.of(status, slug(title), title, httpDetail(status), path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isTransient(e)) {
            LOG.debugf(e, "Transient database failure on %s", path(uri));
            return apiException(new RetryLaterException(503, "retry-later", "Temporarily unavailable",
                    "The request hit a lock timeout, a deadlock, a full connection pool or a lost database"
                            + " connection; retry it (an order with the same Idempotency-Key: it is placed once)."),
                    uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "internal-error", "Internal error",
                "An unexpected error occurred; quote incident " + incident + " to support.", path(uri), null));
    }

    /**
     * Failures that a retry may get past, never a 500: lock wait timeouts, deadlocks, a full connection
     * pool, a lost database connection (also at commit, when the outcome is unknown: with the same
     * Idempotency-Key the retry replays the order if it committed and places it if not), and a
     * transaction the transaction manager aborted at its timeout. Looked for through the whole chain of
     * causes and suppressed exceptions: Narayana reports a commit that failed on a closed socket as a
     * RollbackException with the socket error only suppressed. A commit that failed for another reason
     * (a broken constraint, a value too long) would fail again: a 500, logged.
     */
    static boolean isTransient(Throwable e) {
        return Causes.anyMatch(e, ProblemMappers::isTransientItself);
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof org.hibernate.exception.LockAcquisitionException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof java.sql.SQLTransientException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLRecoverableException) {
            return true;
        }
        // 40001: deadlock or serialization failure; 08xxx: connection exception; 1205/1213: MySQL and
        // MariaDB lock wait timeout and deadlock; 50200: H2 lock timeout (the dev profile).
        if (t instanceof java.sql.SQLException sql && ("40001".equals(sql.getSQLState())
                || sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213 || sql.getErrorCode() == 50200)) {
            return true;
        }
        // Narayana's reaper rolled the transaction back at its timeout: ARJUNA016102 at commit.
        if (t instanceof jakarta.transaction.RollbackException && t.getMessage() != null
                && t.getMessage().contains("ARJUNA016102")) {
            return true;
        }
        // Agroal's pool: "Sorry, acquisition timeout!" when every connection stays busy, and "Failed to
        // enlist" when a pooled connection that the database dropped (it was restarted) cannot start its
        // transaction: the socket error only reaches Narayana's log, not this chain (seen by faults/run).
        // With the one datasource, enlisting fails for no other reason.
        return t instanceof java.sql.SQLException && t.getMessage() != null
                && (t.getMessage().contains("acquisition timeout") || t.getMessage().startsWith("Failed to enlist"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String httpDetail(int status) {
        return switch (status) {
            case 404 -> "No resource exists at this path.";
            case 405 -> "This path does not support the request's HTTP method.";
            case 406 -> "None of the media types in the Accept header can be produced.";
            case 415 -> "The request's Content-Type is not supported; send application/json.";
            case 400 -> "The request is malformed.";
            default -> "The request cannot be processed.";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String allowed(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : target.getEnumConstants()) {
                names.add(constant.toString());
            }
            return "; expected one of " + String.join(", ", names);
        }
        return "";
    }

    /** The JSON path of a Jackson failure, e.g. {@code imageUrls[2]} or {@code address.city}. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * Maps a violation's path to what the client sent: the JSON property path inside a body
     * ({@code create.body.nameFr} becomes {@code nameFr}), or the query parameter's name.
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && !path.isEmpty()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        if (path.isEmpty()) {
            return parameter != null ? parameter : "body";
        }
        return path.toString();
    }
}
