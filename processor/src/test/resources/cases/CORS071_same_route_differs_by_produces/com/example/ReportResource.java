package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The runtime picks between the two methods by Accept, but the CORS filter sees only the path and
 * the method, so it cannot tell which policy applies.
 */
@Path("report")
public class ReportResource {
  @GET
  @Produces("text/csv")
  @CrossOrigin(origins = "https://excel.example.com")
  public String asCsv() {
    return "";
  }

  @GET
  @Produces("application/json")
  @CrossOrigin(origins = "https://app.example.com") // expect: CORS071
  public String asJson() {
    return "{}";
  }
}
