package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A URL with a query string. */
@Path("search")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://shop.example.com?ref=nav" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class SearchResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
