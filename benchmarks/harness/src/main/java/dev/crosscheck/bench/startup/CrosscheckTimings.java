package dev.crosscheck.bench.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Crosscheck says, in its debug log, its start took inside a runtime's start: the engine
 * ("engine built in N ms"), the preflight table ("preflight table of K routes built in N ms") and
 * the response filters the runtime binds to each resource method it deploys (said at the first
 * request: "response filters bound for K resource methods ... in N ms").
 * Read from the log rather than timed around a call, because inside a runtime's start only the
 * runtime knows when it builds them; the runtime's own classes and JIT are then as warm as they are
 * for a user.
 */
final class CrosscheckTimings extends Handler {

  private static final Pattern TOOK = Pattern.compile("^Crosscheck: (?:engine built|preflight table of \\d+ routes built"
      + "|response filters bound for \\d+ resource methods the runtime reported before its first request,) in (\\d+) ms$");

  /** Held here: the logging framework keeps loggers weakly, and would forget the level set on it. */
  private static Logger crosscheck;

  private final List<Long> took = new ArrayList<>();

  private CrosscheckTimings() {}

  /** Starts listening to Crosscheck's debug log. */
  static CrosscheckTimings listen() {
    CrosscheckTimings timings = new CrosscheckTimings();
    crosscheck = Logger.getLogger("dev.crosscheck");
    crosscheck.setLevel(Level.FINE);
    crosscheck.addHandler(timings);
    return timings;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    Matcher matcher = TOOK.matcher(String.valueOf(record.getMessage()));
    if (matcher.matches()) {
      took.add(Long.parseLong(matcher.group(1)));
    }
  }

  /** The three together; -1 if Crosscheck said nothing (it is not there). */
  synchronized long totalMillis() {
    return took.isEmpty() ? -1 : took.stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
