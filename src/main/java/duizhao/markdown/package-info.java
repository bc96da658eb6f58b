/** Markdown through flexmark-java: one parser and renderer for all content files, front matter, and the audited HTML policy. */
package duizhao.markdown;
