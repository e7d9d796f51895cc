package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Scheme in capitals. */
@Path("basket")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "HTTPS://shop.example.com" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class BasketResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
