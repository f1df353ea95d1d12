package news.bulletin.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** Writes sitemaps.org sitemaps and Google News sitemaps with the JDK's XML writer, escaping everything. */
final class SitemapWriter {
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** An address with, optionally, when it last changed. */
    record Location(String url, @Nullable Instant lastModified) {}

    /** A story in the news sitemap. */
    record NewsItem(String url, String title, Instant published) {}

    private SitemapWriter() {}

    static String index(List<Location> sitemaps) {
        return write("sitemapindex", SITEMAP_NS, null, xml -> {
            for (Location sitemap : sitemaps) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", sitemap.url());
                if (sitemap.lastModified() != null) {
                    element(xml, "lastmod", w3c(sitemap.lastModified()));
                }
                xml.writeEndElement();
            }
        });
    }

    static String urls(List<Location> locations) {
        return write("urlset", SITEMAP_NS, null, xml -> {
            for (Location location : locations) {
                xml.writeStartElement("url");
                element(xml, "loc", location.url());
                if (location.lastModified() != null) {
                    element(xml, "lastmod", w3c(location.lastModified()));
                }
                xml.writeEndElement();
            }
        });
    }

    static String news(String publication, String language, List<NewsItem> items) {
        return write("urlset", SITEMAP_NS, NEWS_NS, xml -> {
            for (NewsItem item : items) {
                xml.writeStartElement("url");
                element(xml, "loc", item.url());
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", publication);
                newsElement(xml, "language", language);
                xml.writeEndElement();
                newsElement(xml, "publication_date", w3c(item.published()));
                newsElement(xml, "title", item.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(String root, String namespace, @Nullable String news, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, root);
            xml.writeDefaultNamespace(namespace);
            if (news != null) {
                xml.setPrefix("news", news);
                xml.writeNamespace("news", news);
            }
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** A time in the W3C format sitemaps ask for, to the second, in UTC. */
    static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
