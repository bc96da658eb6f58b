/** {@code duizhao serve}: the site served from memory on the loopback address, rebuilt and reloaded on every edit. */
package duizhao.serve;
