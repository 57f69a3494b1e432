package org.sunshineledger.portal.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pages' static files (one stylesheet, icons), from {@code static/} on the class path. */
@Path("/static")
public class AssetsResource {

  /**
   * A static file.
   *
   * @param name the file's name, for example {@code site.css}
   * @return the file, cached for an hour
   */
  @GET
  @Path("{name: [a-z0-9-]+\\.(css|js|svg|png)}")
  @Operation(hidden = true)
  public Response asset(@PathParam("name") String name) {
    return ClasspathFiles.serve("static/" + name);
  }
}
