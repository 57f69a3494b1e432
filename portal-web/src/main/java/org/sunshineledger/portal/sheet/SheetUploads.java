package org.sunshineledger.portal.sheet;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Problem;
import org.sunshineledger.portal.page.Language;

/**
 * A list sent to the API as a request's body, answered the same way for every kind: the dry run's
 * report, 202 with the job and its address, or a problem (422) whose report names every row in
 * error. A body over {@link SheetFile#MAX_BYTES} is refused (400) before it is read whole.
 */
public final class SheetUploads {
  private static final Jsonb JSON = JsonbBuilder.create();

  private SheetUploads() {}

  /**
   * Checks or imports a body.
   *
   * @param jobs the imports
   * @param actor who sends it
   * @param kind the kind of list
   * @param body the request's body
   * @param dryRun the {@code dryRun} parameter
   * @param name the file's name, or null
   * @param lang the report's language, or null for Chinese
   * @param query the request's query, from which the kind's parameters are taken
   * @param jobAddress the address of the jobs, to which the job's id is added
   * @return the answer
   */
  public static Response answer(
      SheetJobs jobs,
      Actor actor,
      String kind,
      InputStream body,
      String dryRun,
      String name,
      String lang,
      MultivaluedMap<String, String> query,
      UriBuilder jobAddress) {
    Map<String, String> values = new HashMap<>();
    for (SheetParameter parameter : jobs.kindFor(actor, kind).parameters(actor)) {
      Optional.ofNullable(query.getFirst(parameter.name()))
          .ifPresent(v -> values.put(parameter.name(), v));
    }
    Language language = Language.fromCode(lang).orElse(Language.ZH);
    byte[] file = read(body);
    if ("true".equalsIgnoreCase(dryRun)) {
      return Response.ok(jobs.dryRun(actor, kind, values, file, language).report()).build();
    }
    SheetJobs.Job job =
        jobs.start(
            actor, kind, values, name == null || name.isBlank() ? "upload" : name, file, language);
    if (job.state() == SheetJobs.State.REFUSED) {
      // an error is problem+json like every other; the report says which rows and why
      return Problem.ruleBroken(
              "import.refused",
              "the list has "
                  + job.report().errorCount()
                  + " errors; nothing was imported, fix the rows and send it again",
              Map.of("errorCount", job.report().errorCount()))
          .with("report", JSON.fromJson(JSON.toJson(job.report()), JsonObject.class))
          .toResponse();
    }
    return Response.accepted().location(jobAddress.path(job.id()).build()).entity(job).build();
  }

  /**
   * Reads a body, refusing one over the limit.
   *
   * @param body the body
   * @return its bytes
   */
  static byte[] read(InputStream body) {
    if (body == null) {
      throw new InvalidRequestException(null, "the body must hold the list (XLSX, XLS or CSV)");
    }
    try (body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65_536];
      long total = 0;
      for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
        total += n;
        if (total > SheetFile.MAX_BYTES) {
          throw new InvalidRequestException(
              null,
              "the list is larger than " + SheetFile.MAX_BYTES / (1024 * 1024) + " MB; split it");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
