package org.sunshineledger.portal.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the public can ask for: every GET of the published API document (path ids filled in) and
 * every page, for suites that must hold on all of them — no personal data, the security headers.
 */
final class PublicAnswers {
  private PublicAnswers() {}

  /**
   * The paths, relative to the portal's root.
   *
   * @param disclosure a published disclosure, put in for {@code {id}}
   * @return the paths
   */
  static Set<String> paths(long disclosure) {
    Set<String> paths = new TreeSet<>();
    JsonObject document;
    try {
      document = Http.json(Files.readString(Path.of("..", "api-docs", "openapi", "openapi.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (var path : document.getJsonObject("paths").entrySet()) {
      if (path.getValue().asJsonObject().containsKey("get")) {
        String concrete = path.getKey().substring(1).replace("{id}", String.valueOf(disclosure));
        paths.add(concrete.replaceAll("\\{[^}]+}", "1"));
      }
    }
    paths.addAll(
        List.of(
            "",
            "disclosures",
            "disclosures/" + disclosure,
            "disclosures-overdue",
            "registry",
            "board",
            "projects",
            "flows?year=2019",
            "search?q=" + URLEncoder.encode("金丝雀", StandardCharsets.UTF_8),
            "transparency",
            "login",
            "api-docs/",
            "api-docs/openapi.json",
            "docs/",
            "docs/guide",
            "feeds/disclosures.atom",
            "no/such/page",
            "api/v1/disclosures/" + disclosure + "/notice.pdf"));
    return paths;
  }
}
