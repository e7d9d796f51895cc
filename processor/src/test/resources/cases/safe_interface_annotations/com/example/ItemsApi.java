package com.example;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** The API contract, shared with the client: JAX-RS annotations on the interface methods. */
@Produces("application/json")
public interface ItemsApi {
  @GET
  String list();

  @GET
  @Path("{id}")
  String get(@PathParam("id") String id);

  @POST
  @Consumes("application/json")
  void create(String item);
}
