package org.sunshineledger.portal.page;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Answers with a file from the class path, typed by its extension and cached for an hour. */
public final class ClasspathFiles {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "json", "application/json;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "gif", "image/gif",
          "txt", "text/plain;charset=UTF-8");

  private ClasspathFiles() {}

  /**
   * The file.
   *
   * @param resource its path on the class path
   * @return 200 with the file
   * @throws NotFoundException when there is no such file or its type is not served
   */
  public static Response serve(String resource) {
    String type = TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
    if (type == null || resource.contains("..")) {
      throw new NotFoundException();
    }
    try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException();
      }
      CacheControl cache = new CacheControl();
      cache.setMaxAge(3_600);
      return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
