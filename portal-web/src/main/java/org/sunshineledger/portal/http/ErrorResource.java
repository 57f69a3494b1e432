package org.sunshineledger.portal.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The servlet container's error page (see {@code web.xml}): an error that escaped the JAX-RS
 * mapping still leaves as a problem, never as the container's HTML report with its product name and
 * exception.
 */
@Path("/error")
public class ErrorResource {
  @Context HttpServletRequest request;

  /**
   * Answers an error the container caught during a GET (HEAD and OPTIONS follow GET).
   *
   * @return the problem
   */
  @GET
  @Operation(hidden = true)
  public Response onGet() {
    return error();
  }

  /**
   * Answers an error the container caught during a POST.
   *
   * @return the problem
   */
  @POST
  @Operation(hidden = true)
  public Response onPost() {
    return error();
  }

  /**
   * Answers an error the container caught during a PUT.
   *
   * @return the problem
   */
  @PUT
  @Operation(hidden = true)
  public Response onPut() {
    return error();
  }

  /**
   * Answers an error the container caught during a DELETE.
   *
   * @return the problem
   */
  @DELETE
  @Operation(hidden = true)
  public Response onDelete() {
    return error();
  }

  /**
   * Answers an error the container caught during a PATCH.
   *
   * @return the problem
   */
  @PATCH
  @Operation(hidden = true)
  public Response onPatch() {
    return error();
  }

  private Response error() {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer number ? number : 404;
    if (code >= 500) {
      Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      if (thrown instanceof Throwable throwable) {
        return ProblemMapper.problemFor(throwable).toResponse();
      }
      return Problem.of(code, "an unexpected error occurred").toResponse();
    }
    return Problem.of(code, "the request cannot be served as sent").toResponse();
  }
}
