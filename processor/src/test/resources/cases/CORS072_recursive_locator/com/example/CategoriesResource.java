package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A category tree: the locator returns its own class, so its paths have no end. */
@Path("categories")
@CrossOrigin(origins = "https://shop.example.com")
public class CategoriesResource {
  @GET
  public String children() {
    return "[]";
  }

  @Path("{child}")
  public CategoriesResource child(@PathParam("child") String child) { // expect: CORS072 at child(
    return new CategoriesResource();
  }
}
