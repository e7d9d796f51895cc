package dev.crosscheck.runtime.internal.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's MicroProfile Config, in a class of its own: loaded only once the API is known
 * to be there, so that the runtime jar works without it.
 */
public final class MicroProfileSettings {

  private MicroProfileSettings() {}

  /** A setting as text, empty when unset, unreadable or when no implementation is installed. */
  public static Optional<String> string(String name, ClassLoader loader) {
    try {
      return ConfigProvider.getConfig(loader).getOptionalValue(name, String.class);
    } catch (RuntimeException | LinkageError notReadable) {
      return Optional.empty();
    }
  }

  /** A boolean setting, empty when unset, unreadable or when no implementation is installed. */
  public static Optional<Boolean> bool(String name, ClassLoader loader) {
    try {
      return ConfigProvider.getConfig(loader).getOptionalValue(name, Boolean.class);
    } catch (RuntimeException | LinkageError notReadable) {
      return Optional.empty();
    }
  }
}
