package duizhao.view;

import java.util.List;

/**
 * The cite menu of one paragraph, opened from its ¶ number.
 *
 * @param id the popover's id ({@code cite-p12})
 * @param url the paragraph's address: absolute with a base URL, else relative to the site root
 * @param sentenceUrl the same for one of its sentences, with {@code {n}} for the sentence number
 */
public record CiteMenuView(String id, String heading, String buttonLabel, String url, boolean relative,
    String sentenceUrl, List<CitationView> citations) {
  public CiteMenuView {
    citations = List.copyOf(citations);
  }
}
