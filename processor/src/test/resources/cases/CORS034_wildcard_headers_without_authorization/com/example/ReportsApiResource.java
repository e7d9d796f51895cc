package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;

/** A bearer-token API that allows every header, which never includes Authorization. */
@Path("api/reports")
@CrossOrigin(
    origins = "https://reports.example.com",
    allowedHeaders = {
      "*" // expect: CORS034
    })
public class ReportsApiResource {
  @GET
  public String list(@HeaderParam("Authorization") String bearer) {
    return "[]";
  }
}
