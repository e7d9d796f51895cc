package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Two origins separated by a space in one entry. */
@Path("orders")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://a.example.com https://b.example.com" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class OrdersResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
