package duizhao.view;

/** A translator's note as printed in the notes section. */
public record NoteView(String anchor, int number, String html) {}
