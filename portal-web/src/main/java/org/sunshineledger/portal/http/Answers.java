package org.sunshineledger.portal.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sunshineledger.portal.apidocs.OpenApiDocument;

/**
 * What an operation answers when it succeeds, for the published API document: {@link
 * OpenApiDocument} turns the type into a schema (records by their components, as JSON-B writes
 * them) and the contract test holds every real answer to it. Resources answer {@code Response} to
 * set headers and status, so the generator cannot see the body's type without this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Answers.Each.class)
public @interface Answers {
  /**
   * The body's type: a record, {@code Void} for no body, or {@code Object} for the method's own
   * return type. A body of another media type than JSON (CSV, XLSX, PDF, Atom) is described by the
   * method's {@code @Produces}.
   *
   * @return the type
   */
  Class<?> value() default Object.class;

  /**
   * How the body holds the type.
   *
   * @return one, a list or a page of them
   */
  Shape shape() default Shape.ONE;

  /**
   * The status of success.
   *
   * @return 200, 201, 202 or 204
   */
  int status() default 200;

  /**
   * What the answer is, in Chinese then English.
   *
   * @return the description
   */
  String description();

  /** The answers of a method that succeeds in more than one way. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Each {
    /**
     * The answers.
     *
     * @return them
     */
    Answers[] value();
  }

  /** How a body holds its type. */
  enum Shape {
    /** One of it. */
    ONE,
    /** A JSON array of it. */
    LIST,
    /** A page: {@code items} of it, {@code page}, {@code size}, {@code total}. */
    PAGE
  }
}
