package com.example.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Probed by the load balancer, never by a browser. */
@Path("health")
public class HealthResource {

  @GET
  public String check() {
    return "ok";
  }
}
