package org.sunshineledger.portal.registry;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Exports;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Problem;
import org.sunshineledger.portal.http.Table;

/**
 * The registry's bulk import: the template, checking or importing a list (CSV or XLSX) sent as the
 * body, and an import's progress.
 */
@Path("/api/v1/registry/imports")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryImportsResource {
  private static final Jsonb JSON = JsonbBuilder.create();

  private static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;

  @Inject RegistryImports imports;

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
    List<List<Object>> rows =
        List.of(
            List.of(
                "YC900001",
                "峨山镇",
                "黄泉村",
                "张示例",
                "户主",
                "37040400000000001X",
                1965,
                "有劳动能力",
                "否",
                "否",
                "否",
                "13900000000",
                "未脱贫",
                2019,
                "3200.00"),
            List.of(
                "YC900001",
                "峨山镇",
                "黄泉村",
                "李示例",
                "配偶",
                "",
                1968,
                "部分丧失劳动能力",
                "否",
                "是",
                "否",
                "",
                "",
                "",
                ""));
    return Exports.respond(
        "csv",
        null,
        () -> null,
        () -> new Table("registry-import-template", RegistryImport.COLUMNS, rows));
  }

  /**
   * Checks (with {@code dryRun=true}) or imports a registry list, CSV or XLSX, as the body.
   *
   * @param dryRun whether only to check
   * @param name the file's name, recorded with the households
   * @param headers the request's headers (Content-Type)
   * @param body the file
   * @param security the caller
   * @param uri the request's address
   * @return the report (dry run), 202 with the job, or 422 with the report when rows have errors
   */
  @POST
  @Consumes({Exports.CSV, Exports.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "批量导入 — check or import a registry list (CSV or XLSX)")
  @Answers(
      value = RegistryImports.Job.class,
      status = 202,
      description = "已开始导入 — the import has started")
  @Answers(
      value = RegistryImport.Report.class,
      description = "试导入报告（dryRun=true） — the dry run's report")
  public Response importList(
      @QueryParam("dryRun") String dryRun,
      @QueryParam("name") String name,
      @Context HttpHeaders headers,
      InputStream body,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    Actor actor = Callers.actor(security);
    MediaType type = headers.getMediaType();
    RegistryImport.Format format =
        type != null && (type.getSubtype().contains("csv"))
            ? RegistryImport.Format.CSV
            : RegistryImport.Format.XLSX;
    byte[] file = read(body);
    if ("true".equalsIgnoreCase(dryRun)) {
      RegistryImport.Report report = imports.dryRun(actor, file, format);
      return Response.ok(withoutParsed(report)).build();
    }
    RegistryImports.Job job = imports.start(actor, name == null ? "upload" : name, file, format);
    if (job.state() == RegistryImports.State.REFUSED) {
      // an error is problem+json like every other; the report says which rows and why
      return Problem.ruleBroken(
              "registry.import-refused",
              "the list has "
                  + job.report().errorCount()
                  + " errors; nothing was imported, fix the rows and send it again",
              Map.of("errorCount", job.report().errorCount()))
          .with("report", JSON.fromJson(JSON.toJson(job.report()), JsonObject.class))
          .toResponse();
    }
    return Response.accepted()
        .location(uri.getBaseUriBuilder().path("api/v1/registry/imports").path(job.id()).build())
        .entity(job)
        .build();
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
  @Answers(value = RegistryImports.Job.class, description = "导入任务 — the import job")
  public Response importJob(@PathParam("id") String id, @Context SecurityContext security) {
    return Response.ok(imports.job(Callers.actor(security), id)).build();
  }

  private static RegistryImport.Report withoutParsed(RegistryImport.Report report) {
    return new RegistryImport.Report(
        report.rows(), report.households(), report.errorCount(), report.errors(), List.of());
  }

  private static byte[] read(InputStream body) {
    if (body == null) {
      throw new InvalidRequestException(null, "the body must hold the list (CSV or XLSX)");
    }
    try (body) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[65_536];
      long total = 0;
      for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
        total += n;
        if (total > MAX_IMPORT_BYTES) {
          throw new InvalidRequestException(null, "the list is larger than 64 MB; split it");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
