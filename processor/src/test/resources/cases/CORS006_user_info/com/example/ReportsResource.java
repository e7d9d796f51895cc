package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Credentials pasted into the origin. */
@Path("reports")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://admin:secret@reports.example.com" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class ReportsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
