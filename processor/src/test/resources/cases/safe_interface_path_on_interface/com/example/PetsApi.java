package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A generated API interface (OpenAPI "interfaceOnly" style): @Path and @GET on the interface. */
@Path("pets")
public interface PetsApi {
  @GET
  String list();

  @GET
  @Path("{id}")
  String get(@PathParam("id") String id);

  @POST
  void add(String pet);
}
