package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A page URL instead of an origin. */
@Path("checkout")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://shop.example.com/checkout" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class CheckoutResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
