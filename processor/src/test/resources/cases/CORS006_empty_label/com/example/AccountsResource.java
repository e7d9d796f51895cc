package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A doubled dot. */
@Path("accounts")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://accounts..example.com" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class AccountsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
