package org.sunshineledger.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pages' static files (one stylesheet, icons), from {@code static/} on the class path. */
@Path("/static")
public class AssetsResource {
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png");

  /**
   * A static file.
   *
   * @param name the file's name, for example {@code site.css}
   * @return the file, cached for a day
   */
  @GET
  @Path("{name: [a-z0-9-]+\\.(css|js|svg|png)}")
  @Operation(hidden = true)
  public Response asset(@PathParam("name") String name) {
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      CacheControl cache = new CacheControl();
      cache.setMaxAge(86_400);
      return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
