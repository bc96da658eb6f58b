package duizhao.annotate;

/**
 * One word of the lexicon and how it is read and written.
 *
 * @param curated true for our own lexicon files: their words are units of segmentation; the bundled data only
 *     supplies readings
 * @param origin where the entry was defined, {@code file:line}, for messages
 */
record LexiconEntry(String word, Spelling spelling, boolean curated, String origin) {}
