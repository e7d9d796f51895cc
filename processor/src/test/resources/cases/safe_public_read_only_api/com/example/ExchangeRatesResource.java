package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Public, anonymous, read-only data: any site may read it. */
@Path("public/rates")
@CrossOrigin(origins = "*", methods = "GET", exposedHeaders = "X-Rate-Limit-Remaining", maxAge = 3600)
public class ExchangeRatesResource {
  @GET
  public String latest(@QueryParam("base") String base) {
    return "{}";
  }

  @GET
  @Path("{date}")
  public String historical(@PathParam("date") String date) {
    return "{}";
  }
}
