package dev.crosscheck.examples.notes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The notes, in memory: the example is about CORS, not storage. */
public final class NoteStore {

  private static final NoteStore INSTANCE = new NoteStore();

  private final Map<Long, Note> notes = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();

  private NoteStore() {
    add("Buy milk");
    add("Call Ada");
  }

  public static NoteStore instance() {
    return INSTANCE;
  }

  public Note add(String text) {
    long id = ids.incrementAndGet();
    Note note = new Note(id, text);
    notes.put(id, note);
    return note;
  }

  public List<Note> all() {
    return List.copyOf(notes.values());
  }

  public Optional<Note> get(long id) {
    return Optional.ofNullable(notes.get(id));
  }

  public boolean replace(long id, String text) {
    return notes.replace(id, new Note(id, text)) != null;
  }

  public boolean remove(long id) {
    return notes.remove(id) != null;
  }
}
