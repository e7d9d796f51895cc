package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The policy opens DELETE, which no resource method of this class serves. */
@Path("articles")
@CrossOrigin(
    origins = "https://cms.example.com",
    methods = {
      "GET",
      "POST",
      "DELETE" // expect: CORS023
    })
public class ArticlesResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void publish(String article) {}
}
