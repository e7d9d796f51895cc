package dev.crosscheck.it.dispatch;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The same root template as {@link SecondRootResource} but for the variable's name: runtimes keep
 * both under one pattern, and a path that this class does not serve ({@code /bt-x/two}) goes on to
 * the other (Jersey tries the classes one after the other).
 */
@Path("bt-{first}")
public class FirstRootResource {
  @GET
  @Path("one")
  public String closed() {
    return "closed";
  }
}
