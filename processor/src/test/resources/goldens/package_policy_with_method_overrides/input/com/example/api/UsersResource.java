package com.example.api;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Takes the package policy as written, except that only the admin console may delete users. */
@Path("users")
public class UsersResource {

  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") long id) {
    return "{}";
  }

  @POST
  public void create(String user) {}

  @DELETE
  @Path("{id}")
  @CrossOrigin(origins = "https://admin.example.com")
  public void delete(@PathParam("id") long id) {}
}
