package org.sunshineledger.portal.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request body an operation takes: a record whose components are the only fields allowed. The
 * resource reads the body into it ({@link JsonRequest#of(jakarta.json.JsonValue, Class)} refuses
 * any other field, naming it); the published API document gives the operation the record's schema,
 * where a component is required unless it is declared {@code @Schema(nullable = true)}, and the
 * contract test validates every recorded request example against that schema.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Accepts {
  /**
   * The body's record.
   *
   * @return the record type
   */
  Class<? extends Record> value();
}
