package org.sunshineledger.portal.it;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * Test-only: changes a published version's stored text directly in the database, as someone with
 * database access but not the log's signing key would. Added to the test deployment only.
 */
@Path("/it-only/tamper")
public class TamperResource {
  /**
   * Rewrites the title inside a stored version's canonical text.
   *
   * @param leafIndex the version's log index
   * @return 204, or 404 when no row changed
   * @throws Exception when the database cannot be reached
   */
  @POST
  public Response tamper(@QueryParam("leafIndex") long leafIndex) throws Exception {
    DataSource data = (DataSource) new InitialContext().lookup("java:app/jdbc/sunshine");
    try (Connection connection = data.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE disclosure_version SET canonical = REPLACE(canonical, '\"title\":\"',"
                    + " '\"title\":\"（已篡改）') WHERE leaf_index = ?")) {
      update.setLong(1, leafIndex);
      int changed = update.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return Response.status(changed == 1 ? 204 : 404).build();
    }
  }
}
