package com.example.billing;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The billing front end reads invoices and marks them paid, with the user's session. */
@Path("invoices")
@CrossOrigin(origins = "https://billing.example.com", allowCredentials = true, allowedHeaders = "Content-Type")
public class InvoicesResource {

  @GET
  public String list() {
    return "[]";
  }

  @GET
  @Path("{number}")
  public String get(@PathParam("number") String number) {
    return "{}";
  }

  /** Answers HEAD itself, without building the invoice body. */
  @HEAD
  @Path("{number}")
  public void exists(@PathParam("number") String number) {}

  @PATCH
  @Path("{number}")
  public void markPaid(@PathParam("number") String number, String payment) {}
}
