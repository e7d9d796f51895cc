package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No credentials, but an http origin can still be impersonated: a warning. */
@Path("catalog")
@CrossOrigin(
    origins = {
      "https://shop.example.com",
      "http://legacy-shop.example.com" // expect: CORS008
    },
    originPatterns = {
      "http://*.shops.example.com" // expect: CORS008
    })
public class CatalogResource {
  @GET
  public String list() {
    return "[]";
  }
}
