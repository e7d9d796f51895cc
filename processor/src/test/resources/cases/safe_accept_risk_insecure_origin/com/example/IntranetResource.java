package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.CrossOrigin.Risk;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A deliberate, greppable opt-out: the intranet app cannot move to https yet. */
@Path("intranet")
@CrossOrigin(
    origins = {"https://intranet.example.com", "http://intranet.example.com"},
    allowCredentials = true,
    acceptRisks = Risk.INSECURE_ORIGIN_WITH_CREDENTIALS)
public class IntranetResource {
  @GET
  public String directory() {
    return "[]";
  }
}
