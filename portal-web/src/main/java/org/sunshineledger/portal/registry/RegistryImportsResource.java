package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.sheet.SheetJobs;
import org.sunshineledger.portal.sheet.SheetReport;
import org.sunshineledger.portal.sheet.SheetUploads;

/**
 * The registry's bulk import: the template, checking or importing a list (CSV or XLSX) sent as the
 * body, and an import's progress.
 */
@Path("/api/v1/registry/imports")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryImportsResource {
  @Inject SheetJobs jobs;

  /**
   * The import template, a CSV with the headers and one example household.
   *
   * @return the template
   */
  @GET
  @Path("template")
  @Produces(Exports.CSV)
  @Operation(summary = "导入模板 — the import template (CSV)")
  @Answers(value = String.class, description = "导入模板（CSV） — the import template")
  public Response template() {
    return Exports.respond(
        "csv",
        null,
        () -> null,
        () ->
            new Table("registry-import-template", RegistryImport.COLUMNS, RegistryImport.EXAMPLE));
  }

  /**
   * Checks (with {@code dryRun=true}) or imports a registry list as the body: XLSX, XLS, or CSV in
   * UTF-8 or GBK. The same as {@code POST /api/v1/imports/registry}.
   *
   * @param dryRun whether only to check
   * @param name the file's name, recorded with the households
   * @param lang the report's language, zh (default) or en
   * @param body the file
   * @param security the caller
   * @param uri the request's address
   * @return the report (dry run), 202 with the job, or 422 with the report when rows have errors
   */
  @POST
  @Consumes({
    Exports.CSV,
    Exports.XLSX,
    "application/vnd.ms-excel",
    MediaType.APPLICATION_OCTET_STREAM
  })
  @SecurityRequirement(name = "basic")
  @Operation(summary = "批量导入 — check or import a registry list (XLSX, XLS or CSV in UTF-8 or GBK)")
  @Answers(
      value = SheetJobs.Job.class,
      status = 202,
      description = "已开始导入 — the import has started")
  @Answers(value = SheetReport.class, description = "试导入报告（dryRun=true） — the dry run's report")
  public Response importList(
      @QueryParam("dryRun") String dryRun,
      @QueryParam("name") String name,
      @QueryParam("lang") String lang,
      InputStream body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    return SheetUploads.answer(
        jobs,
        Callers.actor(security),
        "registry",
        body,
        dryRun,
        name,
        lang,
        uri.getQueryParameters(),
        uri.getBaseUriBuilder().path("api/v1/registry/imports"));
  }

  /**
   * An import's progress.
   *
   * @param id the job
   * @param security the caller
   * @return the job
   */
  @GET
  @Path("{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "导入进度 — an import's progress")
  @Answers(value = SheetJobs.Job.class, description = "导入任务 — the import job")
  public Response importJob(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(jobs.job(Callers.actor(security), id)).build();
  }
}
