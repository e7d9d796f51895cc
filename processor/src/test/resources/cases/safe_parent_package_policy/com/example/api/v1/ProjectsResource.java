package com.example.api.v1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

@Path("v1/projects")
public class ProjectsResource {
  @GET
  public String list() {
    return "[]";
  }

  @PUT
  public void replace(String body) {}
}
