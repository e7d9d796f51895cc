package dev.crosscheck.processor.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The generated-code contract this processor writes (see {@code
 * dev.crosscheck.runtime.generated.Contract}), and whether the crosscheck-runtime the compilation
 * sees reads it: known at compile time, so a mismatch is a build error rather than a start that
 * fails.
 */
public final class GeneratedCodeContract {

  /** The contract version generated code is written for. */
  public static final int VERSION = 2;
  /** This processor's version, which generated code states beside the contract's. */
  public static final String PROCESSOR_VERSION = readVersion();

  static final String PACKAGE = "dev.crosscheck.runtime.generated";
  private static final String CONTRACT = PACKAGE + ".Contract";

  private GeneratedCodeContract() {}

  /**
   * Why the runtime on the compile class path cannot run what this processor generates (and the
   * fix), or empty where it can: it has no contract (older), or one whose range of versions it
   * reads leaves this one out.
   */
  public static Optional<String> mismatch(Elements elements) {
    TypeElement contract = elements.getTypeElement(CONTRACT);
    if (contract == null) {
      // Every runtime without the contract has this class (a runtime with it has moved the model
      // under dev.crosscheck.runtime.internal and keeps the name only for such code).
      boolean anyRuntime = elements.getTypeElement("dev.crosscheck.runtime.policy.CorsPolicy") != null;
      return Optional.of(anyRuntime
          ? "the crosscheck-runtime on the compile class path predates the generated-code contract that"
              + " crosscheck-processor " + PROCESSOR_VERSION + " writes (" + VERSION + "): use crosscheck-runtime "
              + PROCESSOR_VERSION + ", the version of crosscheck-processor"
          : "crosscheck-runtime is not on the compile class path, and the generated filter calls it: add"
              + " dev.crosscheck:crosscheck-runtime " + PROCESSOR_VERSION + " as a dependency");
    }
    int newest = constant(contract, "VERSION");
    int oldest = constant(contract, "OLDEST_READ");
    if (VERSION < oldest || VERSION > newest) {
      return Optional.of("the crosscheck-runtime on the compile class path reads generated-code contract " + oldest
          + " to " + newest + ", and crosscheck-processor " + PROCESSOR_VERSION + " writes " + VERSION
          + ": use crosscheck-processor and crosscheck-runtime of one version");
    }
    return Optional.empty();
  }

  private static int constant(TypeElement type, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name) && field.getConstantValue() instanceof Integer value) {
        return value;
      }
    }
    return -1;
  }

  private static String readVersion() {
    try (InputStream in = GeneratedCodeContract.class.getResourceAsStream("processor-version.txt")) {
      return in == null ? "(unknown version)" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
