package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.Path;

/** The implementation opens DELETE, but the interface declares no DELETE resource method. */
@Path("books")
@CrossOrigin(
    origins = "https://library.example.com",
    methods = {
      "GET",
      "POST",
      "DELETE" // expect: CORS023
    })
public class BooksResource implements BooksApi {
  @Override
  public String list() {
    return "[]";
  }

  @Override
  public String get(String isbn) {
    return "{}";
  }

  @Override
  public void add(String book) {}

  /** Not a resource method: the interface does not declare it. */
  public void remove(String isbn) {}
}
