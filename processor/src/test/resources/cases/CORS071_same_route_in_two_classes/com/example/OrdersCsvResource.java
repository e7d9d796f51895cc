package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The CSV export of orders, added later by another team under the same path. */
@Path("orders")
@CrossOrigin(origins = "https://excel.example.com")
public class OrdersCsvResource {
  @GET
  @Produces("text/csv")
  public String export() {
    return "";
  }
}
