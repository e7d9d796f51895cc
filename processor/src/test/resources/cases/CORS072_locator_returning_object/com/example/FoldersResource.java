package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The locator picks its sub-resource at run time, so its paths are unknown at compile time. */
@Path("folders")
@CrossOrigin(origins = "https://drive.example.com")
public class FoldersResource {
  @GET
  public String list() {
    return "[]";
  }

  @Path("{name}")
  public Object folder(@PathParam("name") String name) { // expect: CORS072 at folder(
    return name.endsWith(".zip") ? new Object() : new Object();
  }
}
