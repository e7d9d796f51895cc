package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Two methods in one entry, as in a header value. */
@Path("comments")
@CrossOrigin(
    origins = "https://blog.example.com",
    methods = {
      "GET, POST" // expect: CORS021
    })
public class CommentsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void add(String comment) {}
}
