package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** An internationalized host: browsers send Punycode (https://xn--bcher-kva.example). */
@Path("books")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://bücher.example" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class BooksResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
