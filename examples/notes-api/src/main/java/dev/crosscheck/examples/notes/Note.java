package dev.crosscheck.examples.notes;

/** A note: an id and a text. */
public record Note(long id, String text) {}
