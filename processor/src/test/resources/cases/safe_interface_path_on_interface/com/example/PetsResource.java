package com.example;

import dev.crosscheck.CrossOrigin;

/** The implementation, registered with the application; only the policy is written here. */
@CrossOrigin(origins = "https://petstore.example.com", allowedHeaders = "Content-Type")
public class PetsResource implements PetsApi {
  @Override
  public String list() {
    return "[]";
  }

  @Override
  public String get(String id) {
    return "{}";
  }

  @Override
  public void add(String pet) {}
}
