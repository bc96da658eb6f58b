/** Citations of the edition and its paragraphs: Chicago, APA and MLA strings, BibTeX and RIS records. */
package duizhao.cite;
