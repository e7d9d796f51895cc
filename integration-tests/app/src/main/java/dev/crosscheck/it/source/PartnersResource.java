package dev.crosscheck.it.source;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import dev.crosscheck.runtime.OriginSources;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * What partners' pages read with their users' cookies, open to the origins {@link PartnerOrigins}
 * supplies while the application runs; and the administration that changes them (same-origin
 * only), which puts a change in force at once with {@link OriginSources#refresh}.
 */
@Path("partners")
@CrossOrigin(originSource = PartnerOrigins.class, allowCredentials = true, maxAge = 0)
public class PartnersResource {

  @GET
  public String catalog() {
    return "partner catalog";
  }

  @PUT
  @Path("origins")
  @Consumes("text/plain")
  @NoCrossOrigin
  public String add(String origin) {
    PartnerOrigins.ORIGINS.add(origin.strip());
    return "read by " + OriginSources.refresh(PartnerOrigins.class);
  }

  @DELETE
  @Path("origins")
  @NoCrossOrigin
  public String clear() {
    PartnerOrigins.ORIGINS.clear();
    return "read by " + OriginSources.refresh(PartnerOrigins.class);
  }
}
