package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any .co.uk site may read credentialed responses. */
@Path("shop-uk")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://*.co.uk" // expect: CORS011
    }, allowCredentials = true)
public class ShopUkResource {
  @GET
  public String list() {
    return "[]";
  }
}
