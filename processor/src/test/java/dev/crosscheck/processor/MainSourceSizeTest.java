package dev.crosscheck.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file of the repository is over 400 lines: a file that grows past it holds more
 * than one concept and is split (the house rule of one concept per file, made checkable).
 */
class MainSourceSizeTest {

  private static final int MOST_LINES = 400;

  @Test
  void noMainSourceFileIsOver400Lines() throws IOException {
    Path repository = Path.of(System.getProperty("user.dir")).getParent();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(repository)) {
      sources = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/main/java/") && !f.toString().contains("/target/"))
          .toList();
    }
    assertThat(sources).as("main sources under %s", repository).hasSizeGreaterThan(100);
    List<String> tooLong = sources.stream().filter(f -> lines(f) > MOST_LINES)
        .map(f -> repository.relativize(f) + " (" + lines(f) + " lines)").toList();
    assertThat(tooLong).isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
