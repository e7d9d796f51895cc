package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("orders")
@CrossOrigin(origins = "https://shop.example.com")
public class OrdersResource {
  /** A brace left open: no runtime deploys this, so the policy above would never reach it. */
  @GET
  @Path("{id") // expect: CORS084
  public String get() {
    return "{}";
  }
}
