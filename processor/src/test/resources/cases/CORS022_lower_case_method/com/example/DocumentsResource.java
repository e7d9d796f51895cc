package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Browsers upper-case PUT and DELETE, so "put" and "Delete" never match. */
@Path("documents/{id}")
@CrossOrigin(
    origins = "https://editor.example.com",
    methods = {
      "GET",
      "put", // expect: CORS022
      "Delete" // expect: CORS022
    },
    allowedHeaders = "Content-Type")
public class DocumentsResource {
  @GET
  public String get() {
    return "{}";
  }

  @PUT
  public void save(String document) {}

  @DELETE
  public void remove() {}
}
