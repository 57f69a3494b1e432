package org.sunshineledger.portal.apidocs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.page.ClasspathFiles;

/**
 * The API's browsable page at {@code /api-docs/}: Swagger UI (from its webjar) on the published
 * OpenAPI document (the {@code api-docs} module's snapshot, which the tests hold equal to the
 * running portal's {@code /openapi}).
 */
@Path("/api-docs")
public class ApiDocsResource {
  /** The Swagger UI webjar's version, as the build pins it. */
  static final String SWAGGER_UI = "5.34.1";

  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "sunshine/api-docs/index.html",
          "init.js", "sunshine/api-docs/init.js",
          "openapi.json", "sunshine/api-docs/openapi.json",
          "swagger-ui.css",
              "META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI + "/swagger-ui.css",
          "swagger-ui-bundle.js",
              "META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI + "/swagger-ui-bundle.js");

  @Context UriInfo uri;

  /**
   * The page; its address without the final slash is redirected to it, so that the page's relative
   * links resolve (JAX-RS matches both addresses here).
   *
   * @return the page, or a redirect to {@code /api-docs/}
   */
  @GET
  @Operation(hidden = true)
  public Response page() {
    if (!uri.getRequestUri().getRawPath().endsWith("/")) {
      return Response.seeOther(URI.create(uri.getBaseUri().getRawPath() + "api-docs/")).build();
    }
    return file("index.html");
  }

  /**
   * A file of the page.
   *
   * @param name the file's name
   * @return the file
   */
  @GET
  @Path("{name: [a-z.-]+}")
  @Operation(hidden = true)
  public Response file(@PathParam("name") String name) {
    String resource = FILES.get(name);
    if (resource == null) {
      throw new NotFoundException();
    }
    return ClasspathFiles.serve(resource);
  }
}
