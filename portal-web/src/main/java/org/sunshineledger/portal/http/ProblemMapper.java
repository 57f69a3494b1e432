package org.sunshineledger.portal.http;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.ConcurrentChangeException;
import org.sunshineledger.portal.shared.NotAuthenticatedException;
import org.sunshineledger.portal.shared.ReservationConflictException;
import org.sunshineledger.portal.shared.TooManyRequestsException;
import org.sunshineledger.portal.shared.UnknownResourceException;

/**
 * Turns every exception that leaves a resource into a {@link Problem}: domain rules into 422 with
 * the rule and its figures, malformed bodies into 400 naming the field, scope into 401 and 403,
 * concurrent edits into 409, and anything unforeseen into a 500 that says only an incident number
 * (the details go to the server log).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /** Every refusal of access, with who, what and when: the auditors' trail of attempts. */
  private static final Logger DENIALS = Logger.getLogger("org.sunshineledger.portal.access");

  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request;

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security;

  @Override
  public Response toResponse(Throwable thrown) {
    if (thrown instanceof AccessDeniedException || thrown instanceof NotAuthenticatedException) {
      logDenial(thrown);
    }
    Response response = withChallenge(problemFor(thrown).toResponse());
    return thrown instanceof TooManyRequestsException busy
        ? Response.fromResponse(response).header("Retry-After", busy.retryAfterSeconds()).build()
        : response;
  }

  private void logDenial(Throwable thrown) {
    java.security.Principal who = security == null ? null : security.getUserPrincipal();
    String caller = who == null ? "anonymous" : who.toString();
    String what =
        request == null
            ? "?"
            : request.getMethod()
                + " "
                + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    int status = thrown instanceof AccessDeniedException ? 403 : 401;
    DENIALS.warning(
        () ->
            "denied "
                + java.time.Instant.now()
                + " "
                + caller
                + " "
                + what
                + " "
                + status
                + ": "
                + thrown.getMessage());
  }

  private static boolean textTooLongForTheStore(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static Problem problemFor(Throwable thrown) {
    if (thrown instanceof DomainException rule) {
      return Problem.ruleBroken(rule.rule(), rule.getMessage(), rule.figures());
    }
    if (thrown instanceof InvalidRequestException bad) {
      Problem problem = Problem.of(Status.BAD_REQUEST, bad.getMessage());
      return bad.field() == null ? problem : problem.field(bad.field());
    }
    if (thrown instanceof NotAuthenticatedException) {
      return Problem.of(Status.UNAUTHORIZED, thrown.getMessage());
    }
    if (thrown instanceof TooManyRequestsException busy) {
      return Problem.of(429, busy.getMessage()).with("retryAfter", busy.retryAfterSeconds());
    }
    if (thrown instanceof AccessDeniedException) {
      return Problem.of(Status.FORBIDDEN, thrown.getMessage());
    }
    if (thrown instanceof UnknownResourceException) {
      return Problem.of(Status.NOT_FOUND, thrown.getMessage());
    }
    if (thrown instanceof ReservationConflictException full) {
      return Problem.of(Status.CONFLICT, full.getMessage()).with("remaining", full.remaining());
    }
    if (causedBy(thrown, ReservationConflictException.class)) {
      ReservationConflictException full = cause(thrown, ReservationConflictException.class);
      return Problem.of(Status.CONFLICT, full.getMessage()).with("remaining", full.remaining());
    }
    if (thrown instanceof org.sunshineledger.portal.shared.AlreadyExistsException exists) {
      return Problem.of(Status.CONFLICT, exists.getMessage()).field(exists.field());
    }
    if (thrown instanceof ConcurrentChangeException stale) {
      return Problem.of(Status.CONFLICT, stale.getMessage())
          .with("currentVersion", stale.current());
    }
    if (thrown instanceof OptimisticLockException
        || causedBy(thrown, OptimisticLockException.class)) {
      return Problem.of(
          Status.CONFLICT, "someone else changed this record first; reload and retry");
    }
    if (thrown instanceof ConstraintViolationException violations) {
      Problem problem = Problem.of(422, "the request breaks a constraint");
      return violations.getConstraintViolations().stream()
          .findFirst()
          .map(v -> problem.field(lastNode(v.getPropertyPath().toString())))
          .orElse(problem);
    }
    if (causedBy(thrown, JsonException.class)
        || causedBy(thrown, JsonbException.class)
        || thrownByTheJsonParser(thrown)) {
      return Problem.of(Status.BAD_REQUEST, "the body is not well-formed JSON");
    }
    if (thrown instanceof IllegalArgumentException invalid && refusedByAValue(invalid)) {
      // a typed id or value of the domain refused what the request gave it: the request's fault
      return Problem.of(Status.BAD_REQUEST, invalid.getMessage());
    }
    if (textTooLongForTheStore(thrown)) {
      // a text longer than its column (SQLSTATE 22001, on H2 and PostgreSQL alike): the request's
      // fault, and the transaction stored nothing; fields with a known limit say so before this
      return Problem.of(
          Status.BAD_REQUEST, "a text in the request is longer than the record keeps");
    }
    if (thrown instanceof NotFoundException) {
      return Problem.of(Status.NOT_FOUND, "nothing is published at this address");
    }
    if (thrown instanceof NotAllowedException) {
      return Problem.of(Status.METHOD_NOT_ALLOWED, "this address does not take that method");
    }
    if (thrown instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status < 500) {
        return Problem.of(status, "the request cannot be served as sent");
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, thrown);
    return Problem.of(
        Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; incident " + incident);
  }

  /** Whether a value object of the domain (a typed id, a record) threw it from its constructor. */
  private static boolean refusedByAValue(IllegalArgumentException thrown) {
    StackTraceElement[] trace = thrown.getStackTrace();
    return trace.length > 0
        && trace[0].getClassName().startsWith("org.sunshineledger.")
        && trace[0].getMethodName().equals("<init>");
  }

  /**
   * Whether the JSON parser itself refused the body (Parsson throws a bare runtime exception for
   * input nested deeper than its limit): the request's fault, not the server's.
   */
  private static boolean thrownByTheJsonParser(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      StackTraceElement[] trace = t.getStackTrace();
      if (trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new IllegalArgumentException(type.getName());
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  /** Adds the challenge a 401 needs. */
  private static Response withChallenge(Response response) {
    return response.getStatus() == 401
        ? Response.fromResponse(response)
            .header(
                HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sunshine-ledger\", charset=\"UTF-8\"")
            .build()
        : response;
  }
}
