package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Pasted from the address bar, with its trailing slash. */
@Path("cart")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://shop.example.com/" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class CartResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
