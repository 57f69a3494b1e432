package org.sunshineledger.portal.http;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problems; registered for the exact type so that it wins over the
 * JAX-RS implementation's own mapper, which answers in plain text.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException violations) {
    return ProblemMapper.problemFor(violations).toResponse();
  }
}
