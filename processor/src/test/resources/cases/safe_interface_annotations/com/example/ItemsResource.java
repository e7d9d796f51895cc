package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.Path;

/** The implementation inherits the method annotations; the policy is on the class. */
@Path("items")
@CrossOrigin(
    origins = "https://app.example.com",
    methods = {"GET", "POST"},
    allowedHeaders = "Content-Type")
public class ItemsResource implements ItemsApi {
  @Override
  public String list() {
    return "[]";
  }

  @Override
  public String get(String id) {
    return "{}";
  }

  @Override
  public void create(String item) {}
}
