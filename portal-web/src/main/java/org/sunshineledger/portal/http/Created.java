package org.sunshineledger.portal.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The body of a 201: the new record's id and where to read it.
 *
 * @param id the id
 * @param href the address of the new record
 */
public record Created(long id, String href) {
  /**
   * Answers 201 with the Location of the new record.
   *
   * @param uri the request's address
   * @param path the record's path below the API root, for example {@code projects/7}
   * @param id the id
   * @return the response
   */
  public static Response response(UriInfo uri, String path, long id) {
    var location = uri.getBaseUriBuilder().path("api/v1").path(path).build();
    return Response.created(location).entity(new Created(id, location.getRawPath())).build();
  }
}
