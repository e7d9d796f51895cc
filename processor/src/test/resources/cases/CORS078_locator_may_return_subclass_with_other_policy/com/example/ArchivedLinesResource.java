package com.example;

import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;

/**
 * Closed cross-origin, but a preflight for GET /orders/{id}/lines is answered before the locator
 * decides which class serves it.
 */
@NoCrossOrigin // expect: CORS078
public class ArchivedLinesResource extends LinesResource {
  @GET
  @Override
  public String list() {
    return "[archived]";
  }
}
