package org.sunshineledger.portal.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.search.ResultPage;

/**
 * Project search over the index: the same projects {@code /api/v1/projects} lists, found by text
 * with facets and highlights. Its own root resource, at a longer literal path than the project
 * list's, so that the fund room's resource never answers for it.
 */
@Path("/api/v1/projects/search")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectSearchResource {
  @Inject ProjectSearchService search;

  /**
   * Searches projects: text found as SQL {@code LIKE '%q%'} would, facets over the whole result,
   * highlights, filters, sorting and a cursor.
   *
   * @param q the text
   * @param township a township
   * @param village a village
   * @param type a type
   * @param status a stage
   * @param year a year
   * @param source a fund source
   * @param minAmount the smallest amount, in yuan
   * @param maxAmount the largest amount, in yuan
   * @param sort relevance, amount or date
   * @param cursor the cursor of the page
   * @param size the page size, 1 to 100
   * @return the page
   */
  @GET
  @Operation(summary = "项目检索 — search projects (Chinese text, facets, highlights)")
  @Answers(
      value = ResultPage.class,
      description = "检索结果：命中、分面、高亮、游标 — hits, facets, highlights, cursor")
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("township") String township,
      @QueryParam("village") String village,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("year") String year,
      @QueryParam("source") String source,
      @QueryParam("minAmount") String minAmount,
      @QueryParam("maxAmount") String maxAmount,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("size") String size) {
    return Response.ok(
            search.search(
                new ProjectSearchParameters(
                        q, township, village, type, status, year, source, minAmount, maxAmount,
                        sort, cursor, size)
                    .toQuery()))
        .build();
  }
}
