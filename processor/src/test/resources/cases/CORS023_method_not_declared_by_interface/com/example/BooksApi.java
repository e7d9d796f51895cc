package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

public interface BooksApi {
  @GET
  String list();

  @GET
  @Path("{isbn}")
  String get(@PathParam("isbn") String isbn);

  @POST
  void add(String book);
}
