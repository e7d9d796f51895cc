package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A sub-resource: reached through OrdersApiResource.lines(), with a policy of its own. */
@CrossOrigin(origins = "https://shop.example.com", allowedHeaders = "Content-Type")
public class OrderLinesResource {
  private final String orderId;

  public OrderLinesResource(String orderId) {
    this.orderId = orderId;
  }

  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{line}")
  public String get(@PathParam("line") int line) {
    return "{\"order\": \"" + orderId + "\"}";
  }

  @POST
  public void add(String line) {}
}
