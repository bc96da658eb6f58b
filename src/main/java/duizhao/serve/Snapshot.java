package duizhao.serve;

import duizhao.site.SiteFiles;

/**
 * What is being served after a build attempt.
 *
 * @param generation counts build attempts that changed something; the reload script compares it with its page's
 * @param files the last site that built, or null when no build has succeeded yet
 * @param error the last attempt's diagnostics as the terminal shows them, or null when it succeeded
 */
record Snapshot(long generation, SiteFiles files, String error) {
  boolean ok() {
    return error == null;
  }
}
