/** Loading content from disk: decoding bytes into text strictly (UTF-8, BOM, line endings) and reading the content folder. */
package duizhao.source;
