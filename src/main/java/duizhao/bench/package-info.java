/** {@code duizhao bench}: warm rebuild times and how builds scale with synthetic editions 10× and 100× as long. */
package duizhao.bench;
