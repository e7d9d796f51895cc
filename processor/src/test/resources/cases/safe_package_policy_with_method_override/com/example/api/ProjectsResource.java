package com.example.api;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Inherits the package policy; the class adds exposed headers, one method shortens max-age. */
@Path("projects")
@CrossOrigin(exposedHeaders = {"X-Total-Count", "Link"})
public class ProjectsResource {
  @GET
  public String list(@QueryParam("page") int page) {
    return "[]";
  }

  @POST
  public void create(String project) {}

  @GET
  @Path("{id}/activity")
  @CrossOrigin(maxAge = 60)
  public String activity(@PathParam("id") String id) {
    return "[]";
  }

  @DELETE
  @Path("{id}")
  @CrossOrigin(origins = "https://admin.example.com")
  public void delete(@PathParam("id") String id) {}
}
