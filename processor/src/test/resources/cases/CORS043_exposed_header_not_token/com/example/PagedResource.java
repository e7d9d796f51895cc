package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exposed headers copied from an Access-Control-Expose-Headers value. */
@Path("paged")
@CrossOrigin(
    origins = "https://app.example.com",
    exposedHeaders = {
      "X-Total-Count, Link", // expect: CORS043
      "" // expect: CORS043
    })
public class PagedResource {
  @GET
  public String page() {
    return "[]";
  }
}
