package dev.crosscheck.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.RuntimeDelegate;

/** Which Jakarta REST implementation serves the application, as the server itself sees it. */
@Path("runtime")
public class RuntimeResource {
  @GET
  public String implementation() {
    return RuntimeDelegate.getInstance().getClass().getName();
  }
}
