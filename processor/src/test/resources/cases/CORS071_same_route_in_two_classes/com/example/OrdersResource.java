package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

@Path("orders")
@CrossOrigin(origins = "https://app.example.com") // expect: CORS071
public class OrdersResource {
  @GET
  @Produces("application/json")
  public String list() {
    return "[]";
  }
}
