package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.CrossOrigin.Risk;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The class takes the http risk deliberately; deleting is narrowed to the https origin only. The
 * class's acceptRisks is still needed by the class policy.
 */
@Path("intranet/docs")
@CrossOrigin(
    origins = {"https://intranet.example.com", "http://intranet.example.com"},
    allowCredentials = true,
    acceptRisks = Risk.INSECURE_ORIGIN_WITH_CREDENTIALS)
public class IntranetDocsResource {
  @GET
  public String list() {
    return "[]";
  }

  @DELETE
  @Path("{id}")
  @CrossOrigin(origins = "https://intranet.example.com")
  public void delete(@PathParam("id") String id) {}
}
