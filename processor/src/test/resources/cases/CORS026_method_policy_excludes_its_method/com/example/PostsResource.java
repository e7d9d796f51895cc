package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The class opens GET only; the PUT method adds its own policy to allow a header, but inherits
 * methods = "GET", so its policy never applies to PUT.
 */
@Path("posts")
@CrossOrigin(origins = "https://blog.example.com", methods = "GET")
public class PostsResource {
  @GET
  public String list() {
    return "[]";
  }

  @PUT
  @Path("{id}")
  @CrossOrigin(allowedHeaders = "Content-Type") // expect: CORS026
  public void update(@PathParam("id") String id, String post) {}
}
