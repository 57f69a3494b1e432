package org.sunshineledger.portal.http;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A problem detail (RFC 9457), the one error shape of the whole API: {@code type}, {@code title},
 * {@code status}, {@code detail}, and where it helps the {@code rule}, the {@code field} and the
 * {@code figures} that broke it. Never a stack trace, SQL or server version.
 */
public final class Problem {
  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final JsonObjectBuilder json = Json.createObjectBuilder();
  private final int status;

  private Problem(int status, String type, String title, String detail) {
    this.status = status;
    json.add("type", type).add("title", title).add("status", status).add("detail", detail);
  }

  /**
   * A problem of a plain HTTP kind ({@code about:blank}).
   *
   * @param status the status code
   * @param detail what went wrong, for the caller
   * @return the problem
   */
  public static Problem of(Response.Status status, String detail) {
    return new Problem(status.getStatusCode(), "about:blank", status.getReasonPhrase(), detail);
  }

  /**
   * A problem of a plain HTTP kind given by its code.
   *
   * @param status the status code
   * @param detail what went wrong
   * @return the problem
   */
  public static Problem of(int status, String detail) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    return new Problem(status, "about:blank", title, detail);
  }

  /**
   * A broken domain rule, answered 422.
   *
   * @param rule the rule's code
   * @param detail the sentence naming the figures
   * @param figures the figures
   * @return the problem
   */
  public static Problem ruleBroken(String rule, String detail, Map<String, Object> figures) {
    Problem problem = new Problem(422, "/problems/" + rule, "Rule violated 违反业务规则", detail);
    problem.json.add("rule", rule);
    JsonObjectBuilder values = Json.createObjectBuilder();
    figures.forEach(
        (name, value) -> {
          if (value instanceof Number number) {
            values.add(name, new BigDecimal(number.toString()));
          } else {
            values.add(name, String.valueOf(value));
          }
        });
    problem.json.add("figures", values);
    Object field = figures.get("field");
    if (field != null) {
      problem.json.add("field", field.toString());
    }
    return problem;
  }

  /**
   * Names the request field the problem is about.
   *
   * @param field the field's name
   * @return this problem
   */
  public Problem field(String field) {
    json.add("field", field);
    return this;
  }

  /**
   * Adds a number the caller needs, such as the current version after a conflict.
   *
   * @param name the member's name
   * @param value the number
   * @return this problem
   */
  public Problem with(String name, long value) {
    json.add(name, value);
    return this;
  }

  /**
   * Adds a member that carries structured detail, for example a refused import's report.
   *
   * @param name the member's name
   * @param value its value
   * @return this problem
   */
  public Problem with(String name, JsonValue value) {
    json.add(name, value);
    return this;
  }

  /**
   * Builds the response.
   *
   * @return the response with the problem as its body
   */
  public Response toResponse() {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(json.build().toString())
        .build();
  }
}
