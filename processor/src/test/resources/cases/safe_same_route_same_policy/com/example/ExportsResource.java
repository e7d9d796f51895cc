package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** Two representations of one route under one class policy: nothing to tell apart. */
@Path("exports")
@CrossOrigin(origins = "https://app.example.com", exposedHeaders = "Content-Disposition")
public class ExportsResource {
  @GET
  @Produces("text/csv")
  public String asCsv() {
    return "";
  }

  @GET
  @Produces("application/json")
  public String asJson() {
    return "[]";
  }
}
