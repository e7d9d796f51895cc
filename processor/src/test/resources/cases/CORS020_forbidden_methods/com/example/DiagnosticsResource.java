package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Methods a browser never sends, in any case. */
@Path("diagnostics")
@CrossOrigin(
    origins = "https://ops.example.com",
    methods = {
      "GET",
      "TRACE", // expect: CORS020
      "CONNECT", // expect: CORS020
      "track" // expect: CORS020
    })
public class DiagnosticsResource {
  @GET
  public String health() {
    return "ok";
  }
}
