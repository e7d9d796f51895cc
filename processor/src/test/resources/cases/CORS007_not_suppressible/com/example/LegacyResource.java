package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** @SuppressWarnings silences warnings only: the error still fails the build. */
@Path("legacy")
@SuppressWarnings({"CORS007", "CORS008"})
@CrossOrigin(
    origins = {
      "http://legacy.example.com" // expect: CORS007
    },
    allowCredentials = true)
public class LegacyResource {
  @GET
  public String get() {
    return "{}";
  }
}
