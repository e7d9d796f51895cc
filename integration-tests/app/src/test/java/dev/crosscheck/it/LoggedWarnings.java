package dev.crosscheck.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The WARNING lines this JVM logs while it is open (a start's, its requests'), formatted. */
final class LoggedWarnings extends Handler implements AutoCloseable {

  final List<String> lines = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  LoggedWarnings() {
    Logger.getLogger("").addHandler(this);
  }

  long count(Predicate<String> which) {
    return lines.stream().filter(which).count();
  }

  @Override
  public void publish(LogRecord record) {
    if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
      lines.add(formatter.formatMessage(record));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
