package org.sunshineledger.portal.apidocs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.page.ClasspathFiles;

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
   * The embedding guide, rendered from its Markdown.
   *
   * @return the page
   */
  @GET
  @Path("guide")
  @Operation(hidden = true)
  public Response guide() {
    String markdown;
    try (java.io.InputStream in =
        getClass().getClassLoader().getResourceAsStream(ROOT + "guide/embedding.md")) {
      if (in == null) {
        throw new jakarta.ws.rs.NotFoundException();
      }
      markdown = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String body =
        org.commonmark.renderer.html.HtmlRenderer.builder()
            .escapeHtml(true)
            .build()
            .render(org.commonmark.parser.Parser.builder().build().parse(markdown));
    String page =
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>嵌入领域库 · Embedding domain-core</title>\n"
            + "<link rel=\"stylesheet\" href=\"../static/site.css\">\n</head>\n"
            + "<body>\n<main id=\"main\">\n"
            + body
            + "</main>\n</body>\n</html>\n";
    return Response.ok(page, "text/html;charset=UTF-8").build();
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
