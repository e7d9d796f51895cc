package com.example.web;

import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Server-to-server callbacks: no browser should ever call them cross-origin. */
@Path("webhooks")
@NoCrossOrigin
public class WebhooksResource {
  @POST
  public void receive(String event) {}
}
