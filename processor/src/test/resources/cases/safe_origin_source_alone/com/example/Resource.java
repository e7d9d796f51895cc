package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.OriginSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Collection;
import java.util.List;

/** Origins only from a source, with credentials: exact origins are taken from it at run time. */
@Path("partners")
@CrossOrigin(originSource = Resource.Partners.class, allowCredentials = true)
public class Resource {
  @GET
  public String list() {
    return "[]";
  }

  /** Written to drop the class's source: this method has no origins, and its own policy says so. */
  @GET
  @Path("public")
  @CrossOrigin(origins = "https://app.example.com", originSource = OriginSource.class)
  public String own() {
    return "[]";
  }

  public static final class Partners implements OriginSource {
    @Override
    public Collection<String> origins() {
      return List.of("https://partner.example.com");
    }
  }
}
