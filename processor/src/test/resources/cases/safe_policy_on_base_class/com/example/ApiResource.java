package com.example;

import dev.crosscheck.CrossOrigin;

/** Every resource of the API extends this base, which carries the shared policy. */
@CrossOrigin(origins = "https://app.example.com", allowedHeaders = {"Authorization", "Content-Type"})
public abstract class ApiResource {
  protected String json(String body) {
    return body;
  }
}
