package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Copied from a marketing page, host in capitals. */
@Path("products")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://Shop.Example.com" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class ProductsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
