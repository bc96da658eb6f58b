/** The site's files: the machine-readable edition, copied assets, and the atomic write of the output folder. */
package duizhao.site;
