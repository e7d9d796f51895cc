package com.example;

import jakarta.ws.rs.GET;

/** Serves the same path with the policy it inherits: nothing a preflight could get wrong. */
public class ArchivedLinesResource extends LinesResource {
  @GET
  @Override
  public String list() {
    return "[archived]";
  }
}
