package org.sunshineledger.portal.imports;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Table;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.portal.sheet.SheetColumn;
import org.sunshineledger.portal.sheet.SheetImport;
import org.sunshineledger.portal.sheet.SheetJobs;
import org.sunshineledger.portal.sheet.SheetReport;
import org.sunshineledger.portal.sheet.SheetTemplate;
import org.sunshineledger.portal.sheet.SheetUploads;

/**
 * The lists officials keep in spreadsheets, through the API: each kind's template, checking or
 * importing a file (XLSX, XLS or CSV in UTF-8 or GBK, detected) sent as the body, an import's
 * progress, and the list as it stands, exported in the import's own columns.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {
  @Inject SheetJobs jobs;

  /**
   * What a kind of list is: its columns as the template has them, and the parameters a file of it
   * needs besides its rows, each given as a query parameter of the upload under its name.
   *
   * @param kind the kind of list
   * @param security the caller
   * @return the kind
   */
  @GET
  @Path("{list}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "清单说明 — a list's columns and the parameters its upload takes")
  @Answers(value = SheetKind.class, description = "清单说明 — the kind of list")
  public Response listKind(@PathParam("list") String kind, @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    SheetImport<?> sheet = jobs.kindFor(actor, kind);
    return Response.ok(
            new SheetKind(
                sheet.kind(),
                PageRenderer.message(Language.ZH, sheet.titleKey()),
                sheet.columns(),
                sheet.parameters(actor)))
        .build();
  }

  /**
   * A kind of list, as the API describes it.
   *
   * @param kind its name in addresses
   * @param title its name, Chinese
   * @param columns its columns
   * @param parameters what an upload takes besides the file, as query parameters
   */
  public record SheetKind(
      String kind,
      String title,
      java.util.List<SheetColumn> columns,
      java.util.List<org.sunshineledger.portal.sheet.SheetParameter> parameters) {}

  /**
   * A kind's template: an XLSX workbook with a comment on each header and drop-down lists for the
   * district's places and the closed sets, and an example row.
   *
   * @param kind the kind of list
   * @return the workbook
   */
  @GET
  @Path("{list}/template")
  @Produces(Exports.XLSX)
  @Operation(summary = "导入模板 — a list's import template (XLSX)")
  @Answers(value = String.class, description = "导入模板（XLSX） — the template")
  public Response listTemplate(@PathParam("list") String kind) {
    SheetImport<?> sheet = jobs.kind(kind);
    return workbook(kind + "-template.xlsx", sheet, sheet.example());
  }

  /**
   * The list as it stands within the caller's scope, in the import's columns, so that it can be
   * corrected and sent back: XLSX by default, or {@code format=csv}.
   *
   * @param kind the kind of list
   * @param format xlsx or csv
   * @param headers the request's headers
   * @param security the caller
   * @return the file
   */
  @GET
  @Path("{list}/export")
  @Produces({Exports.XLSX, Exports.CSV})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "导出清单 — the list as it stands, in the import's columns")
  @Answers(value = String.class, description = "清单（XLSX 或 CSV） — the list")
  public Response exportList(
      @PathParam("list") String kind,
      @QueryParam("format") String format,
      @Context HttpHeaders headers,
      @Context SecurityContext security) {
    Actor actor = Callers.actor(security);
    SheetImport<?> sheet = jobs.kindFor(actor, kind);
    if (!sheet.exported()) {
      throw new UnknownResourceException("export of", kind);
    }
    if (format != null && format.strip().equalsIgnoreCase("csv")) {
      Table table = new Table(kind, SheetColumn.headers(sheet.columns()), sheet.export(actor));
      return Exports.respond("csv", headers, () -> null, () -> table);
    }
    if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("xlsx")) {
      throw new InvalidRequestException("format", "parameter 'format' is xlsx or csv");
    }
    return workbook(kind + ".xlsx", sheet, sheet.export(actor));
  }

  private static Response workbook(
      String filename, SheetImport<?> sheet, java.util.List<java.util.List<Object>> rows) {
    String title = PageRenderer.message(Language.ZH, sheet.titleKey());
    return Response.ok(
            (jakarta.ws.rs.core.StreamingOutput)
                out -> SheetTemplate.write(out, title, sheet.columns(), rows),
            Exports.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }

  /**
   * Checks (with {@code dryRun=true}) or imports a list sent as the body. The report is in Chinese,
   * or in English with {@code lang=en}. A kind that needs parameters besides its rows (see {@code
   * GET /api/v1/imports/{list}}) takes each as a query parameter under its name; an error in one is
   * reported as row 0 under its label.
   *
   * @param kind the kind of list
   * @param dryRun whether only to check
   * @param name the file's name, recorded with what is stored
   * @param lang the report's language, zh (default) or en
   * @param body the file
   * @param security the caller
   * @param uri the request's address
   * @return the report (dry run), 202 with the job, or 422 with the report when rows have errors
   */
  @POST
  @Path("{list}")
  @Consumes({
    Exports.CSV,
    Exports.XLSX,
    "application/vnd.ms-excel",
    MediaType.APPLICATION_OCTET_STREAM
  })
  @SecurityRequirement(name = "basic")
  @Operation(summary = "批量导入 — check or import a list (XLSX, XLS or CSV)")
  @Answers(
      value = SheetJobs.Job.class,
      status = 202,
      description = "已开始导入 — the import has started")
  @Answers(value = SheetReport.class, description = "试导入报告（dryRun=true） — the dry run's report")
  public Response importSheet(
      @PathParam("list") String kind,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("name") String name,
      @QueryParam("lang") String lang,
      InputStream body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    return SheetUploads.answer(
        jobs,
        Callers.actor(security),
        kind,
        body,
        dryRun,
        name,
        lang,
        uri.getQueryParameters(),
        uri.getBaseUriBuilder().path("api/v1/imports/jobs"));
  }

  /**
   * An import's progress.
   *
   * @param id the job
   * @param security the caller
   * @return the job
   */
  @GET
  @Path("jobs/{id}")
  @SecurityRequirement(name = "basic")
  @Operation(summary = "导入进度 — an import's progress")
  @Answers(value = SheetJobs.Job.class, description = "导入任务 — the import job")
  public Response sheetImportJob(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(jobs.job(Callers.actor(security), id)).build();
  }
}
