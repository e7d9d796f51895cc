package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.OriginSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Collection;
import java.util.List;

@Path("partners")
public class Resource {
  @GET
  @CrossOrigin(originSource = Resource.Partners.class) // expect: CORS087 at .class
  public String list() {
    return "[]";
  }

  @GET
  @Path("inner")
  @CrossOrigin(originSource = Resource.Inner.class) // expect: CORS087 at .class
  public String inner() {
    return "[]";
  }

  public static final class Partners implements OriginSource {
    private final String table;

    public Partners(String table) {
      this.table = table;
    }

    @Override
    public Collection<String> origins() {
      return List.of(table);
    }
  }

  public final class Inner implements OriginSource {
    @Override
    public Collection<String> origins() {
      return List.of();
    }
  }
}
