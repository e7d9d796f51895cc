package com.example;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("orders")
public class OrdersResource {
  /** Declared to return the open lines; returns the closed ones for archived orders. */
  @Path("{id}/lines")
  public LinesResource lines(@PathParam("id") String id) {
    return id.startsWith("archived-") ? new ArchivedLinesResource() : new LinesResource();
  }
}
