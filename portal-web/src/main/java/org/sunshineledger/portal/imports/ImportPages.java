package org.sunshineledger.portal.imports;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.SignedInForms;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetJobs;
import org.sunshineledger.portal.sheet.SheetParameter;

/**
 * The officials' imports in the browser, reached from the workbench: the lists they may send, a
 * list's page (its template, its export, the upload form with the dry run ticked), and an import's
 * report or progress — a progress bar that follows the import with script, a page that refreshes
 * itself without.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ImportPages extends SignedInForms {
  @Inject SheetJobs jobs;

  /**
   * The lists the official may import.
   *
   * @return the page
   */
  @GET
  @Operation(hidden = true)
  public Response kinds() {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/imports");
    }
    PageContext page = formPage("/imports");
    return render("imports/kinds", page, Map.of("kinds", jobs.kindsFor(actor.get())));
  }

  /**
   * A list's import page.
   *
   * @param kind the kind of list
   * @param missing set when the form was sent without a file
   * @param refused set when the file was refused before it was read (too large)
   * @return the page
   */
  @GET
  @Path("{kind}")
  @Operation(hidden = true)
  public Response kind(
      @PathParam("kind") String kind,
      @QueryParam("missing") String missing,
      @QueryParam("tooLarge") String refused,
      @QueryParam("job") String jobId) {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/imports/" + kind);
    }
    SheetImport<?> sheet = jobs.kindFor(actor.get(), kind);
    PageContext page = formPage("/imports/" + kind);
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", sheet);
    model.put("columns", sheet.columns());
    List<SheetParameter> parameters = sheet.parameters(actor.get());
    model.put("parameters", parameters);
    Map<String, String> values = new HashMap<>();
    parameters.forEach(p -> values.put(p.name(), p.initial()));
    Map<String, String> errors = new HashMap<>();
    if (jobId != null && !jobId.isBlank()) {
      // back from an upload whose figures were wrong: what was typed, and each error beside it
      SheetJobs.Job job = jobs.job(actor.get(), jobId);
      values.putAll(job.parameters());
      for (SheetParameter parameter : parameters) {
        job.report().errors().stream()
            .filter(e -> e.row() == 0 && e.column().equals(parameter.label()))
            .findFirst()
            .ifPresent(e -> errors.put(parameter.name(), e.reason()));
      }
      errors.put("file", PageRenderer.message(page.language(), "imports.parametersWrong"));
    }
    model.put("values", values);
    if (missing != null) {
      errors.put("file", PageRenderer.message(page.language(), "imports.missing"));
    } else if (refused != null) {
      errors.put("file", PageRenderer.message(page.language(), "sheet.tooLarge", 64));
    }
    model.put("errors", errors);
    return Response.fromResponse(render("imports/kind", page, model, errors.isEmpty() ? 200 : 400))
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * An import's report or progress.
   *
   * @param id the job
   * @return the page
   */
  @GET
  @Path("jobs/{id}")
  @Operation(hidden = true)
  public Response job(@PathParam("id") String id) {
    Optional<Actor> actor = viewer();
    if (actor.isEmpty()) {
      return signInFirst("/imports/jobs/" + id);
    }
    SheetJobs.Job job = jobs.job(actor.get(), id);
    SheetImport<?> sheet = jobs.kind(job.kind());
    PageContext page = formPage("/imports/jobs/" + id);
    Map<String, Object> model = new HashMap<>();
    model.put("job", job);
    model.put("sheet", sheet);
    model.put("headers", SheetColumn.headers(sheet.columns()));
    if (job.running()) {
      model.put("refreshWithoutScript", "2");
    }
    model.put("scripts", job.running() ? List.of("/static/progress.js") : List.of());
    return Response.fromResponse(render("imports/job", page, model))
        .header("Cache-Control", "no-store")
        .build();
  }
}
