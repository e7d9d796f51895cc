package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A method policy copied from the GET method onto the POST method. */
@Path("tags")
public class TagsResource {
  @GET
  @CrossOrigin(origins = "https://blog.example.com", methods = "GET")
  public String list() {
    return "[]";
  }

  @POST
  @CrossOrigin(origins = "https://blog.example.com", methods = "GET") // expect: CORS026; CORS023 at "GET"
  public void add(String tag) {}
}
