package duizhao.view;

import java.util.List;

/**
 * The page's one cite menu, opened from any paragraph's ¶ number. It is printed for the first paragraph; the script
 * fills in the chosen paragraph (and sentence) from the forms with {@code {p}} (and {@code {n}}) slots.
 *
 * @param id the popover's id
 * @param heading "Cite ¶1", with {@code headingForm} "Cite ¶{p}"
 * @param anchor the first paragraph's anchor ({@code p1})
 * @param url the first paragraph's address: absolute with a base URL, else relative to the site root
 * @param urlForm the address of any paragraph, with {@code {p}}
 * @param sentenceUrl the address of one sentence of any paragraph, with {@code {p}} and {@code {n}}
 */
public record CiteMenuView(String id, String heading, String headingForm, String anchor, String url,
    String urlForm, boolean relative, String sentenceUrl, List<CitationView> citations) {
  public CiteMenuView {
    citations = List.copyOf(citations);
  }
}
