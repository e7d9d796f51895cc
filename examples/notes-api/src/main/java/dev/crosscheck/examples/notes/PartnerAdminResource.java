package dev.crosscheck.examples.notes;

import dev.crosscheck.NoCrossOrigin;
import dev.crosscheck.runtime.OriginSources;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;

/**
 * The partners table's administration: adds or removes one partner's origin, then has Crosscheck
 * read the table again ({@link OriginSources#refresh}), so the change is in force at once. Not
 * open cross-origin, and only with the administration token the demo prints at start
 * ({@code X-Admin-Token}).
 */
@Path("admin/partners")
@NoCrossOrigin
public class PartnerAdminResource {

  @PUT
  @Consumes("text/plain")
  @Produces("text/plain")
  public String add(@HeaderParam("X-Admin-Token") String token, String origin) throws SQLException {
    authorize(token);
    PartnerDirectory.add(origin.strip());
    OriginSources.refresh(PartnerOrigins.class);
    return "added " + origin.strip();
  }

  @DELETE
  @Produces("text/plain")
  public String remove(@HeaderParam("X-Admin-Token") String token, @QueryParam("origin") String origin)
      throws SQLException {
    authorize(token);
    if (origin == null) {
      throw new jakarta.ws.rs.BadRequestException("name the origin to remove: ?origin=...");
    }
    PartnerDirectory.remove(origin.strip());
    OriginSources.refresh(PartnerOrigins.class);
    return "removed " + origin.strip();
  }

  private static void authorize(String token) {
    byte[] expected = Demo.adminToken().getBytes(StandardCharsets.UTF_8);
    if (token == null || !MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenException();
    }
  }
}
