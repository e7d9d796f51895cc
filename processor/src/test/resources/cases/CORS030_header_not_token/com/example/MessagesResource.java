package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Header names copied as a comma-separated header value, and one with a colon. */
@Path("messages")
@CrossOrigin(
    origins = "https://chat.example.com",
    allowedHeaders = {
      "Content-Type, Authorization", // expect: CORS030
      "X-Request-Id:" // expect: CORS030
    })
public class MessagesResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void send(String message) {}
}
