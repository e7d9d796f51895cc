package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Repeats in methods and allowedHeaders. */
@Path("contacts")
@CrossOrigin(
    origins = "https://crm.example.com",
    methods = {
      "GET",
      "POST",
      "GET" // expect: CORS044
    },
    allowedHeaders = {
      "Content-Type",
      "X-Request-Id",
      "content-type" // expect: CORS044
    })
public class ContactsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void add(String contact) {}
}
