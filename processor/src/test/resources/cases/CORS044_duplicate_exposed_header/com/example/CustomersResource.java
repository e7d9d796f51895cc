package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Header names are case-insensitive, so these are the same entry. */
@Path("customers")
@CrossOrigin(
    origins = "https://crm.example.com",
    exposedHeaders = {
      "X-Total-Count",
      "Link",
      "x-total-count" // expect: CORS044
    })
public class CustomersResource {
  @GET
  public String list() {
    return "[]";
  }
}
