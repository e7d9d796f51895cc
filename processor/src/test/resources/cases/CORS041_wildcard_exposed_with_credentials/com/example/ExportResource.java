package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** "*" exposes nothing on credentialed responses. */
@Path("export")
@CrossOrigin(
    origins = "https://app.example.com",
    allowCredentials = true,
    exposedHeaders = {
      "*" // expect: CORS041
    })
public class ExportResource {
  @GET
  public String download() {
    return "";
  }
}
