package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The public API's orders, deployed by {@link PublicApi}. */
@Path("orders")
@CrossOrigin(origins = "https://shop.example.com")
public class PublicOrdersResource {
  @GET
  public String list() {
    return "[]";
  }
}
