package dev.crosscheck.examples.notes;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * What partners' pages show their signed-in users: readable, with the users' cookies, from the
 * origins in the partners table, which change while the API runs.
 */
@Path("partners/offers")
@CrossOrigin(originSource = PartnerOrigins.class, allowCredentials = true)
public class PartnersResource {

  @GET
  @Produces("text/plain")
  public String offers() {
    return "10% off for partners' users";
  }
}
