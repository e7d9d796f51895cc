package dev.crosscheck.it.deployment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Deployed, not open cross-origin: serves {@code /hidden} since {@link HiddenOpenResource} is not deployed. */
@Path("{name: hid[a-z]*}")
public class HiddenCatchAllResource {
  @GET
  public String closed() {
    return "closed";
  }
}
