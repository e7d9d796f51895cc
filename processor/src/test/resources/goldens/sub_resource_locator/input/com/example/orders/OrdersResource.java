package com.example.orders;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Orders themselves are same-origin only; their lines are reached through a sub-resource. */
@Path("orders")
public class OrdersResource {

  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return "{}";
  }

  @Path("{id}/lines")
  public OrderLinesResource lines(@PathParam("id") String id) {
    return new OrderLinesResource(id);
  }
}
