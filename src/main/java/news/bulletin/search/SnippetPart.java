package news.bulletin.search;

/** A run of a result's snippet: either matched words, to highlight, or the text around them. */
public record SnippetPart(String text, boolean match) {}
