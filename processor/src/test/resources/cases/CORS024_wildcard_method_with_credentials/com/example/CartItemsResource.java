package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** "*" means the method named "*" on credentialed preflights. */
@Path("cart/items")
@CrossOrigin(
    origins = "https://shop.example.com",
    allowCredentials = true,
    methods = {
      "*" // expect: CORS024
    })
public class CartItemsResource {
  @GET
  public String list() {
    return "[]";
  }

  @PUT
  public void put(String item) {}

  @DELETE
  public void clear() {}
}
