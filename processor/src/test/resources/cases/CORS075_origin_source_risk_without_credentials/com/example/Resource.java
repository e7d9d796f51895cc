package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.CrossOrigin.Risk;
import dev.crosscheck.OriginSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Collection;
import java.util.List;

@Path("previews")
public class Resource {
  @GET
  @CrossOrigin(originSource = Previews.class,
      acceptRisks = Risk.PATTERNS_FROM_SOURCE_WITH_CREDENTIALS) // expect: CORS075 at .PATTERNS_FROM_SOURCE_WITH_CREDENTIALS
  public String list() {
    return "[]";
  }

  public static final class Previews implements OriginSource {
    @Override
    public Collection<String> origins() {
      return List.of("https://*.preview.example.com");
    }
  }
}
