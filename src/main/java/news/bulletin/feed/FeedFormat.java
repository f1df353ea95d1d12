package news.bulletin.feed;

/** The formats each feed is offered in, by file name. */
public enum FeedFormat {
    RSS("feed.xml", "application/rss+xml"),
    ATOM("atom.xml", "application/atom+xml"),
    JSON("feed.json", "application/feed+json");

    private final String fileName;
    private final String contentType;

    FeedFormat(String fileName, String contentType) {
        this.fileName = fileName;
        this.contentType = contentType;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public static FeedFormat ofFileName(String fileName) {
        for (FeedFormat format : values()) {
            if (format.fileName.equals(fileName)) {
                return format;
            }
        }
        throw new IllegalArgumentException("no feed named " + fileName);
    }
}
