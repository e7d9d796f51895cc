package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The class opens GET and PUT; one GET method overrides only maxAge and keeps the class's
 * methods, which its class still declares.
 */
@Path("notebooks")
@CrossOrigin(origins = "https://notes.example.com", methods = {"GET", "PUT"}, allowedHeaders = "Content-Type")
public class NotebooksResource {
  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return "{}";
  }

  @PUT
  @Path("{id}")
  public void save(@PathParam("id") String id, String notebook) {}

  @GET
  @Path("{id}/thumbnail")
  @CrossOrigin(maxAge = 60)
  public byte[] thumbnail(@PathParam("id") String id) {
    return new byte[0];
  }
}
