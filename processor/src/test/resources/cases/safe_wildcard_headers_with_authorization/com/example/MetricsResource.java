package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;

/** "*" plus Authorization spelled out: every header, bearer tokens included. */
@Path("api/metrics")
@CrossOrigin(origins = "https://grafana.example.com", allowedHeaders = {"*", "Authorization"})
public class MetricsResource {
  @GET
  public String query(@HeaderParam("Authorization") String bearer) {
    return "[]";
  }
}
