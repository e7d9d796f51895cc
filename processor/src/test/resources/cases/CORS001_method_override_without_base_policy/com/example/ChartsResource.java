package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A method-level tweak written as if a class or package policy existed. */
@Path("charts")
public class ChartsResource {
  @GET
  @CrossOrigin(maxAge = 600) // expect: CORS001
  public String list() {
    return "[]";
  }
}
