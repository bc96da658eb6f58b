/** The edition as data for other tools: sentence table, plain parallel text, glossary spreadsheet, vocabulary deck. */
package duizhao.export;
