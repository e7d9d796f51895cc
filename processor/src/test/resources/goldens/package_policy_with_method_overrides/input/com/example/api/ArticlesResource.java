package com.example.api;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Published articles are readable by any site; editing them takes the package policy. */
@Path("articles")
public class ArticlesResource {

  @GET
  @CrossOrigin(origins = "*", methods = "GET", allowCredentials = false, allowedHeaders = {}, maxAge = 7200)
  public String published() {
    return "[]";
  }

  @GET
  @Path("{slug}")
  public String get(@PathParam("slug") String slug) {
    return "{}";
  }

  @PUT
  @Path("{slug}")
  public void update(@PathParam("slug") String slug, String article) {}
}
