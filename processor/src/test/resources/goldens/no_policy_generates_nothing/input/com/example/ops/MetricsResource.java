package com.example.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Scraped by the monitoring system; resettable by operators. */
@Path("metrics")
public class MetricsResource {

  @GET
  public String scrape() {
    return "";
  }

  @POST
  @Path("reset")
  public void reset() {}
}
