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
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.search.ProjectSearch;

/** Project names suggested as one types into the search box. */
@Path("/api/v1/projects/suggest")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectSuggestResource {
  @Inject ProjectSearchService search;

  /**
   * Suggests project names as one types (prefix first, then infix).
   *
   * @param q what was typed
   * @return the suggestions
   */
  @GET
  @Operation(summary = "项目名称联想 — suggestions as one types")
  @Answers(
      value = ProjectSearch.Suggestion.class,
      shape = Answers.Shape.LIST,
      description = "联想词 — suggestions")
  public Response suggest(@QueryParam("q") String q) {
    if (q != null && q.length() > 50) {
      throw new InvalidRequestException("q", "parameter 'q' has at most 50 characters");
    }
    return Response.ok(search.suggest(q, 10)).build();
  }
}
