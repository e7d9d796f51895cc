package dev.crosscheck.it.extra.lines;

import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;

/**
 * What that locator returns for some paths: closed cross-origin. Neither this jar's compilation
 * (which has no locator) nor the locator's (which does not compile this class) can check the two
 * policies against each other, so the runtime must not give this class its superclass's policy.
 */
@NoCrossOrigin
@SuppressWarnings("CORS073")
public class ClosedLinesResource extends OpenLinesResource {
  @GET
  @Override
  public String list() {
    return "closed lines";
  }
}
