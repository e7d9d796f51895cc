package com.example;

import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No policy anywhere above it: nothing to opt out of. */
@Path("health")
public class HealthResource {
  @GET
  @NoCrossOrigin // expect: CORS073
  public String check() {
    return "ok";
  }
}
