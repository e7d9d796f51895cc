package dev.crosscheck.bench.jaxrs;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Header names compared case-insensitively, as both runtimes do; a lookup allocates nothing.
 *
 * @param <V> {@code String} for requests, {@code Object} for responses
 */
public final class HeaderMap<V> extends AbstractMultivaluedMap<String, V> {

  public HeaderMap() {
    super(new TreeMap<String, List<V>>(String.CASE_INSENSITIVE_ORDER));
  }
}
