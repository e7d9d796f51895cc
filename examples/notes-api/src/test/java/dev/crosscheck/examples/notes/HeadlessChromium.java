package dev.crosscheck.examples.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real browser, run headless on a page until its scripts are done, returning the page as it
 * then stands ({@code --dump-dom}). Chromium enforces CORS exactly as it does for a user.
 */
final class HeadlessChromium {

  private final Path executable;

  private HeadlessChromium(Path executable) {
    this.executable = executable;
  }

  /** Chromium from {@code CHROMIUM}, else Debian's {@code /usr/bin/chromium}; fails with how to install it. */
  static HeadlessChromium find() {
    String configured = System.getenv("CHROMIUM");
    for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (candidate != null && Files.isExecutable(Paths.get(candidate))) {
        return new HeadlessChromium(Paths.get(candidate));
      }
    }
    throw new IllegalStateException(
        "the browser tests need Chromium: apt-get install -y chromium (bash .ci/run installs it), or set CHROMIUM");
  }

  /**
   * Loads the page, lets its scripts run for up to {@code budgetMillis} of virtual time, returns the
   * DOM; {@code flags} are more command-line flags, such as {@code --host-resolver-rules=MAP
   * partner.test 127.0.0.1} for a page on a host name of the test's.
   */
  String dumpDom(String url, int budgetMillis, String... flags) throws IOException, InterruptedException {
    return run(url, budgetMillis, false, flags).dom();
  }

  /** What the page printed to the console, the browser's own CORS errors among it, one entry a line. */
  List<String> consoleMessages(String url, int budgetMillis) throws IOException, InterruptedException {
    return run(url, budgetMillis, true).console();
  }

  private record Run(String dom, List<String> console) {}

  private Run run(String url, int budgetMillis, boolean console, String... flags) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("crosscheck-chromium");
    try {
      List<String> command = new ArrayList<>(List.of(executable.toString(),
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + profile,
          "--virtual-time-budget=" + budgetMillis,
          "--dump-dom", url));
      command.addAll(1, List.of(flags));
      Path errors = profile.resolve("stderr.txt");
      if (console) {
        // Console messages, the CORS errors the browser reports among them, go to the log.
        command.addAll(1, List.of("--enable-logging=stderr", "--v=0"));
      }
      Process process = new ProcessBuilder(command)
          .redirectError(console ? ProcessBuilder.Redirect.to(errors.toFile()) : ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not finish loading " + url);
      }
      List<String> messages = console
          ? Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).toList()
          : List.of();
      return new Run(new String(out, StandardCharsets.UTF_8), messages);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
