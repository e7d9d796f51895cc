package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("reports")
public class ReportsResource {
  @GET
  public Response latest() { // expect-javac: CORS086 at latest(
    return Response.ok("[]").header("access-control-allow-origin", "https://app.example.com").build();
  }
}
