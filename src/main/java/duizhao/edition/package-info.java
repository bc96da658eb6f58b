/** Reading an edition's metadata file ({@code edition.md}) and checking the source text against it. */
package duizhao.edition;
