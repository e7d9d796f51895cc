package dev.crosscheck.runtime.internal.platform;

import java.util.Optional;
import java.util.function.Function;

/**
 * Quarkus's own CORS layer ({@code quarkus.http.cors.enabled=true}), a Vert.x handler in front of
 * Jakarta REST. When it is on, it answers every preflight and refuses (403) or grants every
 * cross-origin request before the generated filter sees it: the policies the compiler checked
 * then decide nothing, and the application gets whatever {@code quarkus.http.cors.*} allows. Both
 * cannot be meant, so the start says so. Read through MicroProfile Config, which every Quarkus
 * application has; without it there is no such layer to find.
 */
public final class QuarkusHttpCors {

  /** The setting since Quarkus 3.x, and the one before it. */
  public static final String ENABLED = "quarkus.http.cors.enabled";
  public static final String LEGACY = "quarkus.http.cors";

  private QuarkusHttpCors() {}

  /** The warning to log at start, if Quarkus's CORS layer is on in the application's configuration. */
  public static Optional<String> warning(ClassLoader loader) {
    return warning(name -> ApplicationSettings.microProfileBool(name, loader));
  }

  /** @param settings a boolean setting of the application's configuration, by name */
  public static Optional<String> warning(Function<String, Optional<Boolean>> settings) {
    for (String name : new String[] {ENABLED, LEGACY}) {
      if (settings.apply(name).orElse(false)) {
        return Optional.of("Crosscheck: two CORS layers are active. " + name + "=true turns on Quarkus's own CORS "
            + "handler, which runs before Jakarta REST: it answers every preflight and refuses or grants every "
            + "cross-origin request with its quarkus.http.cors.* settings, so the @CrossOrigin policies the "
            + "compiler checked decide nothing. Remove " + name + " (and quarkus.http.cors.*) to let Crosscheck "
            + "answer, or remove the processor to keep Quarkus's.");
      }
    }
    return Optional.empty();
  }
}
