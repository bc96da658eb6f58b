/** Repairing and splitting a readout's text: title, source line, dateline, paragraphs, numbered points, sentences. */
package duizhao.article;
