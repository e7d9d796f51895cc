package com.example.orders;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The lines of one order: only listing them is shared with the shop front. */
public class OrderLinesResource {

  private final String orderId;

  public OrderLinesResource(String orderId) {
    this.orderId = orderId;
  }

  @GET
  @CrossOrigin(origins = "https://shop.example.com", exposedHeaders = "X-Total-Count")
  public String list() {
    return "{\"order\": \"" + orderId + "\", \"lines\": []}";
  }

  @GET
  @Path("{line: \\d+}")
  public String get(@PathParam("line") int line) {
    return "{}";
  }

  @POST
  public void add(String line) {}
}
