/** The content model: plain records with no library types, each carrying where it came from. */
package duizhao.model;
