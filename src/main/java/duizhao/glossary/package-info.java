/** Loading the glossary and finding every occurrence of its terms in the Chinese. */
package duizhao.glossary;
