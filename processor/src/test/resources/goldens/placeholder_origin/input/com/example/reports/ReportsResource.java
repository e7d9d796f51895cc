package com.example.reports;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The reporting front end's origin differs per environment; production's is the default. */
@Path("reports")
@CrossOrigin(
    origins = "${REPORTS_ORIGIN:https://reports.example.com}",
    methods = "GET",
    exposedHeaders = "Content-Disposition",
    maxAge = CrossOrigin.MAX_AGE_NOT_SENT)
public class ReportsResource {

  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{id}.csv")
  public byte[] export(@PathParam("id") String id) {
    return new byte[0];
  }
}
