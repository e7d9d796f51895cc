package dev.crosscheck.runtime.internal.origin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The Public Suffix List, to tell whether a wildcard pattern stands directly over a suffix under
 * which anyone can register a site ({@code https://*.co.uk}, {@code https://*.github.io}).
 * Loaded once, when a rule first needs it (compile time, or start-up for configured values).
 */
public final class PublicSuffixes {

  private static final String RESOURCE = "public-suffixes.txt";

  private final Set<String> exact;
  private final Set<String> wildcardParents;
  private final Set<String> exceptions;

  private PublicSuffixes(Set<String> exact, Set<String> wildcardParents, Set<String> exceptions) {
    this.exact = exact;
    this.wildcardParents = wildcardParents;
    this.exceptions = exceptions;
  }

  private static final class Holder {
    static final PublicSuffixes INSTANCE = load();
  }

  /** The list shipped with Crosscheck. */
  public static PublicSuffixes shipped() {
    return Holder.INSTANCE;
  }

  private static PublicSuffixes load() {
    Set<String> exact = new HashSet<>();
    Set<String> wildcardParents = new HashSet<>();
    Set<String> exceptions = new HashSet<>();
    try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the Crosscheck runtime jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("*.")) {
          wildcardParents.add(line.substring(2));
        } else if (line.startsWith("!")) {
          exceptions.add(line.substring(1));
        } else {
          exact.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PublicSuffixes(Set.copyOf(exact), Set.copyOf(wildcardParents), Set.copyOf(exceptions));
  }

  /**
   * Whether {@code domain} (lower case, Punycode) is a public suffix. As in the list's own
   * algorithm, every top-level domain is one even when unlisted; {@code localhost} is not, as it
   * only ever names the local machine.
   */
  public boolean isPublicSuffix(String domain) {
    if (domain.equals("localhost")) {
      return false;
    }
    if (exceptions.contains(domain)) {
      return false;
    }
    if (exact.contains(domain) || domain.indexOf('.') < 0) {
      return true;
    }
    return wildcardParents.contains(domain.substring(domain.indexOf('.') + 1));
  }
}
