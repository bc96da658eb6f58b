/** Content errors as small immutable values printed as {@code file:line:col: error: …}, collected per stage. */
package duizhao.diagnostic;
