package dev.crosscheck.it.deployment;

import jakarta.ws.rs.Path;

/** Hands out {@link ClaimedElsewhereResource} as a sub-resource. */
@Path("via")
public class LocatorResource {
  @Path("elsewhere")
  public ClaimedElsewhereResource elsewhere() {
    return new ClaimedElsewhereResource();
  }
}
