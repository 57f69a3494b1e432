package org.sunshineledger.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The developers' documentation at {@code /docs/}: the landing page and domain-core's Javadoc, as
 * the {@code api-docs} module built them.
 */
@Path("/docs")
public class DocsResource {
  private static final String ROOT = "sunshine/docs/";

  @Context UriInfo uri;

  /**
   * The landing page; its address without the final slash is redirected to it.
   *
   * @return the page, or a redirect to {@code /docs/}
   */
  @GET
  @Operation(hidden = true)
  public Response landing() {
    if (!uri.getRequestUri().getRawPath().endsWith("/")) {
      return Response.seeOther(URI.create(uri.getBaseUri().getRawPath() + "docs/")).build();
    }
    return ClasspathFiles.serve(ROOT + "index.html");
  }

  /**
   * A file of the documentation.
   *
   * @param path its path below {@code /docs/}
   * @return the file
   */
  @GET
  @Path("{path: [A-Za-z0-9._/-]+}")
  @Operation(hidden = true)
  public Response file(@PathParam("path") String path) {
    return ClasspathFiles.serve(ROOT + (path.endsWith("/") ? path + "index.html" : path));
  }
}
