package org.sunshineledger.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.portal.sheet.SheetFile;
import org.sunshineledger.portal.sheet.SheetFixtures;

/** The spreadsheet imports through the API, as the tests send them. */
final class Imports {
  private Imports() {}

  /**
   * Sends a file to an import.
   *
   * @param http the deployment
   * @param kind the kind of list
   * @param file the file
   * @param username the official
   * @param query {@code dryRun=true}, {@code lang=en}, or empty
   * @return the response
   */
  static HttpResponse<String> send(
      Http http, String kind, byte[] file, String username, String query) {
    return http.send(
        HttpRequest.newBuilder(
                http.uri(
                    "api/v1/imports/"
                        + kind
                        + "?name=test-file"
                        + (query.isEmpty() ? "" : "&" + query)))
            .header("Authorization", Http.basic(username, Http.DEMO_PASSWORD))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
  }

  /**
   * Imports a file and waits until it is stored.
   *
   * @param http the deployment
   * @param kind the kind of list
   * @param file the file
   * @param username the official
   * @return the finished job
   */
  static JsonObject store(Http http, String kind, byte[] file, String username) {
    HttpResponse<String> started = send(http, kind, file, username, "");
    assertEquals(202, started.statusCode(), started.body());
    String id = Http.json(started).getString("id");
    long until = System.nanoTime() + 60_000_000_000L;
    JsonObject job;
    do {
      job =
          Http.json(
              http.send(
                  HttpRequest.newBuilder(http.uri("api/v1/imports/jobs/" + id))
                      .header("Authorization", Http.basic(username, Http.DEMO_PASSWORD))));
    } while (("CHECKING".equals(job.getString("state")) || "STORING".equals(job.getString("state")))
        && System.nanoTime() < until
        && pause());
    assertEquals("DONE", job.getString("state"), job.toString());
    return job;
  }

  /**
   * A list's export or template, as rows of texts.
   *
   * @param http the deployment
   * @param path the path
   * @param username the official, or null
   * @return the file
   */
  static byte[] download(Http http, String path, String username) {
    HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path));
    if (username != null) {
      request.header("Authorization", Http.basic(username, Http.DEMO_PASSWORD));
    }
    try {
      HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), path);
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A spreadsheet's rows.
   *
   * @param file the file
   * @return its rows, the header first
   */
  static List<List<String>> rows(byte[] file) {
    List<List<String>> rows = new ArrayList<>();
    try (SheetFile.Rows source = SheetFile.open(file)) {
      source.forEachRemaining(rows::add);
    } catch (SheetFile.Unreadable e) {
      throw new AssertionError(e.key(), e);
    }
    return rows;
  }

  /**
   * The errors of a report as {@code row|column|reason} lines.
   *
   * @param report the report
   * @return the lines
   */
  static List<String> errors(JsonObject report) {
    return report.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getInt("row") + "|" + e.getString("column") + "|" + e.getString("reason"))
        .toList();
  }

  /**
   * One list as the field sends it: XLSX, Excel 97–2003 and a GBK CSV without BOM.
   *
   * @param rows the header and the rows
   * @return the three files
   */
  static List<byte[]> inEveryFormat(List<List<String>> rows) {
    return List.of(
        SheetFixtures.xlsx(rows),
        SheetFixtures.xls(rows),
        SheetFixtures.csv(rows, SheetFixtures.GBK, false));
  }

  private static boolean pause() {
    try {
      Thread.sleep(200);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
