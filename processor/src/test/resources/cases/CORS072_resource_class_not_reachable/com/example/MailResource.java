package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("mail")
public class MailResource {
  @GET
  public String inbox() {
    return "[]";
  }
}
