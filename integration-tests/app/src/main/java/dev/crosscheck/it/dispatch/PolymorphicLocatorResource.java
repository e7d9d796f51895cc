package dev.crosscheck.it.dispatch;

import dev.crosscheck.it.extra.lines.ClosedLinesResource;
import dev.crosscheck.it.extra.lines.OpenLinesResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A locator declared to return the open lines, returning the closed subclass for {@code
 * /poly/closed} (both classes come from another jar, so this compilation cannot report CORS078).
 */
@Path("poly")
public class PolymorphicLocatorResource {
  @Path("{kind}")
  public OpenLinesResource lines(@PathParam("kind") String kind) {
    return kind.equals("closed") ? new ClosedLinesResource() : new OpenLinesResource();
  }
}
