package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Orders themselves are same-origin only; their line items are shared with the shop front. */
@Path("orders")
public class OrdersApiResource {
  @GET
  public String list() {
    return "[]";
  }

  @Path("{id}/lines")
  public OrderLinesResource lines(@PathParam("id") String id) {
    return new OrderLinesResource(id);
  }
}
