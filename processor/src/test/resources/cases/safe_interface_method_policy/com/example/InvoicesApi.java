package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

public interface InvoicesApi {
  @GET
  String list();

  @GET
  @Path("{id}/pdf")
  byte[] pdf(@PathParam("id") String id);
}
