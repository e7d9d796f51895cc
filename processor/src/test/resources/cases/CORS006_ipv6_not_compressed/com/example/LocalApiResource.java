package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Browsers serialize IPv6 loopback as [::1]. */
@Path("local")
@CrossOrigin(
    origins = {
      "http://[0:0:0:0:0:0:0:1]:8080" // expect: CORS006
    })
public class LocalApiResource {
  @GET
  public String get() {
    return "{}";
  }
}
